"""Thai: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "อ่านเพิ่มเติม", "อ่านต่อ", "ข่าวที่เกี่ยวข้อง",
    ),
}
