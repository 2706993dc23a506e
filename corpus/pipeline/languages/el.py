"""Greek: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "διαβάστε επίσης",
    ),
    "source_markers": (
        "πηγή",
    ),
}
