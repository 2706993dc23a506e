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
    "ad_markers": (
        "iklan", "advertisement", "konten bersponsor",
    ),
    "newsletter_prompts": (
        "berlangganan", "ikuti kami", "unduh aplikasi",
    ),
    "cookie_phrases": (
        "kami menggunakan cookie", "situs ini menggunakan cookie",
    ),
    "comment_prompts": (
        "komentar", "tulis komentar",
    ),
    "published_labels": (
        "diterbitkan", "diperbarui", "dipublikasikan",
    ),
    "press_release_marks": (
        "siaran pers",
    ),
    "media_contacts": (
        "kontak media",
    ),
    "about_leads": (
        "tentang",
    ),
    "editor_notes": (
        "catatan redaksi", "ralat", "koreksi",
    ),
    "function_words": (
        "dan", "atau", "tetapi", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "oleh",
        "dalam", "bagi", "tentang", "karena", "jika", "ketika", "bahwa", "ini", "itu",
    ),
    "byline_leads": (
        "oleh",
    ),
    "complementizers": (
        "bahwa",
    ),
}
