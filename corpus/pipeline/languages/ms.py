"""Malay: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "distinctive_words": tuple(
        """
        kerana wang pejabat polis kerajaan semalam kereta supaya percuma universiti
        ogos mac jun julai disember iaitu sahaja boleh beliau daripada ialah bahawa
        sebanyak antarabangsa negeri menteri besar awam
        """.split()
    ),
    "function_words": (
        "dan", "atau", "tetapi", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "oleh",
        "dalam", "bagi", "tentang", "kerana", "jika", "ketika", "bahawa", "ini", "itu",
    ),
    "byline_leads": (
        "oleh",
    ),
    "complementizers": (
        "bahawa",
    ),
}
