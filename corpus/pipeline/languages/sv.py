"""Swedish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "läs också", "läs mer",
    ),
    "source_markers": (
        "källa",
    ),
    "ad_markers": (
        "annons",
    ),
    "newsletter_prompts": (
        "prenumerera", "följ oss",
    ),
    "cookie_phrases": (
        "vi använder cookies",
    ),
    "comment_prompts": (
        "kommentarer",
    ),
    "published_labels": (
        "publicerad", "uppdaterad",
    ),
    "press_release_marks": (
        "pressmeddelande",
    ),
    "function_words": (
        "om", "en", "ett", "den", "det", "de", "och", "eller", "men", "att", "som", "när", "där",
        "från", "med", "för", "mellan", "utan", "hans", "hennes", "deras",
    ),
    "subordinators": (
        "att", "som", "om", "när", "där", "eftersom", "medan", "innan", "sedan",
    ),
    "byline_leads": (
        "av",
    ),
    "articles": (
        "en", "ett", "den", "det", "de", "denna", "detta", "hans", "hennes",
    ),
    "adverbial_openers": (
        "i", "på", "efter", "under", "trots", "enligt", "sedan", "med", "utan", "vid",
    ),
    "complementizers": (
        "att",
    ),
}
