"""Serbian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "distinctive_words": tuple(
        """
        vreme dete reka lepo svet uvek mleko deca nedelja hiljada hleb univerzitet
        muzika pozorište voz januar februar mart april maj jun jul avgust septembar
        oktobar novembar decembar takođe šta istorija opština ko primer
        """.split()
    ),
}
