"""Light inflection: the stems a token may be an inflected form of.

German genitive "Trumps", Slavic case endings "Трампа", "Rosji", Greek
"Τραμπ"/"Τραμπς", Arabic and Hebrew prefix clitics "والصين". Used by the
matcher (a known name's inflected forms) and the name finder (new names
folded into their base form).
"""

from __future__ import annotations

from functools import lru_cache

# Inflectional endings tolerated after a known name (Latin, Cyrillic, Greek).
SUFFIXES = frozenset(
    """
    s es n en a e u y i om em ie ov owi ą ę ego emu ym ia ı ın un ün nin nın ya ye ta te da de
    ot nak nek ban ben ra re val vel ja je
    а я у ю ом ем ой ей е ы и ов ев ам ям ами ями ах ях ым им ого его ому ему ою ею і ії ію ій
    ς σ ου η ης ησ ας ασ ες εσ ων
    """.split()
)
# A name's final vowel may be replaced by a case ending: "Россия" -> "России",
# "Moskwa" -> "Moskwie". Value: the endings that may replace it.
REPLACEABLE = {
    "a": frozenset("y i ie ę ą u o om ou".split()),
    "а": frozenset("ы е у ой ою и ам ами ах".split()),
    "я": frozenset("и ю ей ею е ям ях".split()),
    "й": frozenset("я ю е ем и".split()),
    "ь": frozenset("и ю я ем ей".split()),
    "α": frozenset("ας ασ ες εσ".split()),
    "η": frozenset("ης ησ".split()),
}
# Arabic and Hebrew one-letter prefixes ("and", "in", "to", "the" ...).
_PREFIX_CLITICS = frozenset("وفبلكسהובלמשכ")


@lru_cache(maxsize=16_384)
def stems(norm: str) -> tuple[tuple[str, str], ...]:
    """(stem, removed ending) pairs a normalised token may be an inflection of,
    the token itself first."""
    out = [(norm, "")]
    size = len(norm)
    for k in (1, 2, 3):
        if size - k < 3:
            break
        if norm[-k:] in SUFFIXES:
            out.append((norm[:-k], norm[-k:]))
    if size > 3 and norm[0] in _PREFIX_CLITICS:
        out.append((norm[1:], ""))
        if size > 4 and norm[1] in _PREFIX_CLITICS:
            out.append((norm[2:], ""))
    return tuple(out)


@lru_cache(maxsize=16_384)
def stem_set(norm: str) -> frozenset[str]:
    """The stems of ``stems(norm)``, as a set."""
    return frozenset(stem for stem, _ in stems(norm))


def accepts(stem: str, ending: str, replaced: str) -> bool:
    if replaced:
        return ending in REPLACEABLE[replaced]
    return not ending or len(stem) >= 4 or (len(stem) == 3 and ending == "s")


def keys(norm: str) -> dict[str, str]:
    """Index keys of one name token -> the final letter a case ending may replace."""
    keys = {norm: ""}
    if len(norm) >= 5 and norm[-1] in REPLACEABLE:
        keys[norm[:-1]] = norm[-1]
    return keys
