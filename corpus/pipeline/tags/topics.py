"""Topic terms (frequent in the document, rare in its language) and the
word tests the tag step uses to tell common words, titles and acronyms from
names."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .lexicon import WordClass, has_lexicon, is_latin, is_native_word, stopwords, zipf
from .tag_matching import Doc, is_dense, normalise, stems
from .tag_words import (
    ACRONYM_STOPLIST,
    GERMAN_NOUN_ENDINGS,
    NOUN_CAPITALISING,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    SPEECH_VERBS,
    TITLES,
    UNIT_WORDS,
)
from .types import TagCandidate, TagKind

_ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
# zipf above this is everyday vocabulary: never a topic however often it occurs.
_TOPIC_MAX_ZIPF = 5.5
# A single word needs to be rarer than this: everyday words ("existe", "views",
# "centre", "mano") repeat in any article without being what it is about.
# Two-word terms may hold commoner words ("petites entreprises").
_SINGLE_MAX_ZIPF = 4.5
# Inflected verb forms that wordfreq ranks as rare enough to pass: Polish and
# Russian past tenses ("przyjął", "открылась") and Russian reflexives.
_VERB_ENDINGS = {
    "pl": ("ął", "ył", "ił", "ęła", "yła", "iła", "ęli", "yli", "ili"),
    "ru": ("лась", "лось", "лся", "лись", "ется", "ются", "ится", "ятся"),
    "uk": ("лася", "лося", "вся", "лися", "ється", "ються", "иться", "яться"),
}
_TOPIC_MIN_COUNT = 2
_BIGRAM_BONUS = 1.5
_MAX_BIGRAMS = 3
# Share of characters in unspaced scripts above which topics are skipped:
# without a word segmenter, character n-grams would only produce noise.
_MAX_DENSE_SHARE = 0.3


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


def _dense_share(doc: Doc) -> float:
    dense = sum(len(t) for t in doc.tokens if is_dense(t))
    total = sum(len(t) for t in doc.tokens if t[:1].isalpha() or is_dense(t))
    return dense / total if total else 0.0


@lru_cache(maxsize=16_384)
def _topic_word(surface: str, language: str) -> str | None:
    """The normalised form of ``surface`` when it may be a topic word of
    ``language``, else None. Depends on the word alone, so it is cached:
    documents repeat most of their vocabulary."""
    if not surface.isalpha() or (surface.isupper() and len(surface) > 1) or is_dense(surface):
        return None
    if language in NOUN_CAPITALISING and not surface[0].isupper():
        return None  # German topics are nouns, and nouns are capitalised
    norm = normalise(surface)
    if len(norm) < (4 if is_latin(norm) or "\u0400" <= norm[0] <= "\u04ff" else 3):
        return None
    if norm in stopwords(language) or norm in SPEECH_VERBS:
        return None
    if norm in TITLES or norm in UNIT_WORDS or norm.endswith(_VERB_ENDINGS.get(language, ())):
        return None  # "minister", "euros", "kilometer", "przyjął"
    return norm


def _add_counts(into: dict[str, int], counts: dict[str, int]) -> None:
    # Counter.update for plain dicts (same key order); a Counter per word
    # group cost more than the rest of the grouping.
    for key, count in counts.items():
        into[key] = into.get(key, 0) + count


def topic_candidates(
    doc: Doc, language: str, *, exclude: set[str], limit: int
) -> list[TagCandidate]:
    """Up to ``limit`` topic tags: words (and two-word terms) that occur at
    least twice and are rare in the language, scored by count^0.7 times
    rarity (6.5 - zipf). Scores stay below 0.6 so names outrank topics.
    Skipped for unspaced scripts and languages with neither lexicon nor
    stop words."""
    if limit <= 0 or (doc.has_dense and _dense_share(doc) > _MAX_DENSE_SHARE):
        return []
    stop = stopwords(language)
    lexicon = has_lexicon(language)
    if not lexicon and not stop:
        return []
    noun_caps = language in NOUN_CAPITALISING

    groups: dict[str, list] = {}  # norm -> [count, {surface: count}]
    for surface, count in Counter(doc.tokens).items():
        if count < _TOPIC_MIN_COUNT:
            continue  # a form seen once adds little, and skipping it halves the work
        norm = _topic_word(surface, language)
        if norm is None or norm in exclude:
            continue
        group = groups.get(norm)
        if group is None:
            group = groups[norm] = [0, {}]
        group[0] += count
        group[1][surface] = group[1].get(surface, 0) + count

    # Fold inflected forms into their base: "entreprises" -> "entreprise".
    folded: dict[str, str] = {}
    for norm in sorted(groups, key=len, reverse=True):
        for stem, _ in stems(norm)[1:]:
            if stem in groups and len(stem) >= 4:
                count, surfaces = groups.pop(norm)
                groups[stem][0] += count
                _add_counts(groups[stem][1], surfaces)
                folded[norm] = stem
                break

    rarity: dict[str, float] = {}
    common: set[str] = set()  # too common to be a topic on their own
    for norm, (count, _) in groups.items():
        z = zipf(norm, language)
        if not z:
            # Unknown to the lexicon: a compound noun (German) is a fine
            # topic; elsewhere it may be a typo or a stray name.
            z = 2.5 if noun_caps and is_compound(norm, language) else 3.0
        if z <= _TOPIC_MAX_ZIPF:
            rarity[norm] = 6.5 - z
            if z >= _SINGLE_MAX_ZIPF:
                common.add(norm)

    weights: dict[tuple[str, ...], float] = {}
    # Two-word terms ("petites entreprises"): only positions holding a
    # topic word are visited, and never across a hyphen.
    norms, tokens = doc.norms, doc.tokens
    wanted = set(rarity).union(k for k, v in folded.items() if v in rarity)
    positions = list(compress(range(len(norms)), map(wanted.__contains__, norms)))
    pairs: dict[tuple[str, str], int] = {}
    for i, j in zip(positions, positions[1:]):
        if j == i + 1 and not tokens[i].endswith("-") and not tokens[j].endswith("-"):
            a, b = folded.get(norms[i], norms[i]), folded.get(norms[j], norms[j])
            if a != b:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    bigrams = [
        ((a, b), count**0.7 * (rarity[a] + rarity[b]) / 2 * _BIGRAM_BONUS)
        for (a, b), count in pairs.items()
        if count >= _TOPIC_MIN_COUNT
    ]
    bigrams.sort(key=lambda item: -item[1])
    for (a, b), weight in bigrams[:_MAX_BIGRAMS]:
        weights[(a, b)] = weight
        used = pairs[(a, b)]
        groups[a][0] -= used
        groups[b][0] -= used
    # Scores stay relative to the heaviest word, common ones included, so
    # that leaving those out does not lift the rest above the names.
    top = max((w for _, w in bigrams[:_MAX_BIGRAMS]), default=0.0)
    for norm, value in rarity.items():
        count = groups[norm][0]
        if count >= _TOPIC_MIN_COUNT:
            weight = count**0.7 * value
            top = max(top, weight)
            if norm not in common:
                weights[(norm,)] = weight

    best = sorted(weights.items(), key=lambda item: -item[1])[:limit]
    if not best:
        return []
    ranked: dict[str, list[str]] = {}  # norm -> its surfaces, most frequent first
    for key, _ in best:
        for n in key:
            if n not in ranked:
                ranked[n] = _by_count(groups[n][1])
    out = []
    for key, weight in best:
        names = [_display(ranked[n], noun_caps) for n in key]
        surfaces = tuple(s for n in key for s in ranked[n][:2])[:3]
        score = round(0.15 + 0.45 * weight / top, 3)
        out.append(TagCandidate(" ".join(names), TagKind.TOPIC, score, surfaces))
    return out


def _by_count(counts: dict[str, int]) -> list[str]:
    """Keys by descending count, ties in insertion order (Counter.most_common)."""
    if len(counts) == 1:
        return list(counts)
    return [key for key, _ in sorted(counts.items(), key=itemgetter(1), reverse=True)]


def _display(surfaces: list[str], noun_caps: bool) -> str:
    if not noun_caps:
        lower = [s for s in surfaces if s[:1].islower()]
        if lower:
            return lower[0]
    return surfaces[0]
