"""Persian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "بیشتر بخوانید",
    ),
}
