"""Tamil: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "இதையும் படிக்க", "மேலும் படிக்க",
    ),
}
