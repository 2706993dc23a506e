"""Swedish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "läs också", "läs mer",
    ),
    "source_markers": (
        "källa",
    ),
    "ad_markers": (
        "annons",
    ),
    "newsletter_prompts": (
        "prenumerera", "följ oss",
    ),
    "cookie_phrases": (
        "vi använder cookies",
    ),
    "comment_prompts": (
        "kommentarer",
    ),
    "published_labels": (
        "publicerad", "uppdaterad",
    ),
    "press_release_marks": (
        "pressmeddelande",
    ),
}
