"""Swedish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "läs också", "läs mer",
    ),
    "source_markers": (
        "källa",
    ),
}
