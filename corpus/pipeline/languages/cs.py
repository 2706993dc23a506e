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
}
