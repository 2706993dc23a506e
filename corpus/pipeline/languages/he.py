"""Hebrew: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "קראו גם", "כתבות נוספות",
    ),
    "ad_markers": (
        "פרסומת", "תוכן שיווקי",
    ),
    "newsletter_prompts": (
        "הירשמו", "עקבו אחרינו",
    ),
    "cookie_phrases": (
        "אנו משתמשים בעוגיות",
    ),
    "comment_prompts": (
        "תגובות",
    ),
    "published_labels": (
        "פורסם", "עודכן",
    ),
    "press_release_marks": (
        "הודעה לעיתונות",
    ),
    "editor_notes": (
        "הערת העורך", "תיקון",
    ),
    "function_words": (
        "של", "את", "על", "עם", "אל", "מן", "מ", "ב", "ל", "ו", "או", "אבל", "כי", "ש", "אשר",
        "אם", "כאשר", "לאחר", "לפני", "בין", "זה", "זו", "זאת",
    ),
}
