"""Danish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "læs også",
    ),
    "source_markers": (
        "kilde",
    ),
    "distinctive_words": tuple(
        """
        hvad nogen noget efter mellem gennem siger sagde blev bliver nu tyve regeringen
        mod uge gøre spørgsmål end meget hendes folketinget købe
        """.split()
    ),
    "ad_markers": (
        "annonce", "reklame",
    ),
    "newsletter_prompts": (
        "tilmeld dig", "følg os",
    ),
    "cookie_phrases": (
        "vi bruger cookies",
    ),
    "comment_prompts": (
        "kommentarer",
    ),
    "published_labels": (
        "publiceret", "opdateret",
    ),
    "press_release_marks": (
        "pressemeddelelse",
    ),
    "function_words": (
        "om", "en", "et", "den", "det", "de", "og", "eller", "men", "at", "som", "når", "hvor",
        "fra",
        "med", "for", "mellem", "uden", "hans", "hendes", "deres",
    ),
    "subordinators": (
        "at", "som", "om", "når", "hvor", "fordi", "mens", "før", "siden",
    ),
    "byline_leads": (
        "af",
    ),
    "articles": (
        "en", "et", "den", "det", "de", "denne", "dette", "hans", "hendes",
    ),
    "complementizers": (
        "at",
    ),
}
