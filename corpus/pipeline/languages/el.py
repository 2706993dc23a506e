"""Greek: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "διαβάστε επίσης",
    ),
    "source_markers": (
        "πηγή",
    ),
    "ad_markers": (
        "διαφήμιση",
    ),
    "newsletter_prompts": (
        "εγγραφείτε", "ακολουθήστε μας",
    ),
    "cookie_phrases": (
        "χρησιμοποιούμε cookies",
    ),
    "comment_prompts": (
        "σχόλια",
    ),
    "published_labels": (
        "δημοσιεύθηκε", "ενημερώθηκε",
    ),
    "press_release_marks": (
        "δελτίο τύπου",
    ),
    "editor_notes": (
        "σημείωση σύνταξης", "διόρθωση",
    ),
}
