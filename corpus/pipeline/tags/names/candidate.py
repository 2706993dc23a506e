"""A name candidate and the evidence collected for it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ...types import TagKind, VocabularyEntry
from ..matching import (
    tokenize,
)

BOUNDARIES = frozenset(["\n", *".!?…:;。！？؟|•·–—"])
COLON = frozenset(":")
QUOTES = frozenset("\"'«»„“”‚‘’‹›()[]「」『』*")
CUES = frozenset({"title", "label", "speech", "hint"})
# A later word this common in English makes a capitalised pair a term
# ("Big Data", "Climate Change"), not a person; given names may be common.
TERM_ZIPF = 5.3
# Russian and Ukrainian patronymics: "Владимир Владимирович Путин" is one name.
PATRONYMIC = ("вич", "вна", "ична", "інна")


@dataclass
class Candidate:
    kind: TagKind | None  # None: decided from the evidence at the end
    name: str = ""
    vocabulary_key: str | None = None
    words: tuple[str, ...] = ()  # normalised name tokens, in order
    parts: frozenset[str] = frozenset()  # every token of every known form
    count: int = 0
    first: int = 1 << 30
    surfaces: Counter = field(default_factory=Counter)
    cues: set[str] = field(default_factory=set)
    initial_mentions: int = 0
    display_from_text: bool = False
    forms: Counter = field(default_factory=Counter)  # vocabulary forms matched

    def add(self, surface: str, position: int, *, initial: bool = False) -> None:
        self.count += 1
        self.first = min(self.first, position)
        self.surfaces[surface] += 1
        self.initial_mentions += initial


@lru_cache(maxsize=4096)
def entry_parts(entry: VocabularyEntry) -> frozenset[str]:
    forms = (entry.name, *entry.aliases)
    return frozenset(n for form in forms for n in tokenize(form).norms if n.isalnum())

