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
    "ad_markers": (
        "reklama", "artykuł sponsorowany", "materiał sponsorowany",
    ),
    "newsletter_prompts": (
        "zapisz się", "subskrybuj", "obserwuj nas", "pobierz aplikację",
    ),
    "cookie_phrases": (
        "używamy plików cookie", "ta strona używa plików cookie", "akceptuję cookie",
    ),
    "comment_prompts": (
        "komentarze", "dodaj komentarz",
    ),
    "published_labels": (
        "opublikowano", "aktualizacja", "zaktualizowano",
    ),
    "press_release_marks": (
        "informacja prasowa", "komunikat prasowy",
    ),
    "media_contacts": (
        "kontakt dla mediów", "kontakt prasowy",
    ),
    "about_leads": (
        "o firmie",
    ),
    "editor_notes": (
        "nota redakcji", "od redakcji", "sprostowanie",
    ),
    "function_words": (
        "i", "a", "ale", "lub", "albo", "oraz", "że", "żeby", "gdy", "kiedy", "gdzie", "jeśli",
        "choć", "bo", "ponieważ", "w", "we", "na", "z", "ze", "do", "od", "po", "za", "pod",
        "nad", "przy", "o", "bez", "dla", "przez", "między", "przed", "u", "jego", "jej", "ich",
        "ten", "ta", "to", "te", "który", "która", "które",
    ),
    "subordinators": (
        "że", "żeby", "gdy", "kiedy", "gdzie", "jeśli", "choć", "bo", "ponieważ", "który",
        "która", "które", "których",
    ),
    "byline_leads": (
        "autor",
    ),
    "adverbial_openers": (
        "w", "we", "na", "po", "podczas", "mimo", "przy", "z", "bez",
    ),
    "complementizers": (
        "że",
    ),
}
