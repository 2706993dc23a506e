"""Near-twin code pages: which of two that share their letters is right.

Part of the decode step (:mod:`corpus.pipeline.decode`). ISO-8859-7 and
cp1253 spell Greek letters with the same bytes except a few: ISO-8859-7
"Ά" (0xB6) is cp1253 "¶", cp1253 "Ά" (0xA2) is ISO-8859-7 "’", and cp1253
puts typographic quotes where ISO-8859-7 has C1 controls. Whole-text scores
barely notice, but the words do: only the bytes where the two differ are
scored, each in the context of its neighbours.
"""

from __future__ import annotations

import re
import unicodedata

# Each code page and its twin, both ways round. cp1255 adds Hebrew points
# where ISO-8859-8 has nothing; cp1256 moves Arabic letters and adds French.
_TWINS = {
    "cp1253": "iso8859-7", "iso8859-7": "cp1253",
    "cp1255": "iso8859-8", "iso8859-8": "cp1255",
    "cp1256": "iso8859-6", "iso8859-6": "cp1256",
}
_OPENING_QUOTES = frozenset("‘“„‚«‹")
_CLOSING_QUOTES = frozenset("’”»›")
# Signs no prose uses, wherever they stand: the currency sign where the
# twin has "€" or "₪", the spacing dialytika-tonos where it has "µ" or "‘".
_NEVER_IN_PROSE = frozenset("¤΅")
_TWIN_SAMPLE = 200  # differing bytes scored at most


def prefer_twin(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """``encoding``'s near twin instead, if it reads better where they differ."""
    twin = _TWINS.get(encoding)
    if twin is None or _twin_score(data, twin) <= _twin_score(data, encoding):
        return text, encoding
    try:
        return data.decode(twin), twin
    except UnicodeDecodeError:
        return text, encoding


def _twin_score(data: bytes, encoding: str) -> int:
    table = _TWIN_TABLES[encoding]
    score = 0
    for seen, found in enumerate(_TWIN_BYTES_RE[encoding].finditer(data)):
        if seen == _TWIN_SAMPLE:
            break
        pos = found.start()
        before = table[data[pos - 1]] if pos else " "
        after = table[data[pos + 1]] if pos + 1 < len(data) else " "
        score += _score_in_context(table[data[pos]], before or " ", after or " ")
    return score


def _score_in_context(char: str | None, before: str, after: str) -> int:
    """+1 for a character that fits between its neighbours, -1 for one that
    does not, -2 for an undefined byte or a C1 control."""
    if char is None or "\x80" <= char <= "\x9f":
        return -2
    if char in _NEVER_IN_PROSE:
        return -1
    left, right = before.isalpha(), after.isalpha()
    if unicodedata.category(char) == "Mn":  # Hebrew points, Arabic vowel marks
        return 1 if left or unicodedata.category(before) == "Mn" else -1
    if char.isalpha():
        script = _script(char)
        if (left and _script(before) != script) or (right and _script(after) != script):
            return -1
        if char.isupper() and before.islower():
            return -1
        return 1 if left or right else 0
    if char in _OPENING_QUOTES:
        return 1 if right and not left else -1 if left and right else 0
    if char in _CLOSING_QUOTES:
        return 1 if left and not right else 0
    if unicodedata.category(char)[0] == "P":
        return -1 if left and right else 0
    # A symbol touching a word: "¶ρχισε", "΅Είναι".
    return -1 if left or right else 0


def _script(letter: str) -> str:
    # NFKC makes the micro sign Greek mu; names start with the script.
    return unicodedata.name(unicodedata.normalize("NFKC", letter)[0], "").split(" ")[0]


def _single_byte_table(encoding: str) -> list[str | None]:
    table: list[str | None] = []
    for byte in range(256):
        try:
            table.append(bytes([byte]).decode(encoding))
        except UnicodeDecodeError:
            table.append(None)
    return table


_TWIN_TABLES = {encoding: _single_byte_table(encoding) for encoding in _TWINS}
# The bytes where a code page and its twin differ, the only ones worth scoring.
_TWIN_BYTES_RE = {
    encoding: re.compile(
        b"[%s]"
        % b"".join(
            re.escape(bytes([byte]))
            for byte in range(256)
            if _TWIN_TABLES[encoding][byte] != _TWIN_TABLES[twin][byte]
        )
    )
    for encoding, twin in _TWINS.items()
}
