"""Hindi: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "ये भी पढ़ें", "इसे भी पढ़ें", "यह भी देखें", "ये भी देखें", "और पढ़ें",
        "यह भी पढ़ें", "संबंधित खबरें",
    ),
    "source_markers": (
        "स्रोत",
    ),
    "ad_markers": (
        "विज्ञापन",
    ),
    "newsletter_prompts": (
        "सब्सक्राइब करें", "फॉलो करें", "हमें फॉलो करें", "ऐप डाउनलोड करें",
    ),
    "cookie_phrases": (
        "कुकीज़ का उपयोग",
    ),
    "comment_prompts": (
        "टिप्पणियां", "टिप्पणी करें",
    ),
    "published_labels": (
        "प्रकाशित", "अपडेटेड", "अपडेट किया गया",
    ),
    "press_release_marks": (
        "प्रेस विज्ञप्ति",
    ),
    "media_contacts": (
        "मीडिया संपर्क",
    ),
    "about_leads": (
        "के बारे में",
    ),
    "editor_notes": (
        "संपादक का नोट", "सुधार",
    ),
}
