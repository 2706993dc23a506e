"""Ukrainian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "читати також",
    ),
}
