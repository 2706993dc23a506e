"""German: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr dazu", "mehr", "weiterlesen",
        "das könnte sie auch interessieren", "das könnte sie interessieren", "auch interessant",
        "weitere artikel", "verwandte artikel", "ähnliche artikel", "empfohlene artikel",
        "meistgelesen", "meistgelesene artikel", "weitere nachrichten", "zum thema",
        "passend zum thema", "auch lesenswert",
    ),
    "source_markers": (
        "bild", "bilder", "bildquelle", "redaktion", "redakteur", "redakteurin", "bearbeitung",
        "übersetzung", "text und foto", "quelle", "quellen", "autorin", "fotos", "foto", "autor",
    ),
    "picture_markers": (
        "bild", "bilder", "fotos", "foto",
    ),
    "source_phrases_no_colon": (
        "mit material von", "mit material der",
    ),
    "copyright_phrases": (
        "alle rechte vorbehalten", "nachdruck verboten",
    ),
    "disclaimer_markers": (
        "haftungsausschluss", 
    ),
    "disclaimer_phrases": (
        "geben nicht unbedingt", "geben nicht notwendigerweise", "nicht unbedingt die meinung",
        "keine anlageberatung", "stellt keine anlageberatung",
    ),
    "bio_roles": (
        "kolumnist", "korrespondent", "redakteur", "chefredakt", "publizist", "schriftsteller",
        "kommentator", "schreibt für", "autor",
    ),
    "bio_achievements": (
        "auszeichnung", "preisträger", "gewinner", "ausgezeichnet", "absolvent", "studierte",
        "promovierte",
    ),
    "bio_activities": (
        "schreibt über", "schreibt regelmäßig",
    ),
    "bio_leads": (
        "über den autor", "über die autorin", "zum autor", "zur autorin", "zu den autoren",
    ),
    "first_person": (
        "unser", "unsere", "ich", "mich", "mir", "mein", "meine", "wir", "uns",
    ),
    "navigation_labels": (
        "themen", "schlagwörter", "stichworte", "schlagworte",
    ),
    "navigation_calls": (
        "artikel teilen", "diesen artikel teilen", "teilen auf", "folgen sie uns",
        "newsletter abonnieren", "jetzt abonnieren", "hier klicken",
    ),
    "ad_markers": (
        "anzeige", "werbung", "gesponsert", "sponsored",
        "artikel wird unter der anzeige fortgesetzt",
    ),
    "newsletter_prompts": (
        "newsletter abonnieren", "jetzt abonnieren", "abonnieren sie", "melden sie sich",
        "folgen sie uns", "laden sie unsere app", "jetzt anmelden", "hier abonnieren",
    ),
    "cookie_phrases": (
        "wir verwenden cookies", "diese website verwendet cookies",
        "diese seite verwendet cookies", "cookie-einstellungen", "alle cookies akzeptieren",
        "datenschutzeinstellungen",
    ),
    "comment_prompts": (
        "kommentare", "kommentar schreiben", "kommentieren", "leserkommentare",
        "diskutieren sie mit",
    ),
    "published_labels": (
        "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "stand", "erstellt",
    ),
    "press_release_marks": (
        "pressemitteilung", "presseinformation", "zur sofortigen veröffentlichung",
    ),
    "media_contacts": (
        "pressekontakt", "medienkontakt", "kontakt für medien", "ansprechpartner",
    ),
    "about_leads": (
        "über",
    ),
    "editor_notes": (
        "anmerkung der redaktion", "korrektur", "richtigstellung", 
    ),
    "function_words": (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "und", "oder", "aber", "denn", "sondern", "sowie", "als", "wie", "dass", "daß",
        "weil", "wenn", "ob", "obwohl", "nachdem", "bevor", "während", "damit", "sodass", "in",
        "im", "ins", "am", "ans", "beim", "seit", "von", "vom", "zum", "zur", "für", "gegen",
        "ohne", "bis", "zwischen", "neben", "wegen", "trotz", "laut", "gemäß", "sein", "seine",
        "seiner", "seinen", "seinem", "ihr", "ihre", "ihrer", "ihren", "ihrem", "dieser", "diese",
        "dieses", "diesen", "diesem", "jener",
    ),
    "subordinators": (
        "dass", "daß", "weil", "als", "wie", "wenn", "ob", "obwohl", "obgleich", "nachdem",
        "bevor", "ehe", "während", "damit", "sodass", "seit", "seitdem", "sobald", "solange",
        "falls", "indem", "wo", "der", "die", "das", "dem", "den", "deren", "dessen", "welche",
        "welcher", "welches",
    ),
    "byline_leads": (
        "von", "text von",
    ),
    "articles": (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "eines", "dieser", "diese", "dieses", "diesen", "diesem", "sein", "seine", "ihr", "ihre",
    ),
    "adverbial_openers": (
        "in", "im", "am", "an", "auf", "nach", "bei", "beim", "während", "trotz", "seit", "vor",
        "mit", "ohne", "durch", "unter", "über", "wegen", "angesichts",
    ),
    "complementizers": (
        "dass", "daß",
    ),
}
