"""French: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "à lire aussi", "a lire aussi", "à lire également", "lire aussi", "lire la suite",
        "voir aussi", "sur le même sujet", "articles similaires", "articles connexes",
        "plus d'actualités", "à voir aussi", "à découvrir", "les plus lus",
        "dans la même rubrique",
    ),
    "source_markers": (
        "auteur", "rédaction", "édité par", "traduction", "crédit", "crédits",
    ),
    "source_phrases_no_colon": (
        "avec afp",
    ),
    "copyright_phrases": (
        "reproduction interdite", "tous droits réservés",
    ),
    "disclaimer_markers": (
        "avis de non-responsabilité", "note de la rédaction",
    ),
    "disclaimer_markers_edge": (
        "avertissement",
    ),
    "disclaimer_phrases": (
        "ne reflètent pas nécessairement", "n'engagent que", "ne constitue pas un conseil",
    ),
    "bio_roles": (
        "auteur", "autrice", "chroniqueu", "journaliste", "correspondant", "rédact",
        "éditorialiste", "écrivain", "blogueu", "écrit pour",
    ),
    "bio_achievements": (
        "lauréat", "récompens", "diplômé", "docteur en",
    ),
    "bio_activities": (
        "collabore avec", "collabore à", "écrit sur",
    ),
    "bio_leads": (
        "à propos de l'auteur", "à propos de l’auteur", "l'auteur", "l’auteur",
    ),
    "first_person": (
        "je", "j'", "moi", "nous", "mon", "mes", "notre", "nos",
    ),
    "navigation_labels": (
        "thèmes", "mots-clés", "mots clés",
    ),
    "navigation_calls": (
        "partager cet article", "partager sur", "suivez-nous", "abonnez-vous", "cliquez ici",
    ),
}
