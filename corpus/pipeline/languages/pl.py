"""Polish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "czytaj także", "czytaj też", "zobacz też", "zobacz także", "powiązane artykuły",
        "więcej informacji", "najczęściej czytane", "polecamy", "przeczytaj również",
    ),
    "source_markers": (
        "redaktor", "źródło", "źródła", "tłumaczenie", "zdjęcie", "foto", "autor",
    ),
    "picture_markers": (
        "zdjęcie", "foto",
    ),
    "copyright_phrases": (
        "wszelkie prawa zastrzeżone",
    ),
    "disclaimer_markers": (
        "zastrzeżenie",
    ),
    "disclaimer_phrases": (
        "nie muszą odzwierciedlać", "nie odzwierciedla",
    ),
    "bio_roles": (
        "autorka", "felietonist", "dziennikar", "korespondent", "redaktor", "pisarz", "pisark",
        "pisze dla", "autor",
    ),
    "bio_achievements": (
        "nagrod", "zwycięzc", "absolwent",
    ),
    "bio_activities": (
        "współpracuje z", "pisze o",
    ),
    "bio_leads": (
        "o autorze",
    ),
    "first_person": (
        "ja", "mój", "moja", "nasz", "nasza",
    ),
    "navigation_labels": (
        "tagi", "słowa kluczowe",
    ),
    "navigation_calls": (
        "obserwuj nas", "udostępnij", "zapisz się", "kliknij tutaj",
    ),
}
