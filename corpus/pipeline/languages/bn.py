"""Bengali: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "আরও পড়ুন", "আরো পড়ুন", "এটাও পড়ুন",
    ),
    "subordinators": (
        "যে", "যা", "কারণ", "যদি", "যখন",
    ),
}
