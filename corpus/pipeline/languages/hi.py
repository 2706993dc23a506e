"""Hindi: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "यह भी पढ़ें", "संबंधित खबरें",
    ),
    "source_markers": (
        "स्रोत",
    ),
}
