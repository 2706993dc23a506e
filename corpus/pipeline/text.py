"""Small text helpers shared by several pipeline steps.

Script-aware and language-neutral: sentence ends are found from punctuation
and what follows it, never from word lists of one language.
"""

from __future__ import annotations

import re
import unicodedata

# Sentence-final punctuation in Latin, Cyrillic, Greek, Arabic, Devanagari,
# CJK and Ethiopic scripts.
SENTENCE_END = ".!?…。！？؟।॥።"
CJK_SENTENCE_END = "。！？"
CLOSERS = "\"'»«”“’‘」』）)]›"
ELLIPSIS_RE = re.compile(r"(?:\.{3,}|…)\s*$")

# Single letters ("J. Smith") and the abbreviations that most often end in a
# dot before a capitalised word in news text. Kept short on purpose: a missed
# abbreviation only splits a sentence in two, it never loses text.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st jr sr vs etc inc ltd co corp no nr art abs bzw ca
    dipl ing hr fr frau herr mme mlle m me sen gov gen col lt sgt capt
    z.b u.a d.h usw vgl bzw s.a sog u.s u.k e.g i.e p.ex
    """.split()
)

_BOUNDARY_RE = re.compile(
    r"""
    (?P<end>
        (?:\.{3}|[.!?…؟।॥።])+      # one or more sentence-final marks
        [\"'»«”“’‘」』）)\]›]*     # optional closing quotes / brackets
    )
    (?P<space>\s+)
    (?=[\"'«»„“‘(¿¡\[]?[^\W\d_]|\d)   # next sentence starts with a letter or digit
    |
    (?P<cjk>[。！？][」』”’）)]*)    # CJK: no space needed after the mark
    """,
    re.VERBOSE,
)


def _is_lower_start(s: str) -> bool:
    for ch in s:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def _previous_word(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, keeping every character except the
    whitespace between sentences.

    ``"".join`` of the result with single spaces reproduces the input modulo
    whitespace, so callers can cut sentences without losing text.
    """
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group("cjk"):
            cut = match.end()
            nxt = cut
        else:
            cut = match.end("end")
            nxt = match.end()
            word = _previous_word(text, match.start("end") + 1).rstrip(".").lower()
            mark = match.group("end")
            if mark.startswith(".") and not mark.startswith("..."):
                # "J. Smith", "Dr. Who", "19. Januar" are not sentence ends.
                bare = word.strip("\"'»«”“’‘(")
                if (len(bare) == 1 and bare.isalpha()) or bare in _ABBREVIATIONS:
                    continue
                if bare.isdigit() and len(bare) <= 2:
                    continue
            if mark.endswith(("...", "…")) and _is_lower_start(text[nxt:]):
                continue
        piece = text[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = nxt
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def letter_ratio(text: str) -> float:
    """Share of characters that are letters (any script)."""
    if not text:
        return 0.0
    letters = sum(1 for ch in text if ch.isalpha())
    return letters / len(text)


def is_punctuation_only(text: str) -> bool:
    stripped = "".join(text.split())
    return bool(stripped) and all(unicodedata.category(ch)[0] in "PS" for ch in stripped)


def ends_cut_off(text: str) -> bool:
    """True when a line ends with an ellipsis, the mark of a truncated teaser."""
    return bool(ELLIPSIS_RE.search(text))


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text)
