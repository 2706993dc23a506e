"""Turkish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "ilgili haberler", "bunlar da ilginizi çekebilir", "ayrıca okuyun", "daha fazla haber",
        "benzer haberler", "çok okunanlar", "ilginizi çekebilir",
    ),
    "source_markers": (
        "editör", "çeviri", "kaynak", "kaynaklar", "yazar", "fotoğraf",
    ),
    "picture_markers": (
        "fotoğraf",
    ),
    "copyright_phrases": (
        "tüm hakları saklıdır",
    ),
    "disclaimer_markers": (
        "feragatname", "sorumluluk reddi",
    ),
    "disclaimer_phrases": (
        "yazarın kendisine aittir", "yatırım tavsiyesi değildir",
    ),
    "bio_roles": (
        "yazar", "köşe yazar", "gazeteci", "muhabir", "editör",
    ),
    "bio_achievements": (
        "ödül", "mezun",
    ),
    "bio_leads": (
        "yazar hakkında",
    ),
    "first_person": (
        "ben", "biz", "benim", "bizim",
    ),
    "navigation_labels": (
        "anahtar kelimeler", "etiketler",
    ),
    "navigation_calls": (
        "abone ol", "paylaş", "bizi takip edin", "tıklayın",
    ),
}
