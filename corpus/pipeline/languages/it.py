"""Italian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "leggi anche", "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare",
        "altre notizie", "i più letti", "notizie correlate", "leggi di più",
    ),
    "source_markers": (
        "fonti", "redazione", "a cura di", "traduzione", "autore", "foto",
    ),
    "picture_markers": (
        "foto",
    ),
    "copyright_phrases": (
        "tutti i diritti riservati", "riproduzione riservata",
    ),
    "disclaimer_markers": (
        "esclusione di responsabilità", 
    ),
    "disclaimer_phrases": (
        "non riflettono necessariamente", "non rappresentano necessariamente",
    ),
    "bio_roles": (
        "autore", "editorialista", "giornalista", "inviat", "corrispondente", "redattore",
        "scrittore", "scrittrice", "cronista", "scrive per",
    ),
    "bio_achievements": (
        "vincitor", "laureat", "premiat",
    ),
    "bio_activities": (
        "collabora a", "collabora con", "scrive di", "si occupa di",
    ),
    "bio_leads": (
        "sull’autore", "l'autore", "sull'autore",
    ),
    "first_person": (
        "io", "noi", "nostro", "nostra",
    ),
    "navigation_labels": (
        "parole chiave", "argomenti",
    ),
    "navigation_calls": (
        "clicca qui", "condividi su", "condividi questo", "seguici", "iscriviti alla",
    ),
    "ad_markers": (
        "pubblicità", "contenuto sponsorizzato", "sponsorizzato",
    ),
    "newsletter_prompts": (
        "iscriviti", "abbonati", "seguici", "scarica la nostra app", "ricevi la newsletter",
    ),
    "cookie_phrases": (
        "utilizziamo i cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie",
        "accetta i cookie", "accetta tutti",
    ),
    "comment_prompts": (
        "commenti", "lascia un commento", "commenta",
    ),
    "published_labels": (
        "pubblicato", "aggiornato", "ultimo aggiornamento",
    ),
    "press_release_marks": (
        "comunicato stampa",
    ),
    "media_contacts": (
        "contatto stampa", "contatti stampa", "ufficio stampa",
    ),
    "about_leads": (
        "informazioni su", "chi è",
    ),
    "editor_notes": (
        "nota del direttore", "rettifica", "correzione",
    ),
    "function_words": (
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "di", "del", "dello",
        "della", "dei", "degli", "delle", "a", "al", "allo", "alla", "ai", "agli", "alle", "da",
        "dal", "dalla", "dai", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "su",
        "sul", "sulla", "sui", "con", "per", "tra", "fra", "e", "ed", "o", "ma", "che", "chi",
        "cui", "dove", "quando", "come", "se", "perché", "mentre", "suo", "sua", "suoi", "sue",
        "questo", "questa",
    ),
    "subordinators": (
        "che", "chi", "cui", "dove", "quando", "come", "se", "perché", "mentre", "sebbene",
        "benché", "poiché", "dopo",
    ),
    "byline_leads": (
        "di", "a cura di",
    ),
    "articles": (
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "questo", "questa",
        "suo", "sua",
    ),
    "adverbial_openers": (
        "in", "a", "dopo", "durante", "prima", "nonostante", "secondo", "da", "con", "senza",
        "sotto",
    ),
    "complementizers": (
        "che",
    ),
}
