"""Turkish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "bunu da okuyun", "ilgili haber",
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
    "ad_markers": (
        "reklam", "sponsorlu içerik",
    ),
    "newsletter_prompts": (
        "abone ol", "bizi takip edin", "bültenimize kaydolun", "uygulamamızı indirin",
    ),
    "cookie_phrases": (
        "çerez kullanıyoruz", "çerezler kullanılmaktadır", "çerez politikası",
        "çerezleri kabul et",
    ),
    "comment_prompts": (
        "yorumlar", "yorum yap", "yorum yazın",
    ),
    "published_labels": (
        "yayınlanma", "güncelleme", "yayınlanma tarihi",
    ),
    "press_release_marks": (
        "basın bülteni", "basın açıklaması",
    ),
    "media_contacts": (
        "basın iletişim", "medya iletişim",
    ),
    "about_leads": (
        "hakkında",
    ),
    "editor_notes": (
        "editörün notu", "düzeltme",
    ),
    "function_words": (
        "ve", "ile", "veya", "ya", "da", "ama", "fakat", "ancak", "çünkü", "ki", "için", "gibi",
        "kadar", "göre", "bu", "şu", "o", "bir", "de",
    ),
    "byline_leads": (
        "yazan",
    ),
    "complementizers": (
        "ki",
    ),
}
