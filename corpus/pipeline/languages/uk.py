"""Ukrainian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "читати також",
    ),
    "ad_markers": (
        "реклама",
    ),
    "newsletter_prompts": (
        "підписуйтесь", "підпишіться", "стежте за нами",
    ),
    "cookie_phrases": (
        "ми використовуємо файли cookie",
    ),
    "comment_prompts": (
        "коментарі",
    ),
    "published_labels": (
        "опубліковано", "оновлено",
    ),
    "press_release_marks": (
        "прес-реліз",
    ),
    "media_contacts": (
        "контакти для змі",
    ),
    "about_leads": (
        "про компанію",
    ),
    "editor_notes": (
        "примітка редакції", "виправлення",
    ),
}
