"""Malay: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "distinctive_words": tuple(
        """
        kerana wang pejabat polis kerajaan semalam kereta supaya percuma universiti
        ogos mac jun julai disember iaitu sahaja boleh beliau daripada ialah bahawa
        sebanyak antarabangsa negeri menteri besar awam
        """.split()
    ),
}
