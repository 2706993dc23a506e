"""Czech: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "čtěte také", "související články",
    ),
    "source_markers": (
        "zdroj",
    ),
}
