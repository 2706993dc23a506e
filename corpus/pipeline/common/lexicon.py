"""Lazily loaded word statistics shared by the summary and tag steps.

Word frequencies come from wordfreq's shipped lists, stop words from
stopwordsiso. Both are read once per language and cached for the life of the
process; nothing here touches the network.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "WordClass", "base_language", "has_lexicon", "is_latin", "is_native_word", "log_scale",
    "stopwords", "strip_optional_marks", "zipf", "zipf_table",
]

# Language codes the detectors emit that the data packages spell differently.
_WORDFREQ_CODES = {
    "no": "nb", "nn": "nb", "tl": "fil", "iw": "he", "in": "id", "bs": "sh", "hr": "sh", "sr": "sh"
}
_STOPWORD_CODES = {"nb": "no", "nn": "no", "fil": "tl", "iw": "he", "in": "id"}

# Words rarer than this are dropped from the loaded tables: no rule in the
# pipeline distinguishes below zipf 2, and the long tail triples the memory.
_MIN_ZIPF = 2.0
_EMPTY: dict[str, float] = {}
_lock = threading.Lock()
_tables: dict[str, dict[str, float]] = {}

# Arabic harakat and tatweel, Hebrew points: optional in running text, so both
# the tables and the lookups ignore them.
_OPTIONAL_MARKS = dict.fromkeys(
    [*range(0x064B, 0x0660), 0x0670, 0x0640]
    + [*range(0x0591, 0x05BE), 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7],
    None,
)


def base_language(language: str) -> str:
    """``"de-AT"`` / ``"pt_BR"`` / ``"DE"`` -> ``"de"``; empty -> ``"und"``."""
    code = (language or "").replace("_", "-").split("-")[0].strip().lower()
    return code or "und"


def strip_optional_marks(word: str) -> str:
    """Drop Arabic vowel marks / tatweel and Hebrew points (never needed to
    tell two words apart in news text)."""
    return word.translate(_OPTIONAL_MARKS)


def _wordfreq_code(language: str) -> str | None:
    code = _WORDFREQ_CODES.get(language, language)
    return code if code in _available_wordfreq() else None


@lru_cache(maxsize=1)
def _available_wordfreq() -> frozenset[str]:
    import wordfreq

    return frozenset(wordfreq.available_languages("best"))


def zipf_table(language: str) -> dict[str, float]:
    """Word -> zipf frequency (casefolded keys, zipf >= 2) for ``language``.

    Empty when wordfreq has no list for the language. Loaded once per language
    (the large list when there is one: ~0.3 s, ~15 MB).
    """
    language = base_language(language)
    table = _tables.get(language)
    if table is not None:
        return table
    with _lock:
        table = _tables.get(language)
        if table is None:
            table = _load_table(language)
            _tables[language] = table
    return table


def _load_table(language: str) -> dict[str, float]:
    code = _wordfreq_code(language)
    if code is None:
        return _EMPTY
    import wordfreq

    # Bucket i of wordfreq's list holds the words with frequency 10**(-i/100),
    # i.e. zipf 9 - i/100. ``get_frequency_list`` is wordfreq's public reader;
    # it is cached, so its copy is dropped once this smaller table is built
    # (nothing else in the pipeline reads wordfreq, and keeping both would
    # double ~15 MB per language).
    buckets = wordfreq.get_frequency_list(code, "best")
    table: dict[str, float] = {}
    for index, bucket in enumerate(buckets):
        zipf = round(9.0 - index / 100.0, 2)
        if zipf < _MIN_ZIPF:
            break
        for word in bucket:
            table[word] = zipf
    wordfreq.get_frequency_list.cache_clear()
    if code in ("ar", "he", "fa", "ur"):
        table = {strip_optional_marks(w): z for w, z in table.items()}
    return table


def zipf(word: str, language: str) -> float:
    """Zipf frequency of ``word`` (any case) in ``language``; 0.0 when unknown."""
    table = _tables.get(language)
    if table is None:
        table = zipf_table(language)
    return table.get(word.casefold(), 0.0)


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """Casefolded stop words of ``language`` (empty set when unknown)."""
    import stopwordsiso

    language = base_language(language)
    code = _STOPWORD_CODES.get(language, language)
    if not stopwordsiso.has_lang(code):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(code))


def has_lexicon(language: str) -> bool:
    """True when word frequencies are available for ``language``."""
    return bool(zipf_table(language))


def is_latin(word: str) -> bool:
    return bool(word) and word[0] <= "\u024f"


@lru_cache(maxsize=16_384)
def is_native_word(norm: str, language: str) -> bool:
    """True for a common word of ``language`` that other languages lack.

    Names travel between languages with similar frequencies ("trump", "china",
    "alibaba"); ordinary words do not ("unternehmen", "monday", "assemblée").
    Only decidable for Latin-script words of a language with a lexicon.
    """
    if not is_latin(norm):
        return False
    own = zipf(norm, language)
    if own < 2.0:
        return False
    if language == "en":
        other = min(zipf(norm, "de"), zipf(norm, "fr"))
    else:
        other = zipf(norm, "en")
    return own - other >= 1.5


def log_scale(count: int, saturation: int = 8) -> float:
    """0..1, growing like log(count), reaching 1.0 at ``saturation``."""
    if count <= 0:
        return 0.0
    return min(1.0, math.log1p(count) / math.log1p(saturation))


class WordClass:
    """A yes/no test on words, remembered as the set of words that passed
    and the set that failed.

    A document's distinct words are then classified with two set operations
    (C speed) instead of one cached call each; the test itself runs once per
    word never seen before. ``test`` must be pure. Memory is bounded: past
    ``limit`` remembered words both sets start afresh.
    """

    def __init__(self, test: Callable[[str], object], *, limit: int = 200_000):
        self._test = test
        self._limit = limit
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def __call__(self, word: str) -> bool:
        if word in self._yes:
            return True
        if word in self._no:
            return False
        return word in self.among({word})

    def among(self, words: set[str] | frozenset[str]) -> set[str]:
        """The members of ``words`` that pass the test."""
        # Local references: another thread may start the sets afresh meanwhile.
        yes, no = self._yes, self._no
        unknown = words.difference(yes, no)
        if unknown:
            if len(yes) + len(no) + len(unknown) > self._limit:
                yes, no = self._yes, self._no = set(), set()
                unknown = words
            for word in unknown:
                (yes if self._test(word) else no).add(word)
        return words & yes
