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
        "haftungsausschluss", "hinweis der redaktion",
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
}
