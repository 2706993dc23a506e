"""German clauses, for titles: a main clause has its verb second and closes
a verb bracket ("hat ... beschlossen") at its end, subordinate clauses end on
their verb, and every noun is capitalised, so a lower-case word that is no
function word is a verb (or an adverb) — enough to tell a whole main clause
from a subject alone. The bracket openers serve Dutch too."""

from __future__ import annotations

import re

from .words import bare, first_word, function_words, opens_subordinate, subordinators

__all__ = ["BRACKET_OPENERS", "de_complete", "de_has_verb"]

# Conjunctions joining two main clauses in German: a cut before one keeps a
# whole clause.
_DE_COORDINATORS = frozenset({"und", "oder", "aber", "sondern", "doch", "denn", "jedoch"})
# Finite auxiliaries and modals that open a German or Dutch sentence
# bracket, closed by a participle or infinitive at the end of the clause
# ("Die Regierung hat am Mittwoch ... beschlossen").
BRACKET_OPENERS = {
    "de": frozenset(
        "hat haben hatte hatten ist sind war waren wird werden wurde wurden kann können konnte "
        "konnten soll sollen sollte sollten muss müssen musste mussten will wollen wollte "
        "wollten darf dürfen durfte möchte möchten".split()
    ),
    "nl": frozenset(
        "heeft hebben had hadden is zijn was waren wordt worden werd werden kan kunnen kon "
        "konden moet moeten moest wil willen wilde zal zullen zou zouden".split()
    ),
}
_DE_OPENERS = BRACKET_OPENERS["de"]
# An inflected adjective before its noun ("die neue Regel"), not a verb.
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def de_has_verb(words: list[str]) -> bool:
    """A finite or non-finite verb among ``words``: German capitalises nouns,
    so a lower-case word that is no function word and no adjective before a
    noun is taken for one (auxiliaries always are)."""
    stop = function_words("de")
    for index, word in enumerate(words):
        norm = bare(word)
        if not norm.isalpha() or not word[:1].islower():
            continue
        if norm in _DE_OPENERS:
            return True
        if norm in stop or norm in subordinators("de"):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if following[:1].isupper() and norm.endswith(_ADJECTIVE_ENDINGS):
            continue
        return True
    return False


def de_complete(prefix: str) -> bool:
    """Is ``prefix`` a whole German main clause, with any subordinate clauses
    after it ending on their verbs?"""
    segments = [s.strip() for s in re.split(r"\s*[,;:–—]\s+|\s+[–—-]\s+", prefix) if s.strip()]
    start = 0
    # A fronted subordinate clause: the main clause follows with its verb first.
    while start < len(segments) - 1 and opens_subordinate(segments[start], "de"):
        start += 1
    if opens_subordinate(segments[start], "de"):
        return False
    main = [segments[start]]
    for segment in segments[start + 1 :]:
        if opens_subordinate(segment, "de") or first_word(segment) in _DE_COORDINATORS:
            break
        main.append(segment)  # an insert or a list: still the main clause
    words = " ".join(main).split()
    if not de_has_verb(words):
        return False
    if any(bare(w) in _DE_OPENERS for w in words[1:]) and not words[-1][:1].islower():
        return False  # "Die Regierung hat am Mittwoch": the bracket is still open
    return all(
        segment.split()[-1][:1].islower()
        for segment in segments[start + 1 :]
        if opens_subordinate(segment, "de")
    )
