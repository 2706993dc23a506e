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
}
