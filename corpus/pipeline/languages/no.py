"""Norwegian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "les også",
    ),
    "distinctive_words": tuple(
        """
        hva noen noe etter mellom gjennom sier sa ble blir nå tjue regjeringen mot uke
        gjøre spørsmål enn veldig hennes stortinget ikkje kjøpe mye
        """.split()
    ),
    "ad_markers": (
        "annonse", "reklame",
    ),
    "newsletter_prompts": (
        "abonner", "følg oss",
    ),
    "cookie_phrases": (
        "vi bruker informasjonskapsler", "vi bruker cookies",
    ),
    "comment_prompts": (
        "kommentarer",
    ),
    "published_labels": (
        "publisert", "oppdatert",
    ),
    "press_release_marks": (
        "pressemelding",
    ),
    "function_words": (
        "om", "en", "et", "ei", "den", "det", "de", "og", "eller", "men", "at", "som", "når",
        "hvor",
        "fra", "med", "for", "mellom", "uten", "hans", "hennes", "deres",
    ),
    "subordinators": (
        "at", "som", "om", "når", "hvor", "fordi", "mens", "før", "siden",
    ),
    "byline_leads": (
        "av",
    ),
    "articles": (
        "en", "et", "ei", "den", "det", "de", "denne", "dette", "hans", "hennes",
    ),
    "complementizers": (
        "at",
    ),
}
