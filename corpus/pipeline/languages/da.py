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
}
