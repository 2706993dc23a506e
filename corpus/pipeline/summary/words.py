"""The per-language words titles are judged by, read from
``corpus.pipeline.languages`` (function words, subordinators, articles,
adverbial openers, complementizers) and the verbs of saying shared with the
speaker and tag steps."""

from __future__ import annotations

import re
from functools import lru_cache

from ..common.lexicon import stopwords
from ..common.speakers import SPEECH_VERBS, ends_with_speech_verb
from ..languages import words_of
from ..tags.lang import words as tag_words

__all__ = [
    "adverbial_openers", "articles", "bare", "complementizers", "ends_with_saying",
    "first_word", "function_words", "has_saying", "opens_subordinate", "subordinators",
]

_WORD_RE = re.compile(r"\S+")
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


@lru_cache(maxsize=64)
def complementizers(language: str) -> frozenset[str]:
    """Words opening what someone said or announced ("that", "dass", "أن")."""
    return frozenset(words_of(language, "complementizers"))


@lru_cache(maxsize=64)
def _speech_verbs(language: str) -> frozenset[str]:
    # The shared verbs of saying and the tag step's list for the language.
    return SPEECH_VERBS | tag_words(language, "speech_verbs")


def ends_with_saying(text: str, language: str) -> bool:
    """Does ``text`` end on a verb of saying ("The minister said", "…时表示")?"""
    words = text.split()
    if not words:
        return False
    return bare(words[-1]) in _speech_verbs(language) or ends_with_speech_verb(text)


def has_saying(text: str, language: str) -> bool:
    """Is there a verb of saying among the words of ``text``?"""
    verbs = _speech_verbs(language)
    return any(bare(w) in verbs for w in text.split()) or ends_with_speech_verb(text)


def bare(word: str) -> str:
    """``word`` casefolded, without the quotes and punctuation around it."""
    return word.strip(_EDGE_PUNCT).casefold()


def first_word(text: str) -> str:
    """The first word of ``text``, bare (see ``bare``)."""
    match = _WORD_RE.search(text)
    return bare(match.group()) if match else ""


def opens_subordinate(text: str, language: str) -> bool:
    """Does ``text`` open with a subordinating word? In German an article
    before a noun ("Die Regierung") is not the relative pronoun ("die")."""
    words = text.split(None, 2)
    if not words or bare(words[0]) not in subordinators(language):
        return False
    if language == "de" and len(words) > 1 and words[1][:1].isupper():
        return bare(words[0]) not in {"der", "die", "das", "dem", "den", "des"}
    return True
