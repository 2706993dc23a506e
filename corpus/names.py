"""Name variants across the corpus: the pure half. No Django.

Machine translation spells the same person two ways ("Sorkin", "Solkin").
Inside one document the structure step catches it among speaker labels; this
module catches it across documents. The database keeps, per source and
language, in how many files each spelling of a person's name was seen
(corpus.models.NameSpelling, kept by corpus.services.names); a document
whose spelling is a near-miss of a much more frequent one is flagged as a
suggested correction with the counts as evidence. The text is never changed.

What is never flagged:

* two spellings that are both established: a variant seen in more than
  ``MAX_VARIANT_DOCUMENTS`` other files is taken for another person
  ("Anna Schmitt" next to "Anna Schmidt"), however frequent the other is;
* spellings whose ending changed within their last two letters: that is
  how names decline ("Путина", "Путину", "Παπαδόπουλο"), not how they are
  misspelt (a letter before an unchanged last one is: "Schmitt");
* a different first letter, a different number of words, more than one
  word changed, short words (edit distance 1 under 8 letters, 2 from 8 on,
  as for speaker labels; single-word names need 6 letters), names in
  scripts written without spaces (one character there is another name);
* a spelling from the tag vocabulary (an editor chose it), and any
  correction an editor has dismissed before (the caller passes those).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Levenshtein

from corpus.pipeline import Correction, TagCandidate, TagKind
from corpus.pipeline.common.scripts import DENSE_RE

KIND = "name_variant"
# The frequent spelling: in at least this many other files of the corpus, and
# this many times as many as the variant (counting the document at hand).
MIN_DOMINANT_DOCUMENTS = 4
DOMINANCE = 4
# A spelling seen in more other files than this is an established one.
MAX_VARIANT_DOCUMENTS = 2
MIN_WORD = 4  # letters of the word that differs, in a name of several words
MIN_SINGLE_WORD = 6  # letters of a one-word name
INFLECTION = 2  # letters at the end of a word that may change with its case
MAX_NAME = 200

_SPACES = re.compile(r"\s+")
_EDGES = " \t.,;:!?\"'«»„“”‘’()[]-–—"
_LETTERS = r"\p{L}\p{M}\p{N}"


@dataclass(frozen=True)
class Spelling:
    """One way a person's name is written in a document."""

    name: str  # as written, e.g. "Andrew Sorkin"
    key: str  # compared form: NFC, case-folded, spaces collapsed
    block: str  # first letter and number of words: the only place near-misses are looked for


@dataclass(frozen=True)
class Counts:
    """Other files with a spelling: in the whole corpus, and in the document's source."""

    corpus: int = 0
    source: int = 0


def spelling(name: str) -> Spelling | None:
    """``name`` as an index entry, or None when it cannot be compared (empty, digits, no spaces in its script)."""
    shown = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip(_EDGES)[:MAX_NAME]
    if not shown or DENSE_RE.search(shown) or any(ch.isdigit() for ch in shown):
        return None
    key = shown.casefold()
    return Spelling(shown, key, f"{key[0]}{len(key.split())}")


def person_spellings(tags: Iterable[TagCandidate]) -> tuple[Spelling, ...]:
    """The spellings of people's names among a document's tags, each once:
    every person as shown, and the surname (last word) of those of several
    words, so "Solkin" alone meets "Sorkin" from "Andrew Sorkin" elsewhere."""
    found: dict[str, Spelling] = {}
    for tag in tags:
        if tag.kind is not TagKind.PERSON:
            continue
        whole = spelling(tag.name)
        if whole is None:
            continue
        candidates = [whole]
        words = whole.name.split()
        if len(words) > 1:
            candidates.append(spelling(words[-1]))
        for item in candidates:
            if item is not None:
                found.setdefault(item.key, item)
    return tuple(found.values())


def vocabulary_spellings(tags: Iterable[TagCandidate]) -> frozenset[str]:
    """Keys of the person names the tag vocabulary matched: chosen by an editor, never a variant."""
    keys = set()
    for tag in tags:
        if tag.kind is TagKind.PERSON and tag.vocabulary_key:
            item = spelling(tag.name)
            if item is not None:
                keys.update((item.key, item.key.split()[-1]))
    return frozenset(keys)


