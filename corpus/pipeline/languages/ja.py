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
    "ad_markers": (
        "広告", "スポンサーリンク", "PR",
    ),
    "newsletter_prompts": (
        "購読", "フォローする", "メルマガ登録", "アプリをダウンロード",
    ),
    "cookie_phrases": (
        "クッキーを使用", "cookieを使用", "クッキーポリシー",
    ),
    "comment_prompts": (
        "コメント", "コメントする",
    ),
    "published_labels": (
        "公開日", "更新日", "配信", "掲載日",
    ),
    "press_release_marks": (
        "プレスリリース", "報道発表",
    ),
    "media_contacts": (
        "報道関係者", "本件に関するお問い合わせ", "お問い合わせ",
    ),
    "about_leads": (
        "について",
    ),
    "editor_notes": (
        "編集部注", "訂正",
    ),
    "function_words": (
        "の", "を", "に", "が", "は", "と", "で", "へ", "や", "も", "から", "まで", "より",
    ),
}
