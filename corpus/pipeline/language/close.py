"""Close languages that a character-n-gram detector confuses: Malay and
Indonesian, Croatian, Serbian and Bosnian, Danish and Norwegian.

Told apart by words each uses and its neighbours do not (``distinctive_words``
in each language module: "kerana"/"karena", "vrijeme"/"vreme", "hvad"/"hva").
When the words do not settle it, the guess is kept but marked uncertain with
every candidate listed, so the editor decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..languages import words_of
from ..types import LanguageGuess

__all__ = ["GROUPS", "UNCERTAIN_BELOW", "settle_close_languages"]

GROUPS = (("id", "ms"), ("hr", "sr", "bs"), ("da", "no"))
_GROUP_OF = {code: group for group in GROUPS for code in group}
_ALIASES = {"nb": "no", "nn": "no", "sh": "hr"}
# Below this confidence a guess is reported as uncertain.
UNCERTAIN_BELOW = 0.5
# Distinctive words needed, and the lead over the runner-up, to decide.
_MIN_HITS = 2
_MIN_LEAD = 2.0
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _distinctive(code: str) -> frozenset[str]:
    return frozenset(words_of(code, "distinctive_words"))


def settle_close_languages(guess: LanguageGuess, text: str) -> LanguageGuess:
    """Decide between close languages by their distinctive words, or mark
    the guess uncertain with the candidates; other guesses get ``uncertain``
    set when their confidence is low."""
    code = _ALIASES.get(guess.code, guess.code)
    group = _GROUP_OF.get(code)
    if group is None:
        if guess.code != "und" and guess.confidence < UNCERTAIN_BELOW:
            return LanguageGuess(
                guess.code, guess.confidence, ((guess.code, guess.confidence),), uncertain=True
            )
        return guess
    counts = {member: 0 for member in group}
    for word in _WORD_RE.findall(text[:20_000].lower()):
        for member in group:
            if word in _distinctive(member):
                counts[member] += 1
    ranked = sorted(group, key=lambda m: (-counts[m], m != code))
    best, second = ranked[0], ranked[1]
    hits, runner_up = counts[best], counts[second]
    if hits >= _MIN_HITS and hits >= _MIN_LEAD * max(runner_up, 1):
        share = hits / (hits + runner_up)
        confidence = round(max(guess.confidence if best == code else 0.0, share * 0.9), 4)
        return LanguageGuess(best, confidence, uncertain=confidence < UNCERTAIN_BELOW)
    total = sum(counts.values()) or 1
    candidates = tuple(
        (member, round(min(guess.confidence, 0.5) * (counts[member] + 1) / (total + len(group)), 4))
        for member in ranked
    )
    return LanguageGuess(
        ranked[0], min(guess.confidence, 0.4), candidates=candidates, uncertain=True
    )
