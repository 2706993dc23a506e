"""Czech: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "čtěte také", "související články",
    ),
    "source_markers": (
        "zdroj",
    ),
    "ad_markers": (
        "reklama", "inzerce",
    ),
    "newsletter_prompts": (
        "přihlaste se k odběru", "sledujte nás", "odebírejte",
    ),
    "cookie_phrases": (
        "používáme cookies", "tento web používá cookies", "přijmout vše",
    ),
    "comment_prompts": (
        "diskuse", "komentáře",
    ),
    "published_labels": (
        "publikováno", "aktualizováno",
    ),
    "press_release_marks": (
        "tisková zpráva",
    ),
    "media_contacts": (
        "kontakt pro média",
    ),
    "about_leads": (
        "o společnosti",
    ),
    "editor_notes": (
        "poznámka redakce", "oprava",
    ),
    "function_words": (
        "a", "i", "ale", "nebo", "že", "aby", "když", "kde", "jestli", "protože", "v", "ve", "na",
        "s", "se", "z", "ze", "do", "od", "po", "za", "pod", "nad", "při", "o", "bez", "pro",
        "přes", "mezi", "před", "u", "jeho", "její", "jejich", "ten", "ta", "to", "ty", "který",
        "která", "které",
    ),
    "subordinators": (
        "že", "aby", "když", "kde", "jestli", "protože", "který", "která", "které", "kterých",
    ),
    "byline_leads": (
        "autor",
    ),
    "complementizers": (
        "že",
    ),
}
