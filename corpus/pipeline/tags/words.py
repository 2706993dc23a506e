"""Word tests the name finder and the topic step share: common words,
titles, acronyms, words that end a name, in any language.

Each test depends on the word (and language) alone, so results are cached;
the ``WordClass`` objects classify a document's distinct words in one set
operation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import WordClass, is_latin, is_native_word, zipf
from .lang import (
    ACRONYM_STOPLIST,
    GERMAN_NOUN_ENDINGS,
    NOUN_CAPITALISING,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    TITLES,
)
from .matching import normalise

_ROMAN_RE = re.compile(r"^[IVXLCDM]+$")


@lru_cache(maxsize=16_384)
def is_compound(norm: str, language: str) -> bool:
    """A closed compound of two known words whose head is native to the
    language: "produktpiraterie", "handelsprotektionismus"."""
    for i in range(3, len(norm) - 3):
        head = norm[i:]
        if not is_native_word(head, language):
            continue
        modifier = norm[:i]
        if zipf(modifier, language) >= 2.0:
            return True
        for link in ("s", "es", "n", "en", "e"):
            stem = modifier[: -len(link)]
            if modifier.endswith(link) and len(stem) >= 3 and zipf(stem, language) >= 2.0:
                return True  # linking element: "Handel-s-krieg"
    return False


def is_common_noun(norm: str, language: str) -> bool:
    """For noun-capitalising languages: is this capitalised word a noun of
    the language (known, regularly formed, or a compound) rather than a name?"""
    if is_native_word(norm, language):
        return True
    if len(norm) >= 6 and norm.endswith(GERMAN_NOUN_ENDINGS):
        return True
    return len(norm) >= 8 and zipf(norm, language) == 0.0 and is_compound(norm, language)


def is_common_word(norm: str, language: str) -> bool:
    """Does the lexicon of ``language`` know this word too well for it to be
    a name on its own? German: a noun ("Publikum"); elsewhere a very common
    word, or a fairly common one of this language only ("Monday",
    "Assemblée": rarer language-specific words are more often local names,
    "Insee")."""
    lexical = zipf(norm, language)
    if language in NOUN_CAPITALISING:
        return lexical >= 3.5 or is_common_noun(norm, language)
    if lexical >= 5.0:
        return True
    common = 3.8 if language == "en" else 4.5
    return lexical >= common and is_native_word(norm, language)


@lru_cache(maxsize=16_384)
def is_plain_word(norm: str, language: str) -> bool:
    """Is a capitalised word an ordinary word of ``language`` (an institution
    or place word: "Comune", "Kamer", "Infrastrutture", "Κρήτης") rather than
    part of a person's name? Names travel into English text ("matteo",
    "marcin" have English frequencies); ordinary words of other languages do
    not. Cased non-Latin scripts only have their own frequency to go by."""
    if norm in ORGANISATION_WORDS or norm in PLACE_WORDS:
        return True
    own = zipf(norm, language)
    if own < 4.0:
        return False
    if not is_latin(norm):
        return own >= 4.5 and norm.upper() != norm
    if language == "en":
        return is_native_word(norm, language)
    return zipf(norm, "en") == 0.0


def is_role(norm: str, language: str) -> bool:
    """Is a one-word speaker label a role ("Moderator", "Audience",
    "Journaliste", "记者") rather than a person? Word frequencies decide only
    in scripts with letter case: in Chinese or Arabic the commonest names
    ("王", "علي") are as frequent as any word, so there the list decides."""
    if norm in ROLE_WORDS:
        return True
    return norm.upper() != norm and is_common_word(norm, language)


@lru_cache(maxsize=16_384)
def is_acronym(token: str) -> bool:
    token = token.rstrip("-")
    return (
        2 <= len(token) <= 6
        and token.isupper()
        and token.isalpha()
        and token.casefold() not in ACRONYM_STOPLIST
        and not _ROMAN_RE.match(token)
    )


@lru_cache(maxsize=16_384)
def breaks_token(token: str, language: str) -> bool:
    """``breaks_name`` for a token alone (normalised here), cached."""
    return breaks_name(token, normalise(token), language)


_LONG_TITLES = tuple(t for t in TITLES if len(t) >= 4 and t.isalpha())


@lru_cache(maxsize=16_384)
def is_title(norm: str) -> bool:
    """A title, including German compounds: "Finanzminister", "Konzernchef"."""
    return norm in TITLES or (len(norm) >= 8 and norm.endswith(_LONG_TITLES))


@lru_cache(maxsize=16_384)
def breaks_name(token: str, norm: str, language: str) -> bool:
    """Does this capitalised token end a name rather than continue it?"""
    if norm in ORGANISATION_WORDS or norm in PLACE_WORDS:
        return False  # "Siemens AG", "Universität Hamburg"
    if is_title(norm) or is_acronym(token):
        return True
    if not token.rstrip("-").replace("'", "").replace("’", "").isalpha():
        return True  # digits: "G20", "2024"
    if len(norm) == 1 and token.endswith("-"):
        return True  # "E-Mail", "U-Bahn": a common-noun compound
    return language in NOUN_CAPITALISING and is_common_noun(norm, language)


@lru_cache(maxsize=16_384)
def may_be_surname(token: str, language: str) -> bool:
    """A word that breaks names in a noun-capitalising language but may still
    be a surname right after a given name: not very common at home, and known
    abroad ("Scholz", "Lindner"), unlike nouns ("Zölle", "Kolumnisten")."""
    norm = normalise(token)
    return not is_title(norm) and zipf(norm, language) < 4.5 and zipf(norm, "en") >= 2.0


# The tests NameFinder runs on every distinct word of a document, as
# WordClass so that a whole document is classified with set operations.
TITLE_WORDS = WordClass(is_title)
CAPITALISED = WordClass(lambda token: token[0].isupper())
ACRONYMS = WordClass(is_acronym)
_BRAND_RE = re.compile(r"[a-z]{1,2}[A-Z][a-z]+[A-Za-z]*")  # "iPhone", "eBay"
LOWER_BRANDS = WordClass(lambda token: _BRAND_RE.fullmatch(token) is not None)


@lru_cache(maxsize=64)
def name_breakers(language: str) -> WordClass:
    """Capitalised tokens that end a name in ``language`` (``breaks_token``)."""
    return WordClass(lambda token: breaks_token(token, language))


@lru_cache(maxsize=64)
def surname_like(language: str) -> WordClass:
    """Alphabetic tokens that ``may_be_surname`` in ``language``."""
    return WordClass(lambda token: token.isalpha() and may_be_surname(token, language))
