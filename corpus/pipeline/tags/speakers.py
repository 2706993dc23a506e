"""Speaker labels as the name finder uses them.

The structure step reports who speaks in an interview and flags labels that
look like misspellings of another ("Solkin" for "Sorkin"). Some labels name
a role rather than a person ("Moderator:", "Audience:", "记者："); the
misspelt ones belong to the speaker they misspell. Used by ``names``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .matching import tokenize
from .words import is_role


def name_words(norms: Sequence[str]) -> tuple[str, ...]:
    """The words of a tokenised name, without its punctuation."""
    return tuple(n for n in norms if n.isalnum())


def role_labels(labels: Iterable[tuple[str, ...]], language: str) -> set[tuple[str, ...]]:
    """The one-word labels among ``labels`` (as ``name_words``) that name a role."""
    return {words for words in labels if len(words) == 1 and is_role(words[0], language)}


class Respelling:
    """Misspelt names (``aliases``: as written -> right spelling) applied to
    the names the finder collects, alone or inside a longer name."""

    def __init__(self, aliases: Mapping[str, str]):
        # misspelt words -> (right words, misspelt as written, right as written)
        self._fixes: dict[tuple[str, ...], tuple[tuple[str, ...], str, str]] = {}
        for wrong, right in aliases.items():
            wrong_words, right_words = name_words(tokenize(wrong).norms), name_words(tokenize(right).norms)
            if wrong_words and right_words and wrong_words != right_words:
                self._fixes[wrong_words] = (right_words, wrong, right)

    def __bool__(self) -> bool:
        return bool(self._fixes)

    def apply(self, words: tuple[str, ...], shown: str) -> tuple[tuple[str, ...], str]:
        """``words`` (a name's) with a misspelt name in them put right, and
        ``shown`` (the name as the text writes it) respelt the same way, or
        "" when it does not hold the misspelling as written."""
        for wrong, (right, wrong_text, right_text) in self._fixes.items():
            for i in range(len(words) - len(wrong) + 1):
                if words[i : i + len(wrong)] == wrong:
                    name = shown.replace(wrong_text, right_text) if wrong_text in shown else ""
                    return words[:i] + right + words[i + len(wrong) :], name
        return words, ""
