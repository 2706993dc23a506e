"""Croatian: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "distinctive_words": tuple(
        """
        vrijeme dijete rijeka lijepo svijet uvijek mlijeko djeca tjedan tisuća kruh
        sveučilište glazba kazalište vlak siječanj veljača ožujak travanj svibanj lipanj
        srpanj kolovoz rujan listopad studeni prosinac također što povijest općina tko
        zrakoplov nogomet tvrtka
        """.split()
    ),
}
