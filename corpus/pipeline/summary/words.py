"""The per-language words titles are judged by, read from
``corpus.pipeline.languages`` (kinds ``function_words`` and
``subordinators``)."""

from __future__ import annotations

from functools import lru_cache

from ..common.lexicon import stopwords
from ..languages import words_of

__all__ = ["adverbial_openers", "articles", "bare", "function_words", "subordinators"]

_EDGE_PUNCT = "\"'«»„“”‚‘’‹›()[]「」『』.,;:!?…"


@lru_cache(maxsize=64)
def function_words(language: str) -> frozenset[str]:
    """Words a title never ends on (articles, prepositions, conjunctions):
    the language's own list, else its stop words, a wider net."""
    own = words_of(language, "function_words")
    return frozenset(own) if own else stopwords(language)


@lru_cache(maxsize=64)
def subordinators(language: str) -> frozenset[str]:
    """Words opening a subordinate or relative clause (empty when unknown)."""
    return frozenset(words_of(language, "subordinators"))


@lru_cache(maxsize=64)
def articles(language: str) -> frozenset[str]:
    """Articles and determiners: function words that open a subject ("The
    bank ..."), unlike prepositions and conjunctions ("In a move ...")."""
    return frozenset(words_of(language, "articles"))


@lru_cache(maxsize=64)
def adverbial_openers(language: str) -> frozenset[str]:
    """Prepositions and conjunctions that open a fronted adverbial ("In a
    surprise move, ..."), including those a title may end on as particles."""
    return frozenset(words_of(language, "adverbial_openers"))


def bare(word: str) -> str:
    """``word`` casefolded, without the quotes and punctuation around it."""
    return word.strip(_EDGE_PUNCT).casefold()
