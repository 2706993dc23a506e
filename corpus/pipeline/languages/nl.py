"""Dutch: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "lees ook", "lees meer", "gerelateerde artikelen", "meer nieuws", "meest gelezen",
        "gerelateerd", "bekijk ook",
    ),
    "source_markers": (
        "bron", "vertaling", "bronnen", "redactie", "foto",
    ),
    "picture_markers": (
        "foto",
    ),
    "copyright_phrases": (
        "alle rechten voorbehouden",
    ),
    "disclaimer_markers": (
        "vrijwaring",
    ),
    "disclaimer_phrases": (
        "weerspiegelen niet noodzakelijk", "geeft niet noodzakelijk",
    ),
    "bio_roles": (
        "schrijver", "schrijfster", "verslaggever", "redacteur", "schrijft voor",
    ),
    "bio_achievements": (
        "prijswinna", "bekroond", "winnaar", "onderscheiding", "afgestudeerd",
    ),
    "bio_activities": (
        "werkt mee aan", "schrijft over",
    ),
    "bio_leads": (
        "over de auteur",
    ),
    "first_person": (
        "ons", "ik", "mijn", "wij", "onze",
    ),
    "navigation_labels": (
        "trefwoorden", "onderwerpen",
    ),
    "navigation_calls": (
        "klik hier", "abonneer je", "deel dit", "deel dit artikel", "volg ons",
    ),
}
