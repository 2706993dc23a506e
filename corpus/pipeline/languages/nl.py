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
    "ad_markers": (
        "advertentie", "gesponsord",
    ),
    "newsletter_prompts": (
        "abonneer", "schrijf je in", "volg ons", "download onze app",
    ),
    "cookie_phrases": (
        "wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies",
        "cookies accepteren",
    ),
    "comment_prompts": (
        "reacties", "reageer", "plaats een reactie",
    ),
    "published_labels": (
        "gepubliceerd", "bijgewerkt", "laatste update",
    ),
    "press_release_marks": (
        "persbericht",
    ),
    "media_contacts": (
        "perscontact", "persvoorlichting",
    ),
    "about_leads": (
        "over",
    ),
    "editor_notes": (
        "noot van de redactie", "correctie", "rectificatie",
    ),
    "function_words": (
        "de", "het", "een", "van", "met", "naar", "onder", "tussen", "sinds", "tot", "zonder",
        "en", "of", "maar", "want", "dus", "dat", "die", "wie", "wat", "waar", "wanneer", "als",
        "omdat", "hoewel", "terwijl", "nadat", "voordat", "zijn", "haar", "hun", "dit", "deze",
    ),
    "subordinators": (
        "dat", "die", "wie", "wat", "waar", "wanneer", "als", "omdat", "hoewel", "terwijl",
        "nadat", "voordat", "zodat",
    ),
    "byline_leads": (
        "door",
    ),
    "articles": (
        "de", "het", "een", "deze", "dit", "die", "dat", "zijn", "haar", "hun",
    ),
    "adverbial_openers": (
        "in", "op", "na", "tijdens", "ondanks", "volgens", "sinds", "met", "zonder", "bij",
    ),
    "complementizers": (
        "dat",
    ),
}
