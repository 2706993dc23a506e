"""Persian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "بیشتر بخوانید",
    ),
    "ad_markers": (
        "تبلیغات", "آگهی",
    ),
    "newsletter_prompts": (
        "عضو شوید", "ما را دنبال کنید",
    ),
    "comment_prompts": (
        "نظرات",
    ),
    "published_labels": (
        "تاریخ انتشار", "به‌روزرسانی",
    ),
    "press_release_marks": (
        "بیانیه مطبوعاتی",
    ),
    "editor_notes": (
        "یادداشت سردبیر",
    ),
    "complementizers": (
        "که",
    ),
    "subordinators": (
        "که", "زیرا", "چون", "اگر", "وقتی", "تا",
    ),
}
