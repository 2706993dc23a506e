"""Japanese: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "おすすめ記事", "人気記事", "こちらもおすすめ", "続きを読む",
    ),
    "source_markers": (
        "出典", "提供", "写真", "編集", "翻訳", "文",
    ),
    "picture_markers": (
        "写真",
    ),
    "copyright_phrases": (
        "著作権", "無断転載",
    ),
    "disclaimer_phrases": (
        "個人的見解", "投資勧誘", "筆者の個人的",
    ),
    "bio_roles": (
        "著者", "筆者", "編集委員", "コラムニスト", "ジャーナリスト", "ライター",
    ),
    "bio_achievements": (
        "受賞", "賞", "卒業",
    ),
    "bio_leads": (
        "著者について", "プロフィール",
    ),
    "first_person_cjk": (
        "私は",
    ),
    "navigation_labels": (
        "タグ", "キーワード",
    ),
    "navigation_calls": (
        "シェアする", "フォローする",
    ),
}
