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
        "avis de non-responsabilité", 
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
    "ad_markers": (
        "publicité", "pub", "contenu sponsorisé", "la suite après cette publicité",
        "article sponsorisé",
    ),
    "newsletter_prompts": (
        "abonnez-vous", "inscrivez-vous", "recevez notre newsletter", "suivez-nous",
        "téléchargez notre application", "s'abonner",
    ),
    "cookie_phrases": (
        "nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies",
        "paramètres des cookies", "tout accepter",
    ),
    "comment_prompts": (
        "commentaires", "laisser un commentaire", "réagir", "réactions", "ajouter un commentaire",
    ),
    "published_labels": (
        "publié le", "mis à jour le", "publié", "mis à jour", "modifié le",
    ),
    "press_release_marks": (
        "communiqué de presse", "pour diffusion immédiate",
    ),
    "media_contacts": (
        "contact presse", "contacts presse", "contact médias", "relations presse",
    ),
    "about_leads": (
        "à propos de",
    ),
    "editor_notes": (
        "correctif", "rectificatif", "précision",
    ),
    "function_words": (
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "à", "en",
        "dans", "sur", "sous", "par", "pour", "avec", "sans", "chez", "vers", "entre", "contre",
        "après", "avant", "depuis", "pendant", "selon", "et", "ou", "mais", "donc", "or", "ni",
        "car", "que", "qu'", "qui", "dont", "où", "si", "comme", "lorsque", "quand", "puisque",
        "parce", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
    ),
    "subordinators": (
        "que", "qu'", "qui", "dont", "où", "lorsque", "quand", "puisque", "parce", "si", "comme",
        "bien", "alors", "tandis", "afin", "avant", "après",
    ),
    "byline_leads": (
        "par",
    ),
    "articles": (
        "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son",
        "sa", "ses", "leur", "leurs",
    ),
    "adverbial_openers": (
        "dans", "en", "à", "au", "après", "avant", "pendant", "malgré", "depuis", "sous", "selon",
        "lors", "face", "alors", "dès", "suite",
    ),
    "complementizers": (
        "que", "qu'",
    ),
}
