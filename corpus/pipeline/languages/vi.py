"""Vietnamese: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "tin liên quan", "xem thêm",
    ),
    "source_markers": (
        "nguồn",
    ),
    "copyright_phrases": (
        "bản quyền",
    ),
}
