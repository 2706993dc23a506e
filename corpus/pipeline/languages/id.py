"""Indonesian and Malay: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "berita terkait", "baca juga",
    ),
    "source_markers": (
        "sumber",
    ),
    "copyright_phrases": (
        "hak cipta",
    ),
    "distinctive_words": tuple(
        """
        bisa karena uang kantor polisi pemerintah kemarin mobil agar gratis universitas
        agustus maret juni juli desember yaitu saja sekarang anda tapi enggak nggak sih
        kalian kamu gimana dong memang jadi
        """.split()
    ),
}
