"""Topic terms: words and two-word terms frequent in the document and rare
in its language."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from ..lexicon import has_lexicon, is_latin, stopwords, zipf
from ..types import TagCandidate, TagKind
from .lang import NOUN_CAPITALISING, SPEECH_VERBS, TITLES, UNIT_WORDS
from .matching import Doc, is_dense, normalise, stems
from .words import is_compound

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


# norm -> [count, {surface as written: count}]
Groups = dict[str, list]


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
    if not has_lexicon(language) and not stopwords(language):
        return []
    noun_caps = language in NOUN_CAPITALISING
    groups = _group_words(doc, language, exclude)
    folded = _fold_inflections(groups)
    rarity, common = _rarity(groups, language, noun_caps)
    weights, top = _bigram_weights(doc, groups, folded, rarity)
    # Scores stay relative to the heaviest word, common ones included, so
    # that leaving those out does not lift the rest above the names.
    for norm, value in rarity.items():
        count = groups[norm][0]
        if count >= _TOPIC_MIN_COUNT:
            weight = count**0.7 * value
            top = max(top, weight)
            if norm not in common:
                weights[(norm,)] = weight
    best = sorted(weights.items(), key=lambda item: -item[1])[:limit]
    return _tags(best, groups, top, noun_caps)


def _group_words(doc: Doc, language: str, exclude: set[str]) -> Groups:
    """Candidate topic words, grouped by normalised form."""
    groups: Groups = {}
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
    return groups


def _fold_inflections(groups: Groups) -> dict[str, str]:
    """Fold inflected forms into their base ("entreprises" -> "entreprise");
    returns folded form -> base."""
    folded: dict[str, str] = {}
    for norm in sorted(groups, key=len, reverse=True):
        for stem, _ in stems(norm)[1:]:
            if stem in groups and len(stem) >= 4:
                count, surfaces = groups.pop(norm)
                groups[stem][0] += count
                _add_counts(groups[stem][1], surfaces)
                folded[norm] = stem
                break
    return folded


def _rarity(groups: Groups, language: str, noun_caps: bool) -> tuple[dict[str, float], set[str]]:
    """Rarity (6.5 - zipf) of each word rare enough to be a topic, and the
    words too common to be a topic on their own (they may be half of a term)."""
    rarity: dict[str, float] = {}
    common: set[str] = set()
    for norm in groups:
        z = zipf(norm, language)
        if not z:
            # Unknown to the lexicon: a compound noun (German) is a fine
            # topic; elsewhere it may be a typo or a stray name.
            z = 2.5 if noun_caps and is_compound(norm, language) else 3.0
        if z <= _TOPIC_MAX_ZIPF:
            rarity[norm] = 6.5 - z
            if z >= _SINGLE_MAX_ZIPF:
                common.add(norm)
    return rarity, common


def _bigram_weights(
    doc: Doc, groups: Groups, folded: dict[str, str], rarity: dict[str, float]
) -> tuple[dict[tuple[str, ...], float], float]:
    """Two-word terms ("petites entreprises") and the heaviest weight; their
    occurrences are taken from the counts of their words. Only positions
    holding a topic word are visited, and never across a hyphen."""
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
    weights: dict[tuple[str, ...], float] = {}
    for (a, b), weight in bigrams[:_MAX_BIGRAMS]:
        weights[(a, b)] = weight
        used = pairs[(a, b)]
        groups[a][0] -= used
        groups[b][0] -= used
    return weights, max((w for _, w in bigrams[:_MAX_BIGRAMS]), default=0.0)


def _tags(
    best: list[tuple[tuple[str, ...], float]], groups: Groups, top: float, noun_caps: bool
) -> list[TagCandidate]:
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
