"""Per-language word lists of the tag step, one TOML file per language.

Each file (``<code>.toml``, ISO 639-1; ``mul.toml`` for words of no one
language) holds the lists README.md describes. Adding a language is adding
one file; a missing list or language costs a weaker guess, never text.

Two views are offered: ``words(language, list)`` for rules that only make
sense in the document's own language (calendar, junk, the cues for scripts
without capitals), and ``every_language(list)`` for rules that have always
looked at all languages at once (a French title in an English text still
marks the name after it).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from ..matching.inflection import stems

_FOLDER = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _file(language: str) -> dict[str, object]:
    path = _FOLDER / f"{language}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    """Codes of every language that has a word file ("mul" included)."""
    return tuple(sorted(p.stem for p in _FOLDER.glob("*.toml")))


@lru_cache(maxsize=None)
def words(language: str, name: str) -> frozenset[str]:
    """List ``name`` of ``language`` (casefolded); empty when either is missing."""
    value = _file(language).get(name, "")
    return frozenset(str(value).casefold().split())


@lru_cache(maxsize=None)
def every_language(name: str) -> frozenset[str]:
    """List ``name`` of every language together."""
    return frozenset().union(*(words(code, name) for code in languages()))


@lru_cache(maxsize=None)
def never_tags(language: str) -> frozenset[str]:
    """Words that are never a tag on their own in ``language``: its junk and
    calendar words, and those of English and of no one language, which
    scraped pages carry whatever their language ("Advertisement", "GMT")."""
    out: set[str] = set()
    for code in {language, "en", "mul"}:
        out |= words(code, "junk") | words(code, "calendar") | words(code, "time_zones")
    return frozenset(out)


@lru_cache(maxsize=None)
def surname_endings(language: str) -> tuple[str, ...]:
    """Endings of family names in ``language``, for ``str.endswith``."""
    return tuple(sorted(words(language, "surname_endings")))


@lru_cache(maxsize=None)
def never_tag_stems(language: str) -> frozenset[str]:
    """Stems (four letters or more) of ``never_tags``: inflected junk words
    ("Рассылку" for "рассылка") are junk too."""
    found = (s for word in never_tags(language) for s, _ in stems(word)[1:])
    return frozenset(s for s in found if len(s) >= 4)


def capitalises_nouns() -> frozenset[str]:
    """Languages that capitalise every noun (German and its relatives)."""
    return frozenset(code for code in languages() if _file(code).get("capitalises_nouns"))


# The lists every rule of the name finder consults, whatever the language.
TITLES = every_language("titles")
TITLE_ABBREVIATIONS = every_language("title_abbreviations")
CONNECTORS = every_language("connectors")
ARTICLES = every_language("articles")
ORGANISATION_WORDS = every_language("organisation_words")
ORGANISATION_ENDINGS = tuple(sorted(every_language("organisation_endings")))
PLACE_WORDS = every_language("place_words")
ACRONYM_STOPLIST = every_language("acronym_stoplist") | every_language("time_zones")
SPEECH_VERBS = every_language("speech_verbs")
UNIT_WORDS = every_language("unit_words")
ROLE_WORDS = every_language("role_words")
NOUN_CAPITALISING = capitalises_nouns()
GERMAN_NOUN_ENDINGS = tuple(sorted(words("de", "noun_endings")))
