"""Hebrew: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "קראו גם", "כתבות נוספות",
    ),
}
