"""Urdu: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "یہ بھی پڑھیں", "مزید پڑھیں", "یہ بھی دیکھیں",
    ),
    "ad_markers": (
        "اشتہار",
    ),
    "complementizers": (
        "کہ",
    ),
    "subordinators": (
        "کہ", "جو", "جس", "جن", "کیونکہ", "تاکہ", "اگر",
    ),
}
