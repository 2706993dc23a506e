"""Bosnian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "distinctive_words": tuple(
        """
        šta hiljada sedmica historija hljeb univerzitet općina takođe januar februar
        mart avgust septembar oktobar novembar decembar vrijeme dijete rijeka lijepo
        svijet uvijek djeca
        """.split()
    ),
}
