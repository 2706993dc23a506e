"""Danish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "læs også",
    ),
    "source_markers": (
        "kilde",
    ),
}
