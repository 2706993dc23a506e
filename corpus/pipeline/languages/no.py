"""Norwegian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "les også",
    ),
    "distinctive_words": tuple(
        """
        hva noen noe etter mellom gjennom sier sa ble blir nå tjue regjeringen mot uke
        gjøre spørsmål enn veldig hennes stortinget ikkje kjøpe mye
        """.split()
    ),
}