def is_respelling(variant: str, dominant: str) -> bool:
    """Could ``variant`` be ``dominant`` misspelt (both keys)? See the module's rules."""
    if variant == dominant:
        return False
    words_v, words_d = variant.split(), dominant.split()
    if len(words_v) != len(words_d):
        return False
    changed = [(v, d) for v, d in zip(words_v, words_d) if v != d]
    if len(changed) != 1:
        return False
    v, d = changed[0]
    shortest = MIN_SINGLE_WORD if len(words_v) == 1 else MIN_WORD
    if v[0] != d[0] or min(len(v), len(d)) < shortest or abs(len(v) - len(d)) > 2:
        return False
    common = len(_common_prefix(v, d))
    if len(v) - common <= INFLECTION and len(d) - common <= INFLECTION and (v[-1] != d[-1] or len(v) != len(d)):
        return False  # only the ending changed ("Путина", "Путину"): a declined form, not "Schmitt"
    limit = 1 if max(len(v), len(d)) < 8 else 2
    return Levenshtein.distance(v, d, score_cutoff=limit) <= limit


def _common_prefix(a: str, b: str) -> str:
    end = 0
    for x, y in zip(a, b):
        if x != y:
            break
        end += 1
    return a[:end]


@dataclass(frozen=True)
class Candidate:
    """A spelling of the document and the frequent spelling it may be a variant of."""

    variant: Spelling
    dominant: str  # key
    dominant_name: str  # as first seen


def candidates(
    spellings: Sequence[Spelling],
    frequent: Mapping[str, tuple[str, int]],
    own: Mapping[str, int],
    *,
    skip: Iterable[str] = (),
) -> list[Candidate]:
    """Each spelling of the document that has a much more frequent near-miss.

    ``frequent`` maps keys of spellings seen in at least
    MIN_DOMINANT_DOCUMENTS other files (of the same language and blocks) to
    (name as first seen, files); ``own`` gives the corpus counts of the
    document's own spellings (absent: never seen). ``skip`` are keys never
    flagged. Of several near-misses, the most frequent wins.
    """
    skipped = set(skip)
    found = []
    for item in spellings:
        if item.key in skipped:
            continue
        seen = own.get(item.key, 0)
        if seen > MAX_VARIANT_DOCUMENTS:
            continue
        needed = max(MIN_DOMINANT_DOCUMENTS, DOMINANCE * (seen + 1))
        best = None
        for key, (name, documents) in frequent.items():
            if documents >= needed and is_respelling(item.key, key):
                if best is None or (documents, key) > (best[2], best[0]):
                    best = (key, name, documents)
        if best is not None:
            found.append(Candidate(item, best[0], best[1]))
    return _without_implied(found)


def _without_implied(found: list[Candidate]) -> list[Candidate]:
    """Drop "Andrew Solkin → Andrew Sorkin" when "Solkin → Sorkin" is flagged
    too: applying the shorter one fixes both, and every bare mention."""
    words = {(c.variant.key, c.dominant) for c in found if " " not in c.variant.key}
    kept = []
    for c in found:
        pairs = zip(c.variant.key.split(), c.dominant.split())
        implied = " " in c.variant.key and any(pair in words for pair in pairs if pair[0] != pair[1])
        if not implied:
            kept.append(c)
    return kept


def occurrences(text: str, name: str) -> int:
    """Whole-word occurrences of ``name`` in ``text`` (as the editor's "apply" replaces them)."""
    pattern = regex.compile(rf"(?<![{_LETTERS}]){regex.escape(name)}(?![{_LETTERS}])")
    return len(pattern.findall(text))


def correction(candidate: Candidate, *, text: str, dominant: Counts, variant: Counts) -> Correction:
    """The suggested correction for ``candidate``, with the counts as evidence."""
    seen, shown = candidate.variant.name, _cased_like(candidate.dominant_name, candidate.variant.name)
    detail = (
        f"“{seen}” may be a misspelling of “{shown}”: spelled “{shown}” in "
        f"{dominant.source} other document(s) of this source and {dominant.corpus} of the corpus "
        f"in this language, “{seen}” in {variant.source} and {variant.corpus}."
    )
    return Correction(KIND, seen, shown, max(1, occurrences(text, seen)), detail)


def _cased_like(name: str, model: str) -> str:
    """``name`` in the case ``model`` is written in (a name written in capitals stays in capitals)."""
    if model.isupper() and not name.isupper():
        return name.upper()
    return name
