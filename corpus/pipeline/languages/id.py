"""Indonesian and Malay: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "berita terkait", "baca juga",
    ),
    "source_markers": (
        "sumber",
    ),
    "copyright_phrases": (
        "hak cipta",
    ),
}
