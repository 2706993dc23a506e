"""Small text helpers shared by several pipeline steps.

Script-aware and language-neutral: sentence ends are found from punctuation
and what follows it, never from word lists of one language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

__all__ = [
    "CJK_SENTENCE_END", "CLOSERS", "ELLIPSIS_RE", "SENTENCE_END", "ends_cut_off",
    "is_punctuation_only", "last_sentences", "letter_ratio", "split_sentences", "words",
]

# Sentence-final punctuation in Latin, Cyrillic, Greek, Arabic, Devanagari,
# CJK and Ethiopic scripts.
SENTENCE_END = ".!?…。！？؟۔।॥።"
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
        (?:\.{3}|[.!?…؟۔।॥።])+     # one or more sentence-final marks
        [\"'»«”“’‘」』）)\]›]*     # optional closing quotes / brackets
    )
    (?P<space>\s+)
    (?=[\"'«»„“‘(¿¡\[]?[^\W\d_]|\d)   # next sentence starts with a letter or digit
    |
    (?P<cjk>[。！？][」』”’）)]*)    # CJK: no space needed after the mark
    """,
    re.VERBOSE,
)


# Every boundary starts with one of these marks. The boundary regex opens
# with groups, which keeps the stdlib engine from skipping ahead to a
# candidate by itself (it tries every position, ~10x slower); finding the
# marks with a plain character class first gives the same matches.
_MARK_RE = re.compile("[.!?…؟۔।॥።。！？]")


def _is_lower_start(text: str, pos: int) -> bool:
    """Is the first letter from ``pos`` on lower case (False if a digit
    comes first)? Indexes instead of slicing: the rest may be long."""
    for i in range(pos, len(text)):
        ch = text[i]
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def _previous_word(text: str, end: int) -> str:
    """The run of non-space characters ending at ``end``."""
    if end <= 0 or text[end - 1].isspace():
        return ""
    # Words are short: split a small window (str.split's whitespace is
    # str.isspace's) and walk back by hand only for a longer run.
    low = max(0, end - 24)
    window = text[low:end]
    word = window.rsplit(None, 1)[-1]
    if len(word) < len(window) or low == 0:
        return word
    start = low
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """``_BOUNDARY_RE.finditer(text)``, found faster (see ``_MARK_RE``)."""
    pos = 0
    for mark in _MARK_RE.finditer(text):
        at = mark.start()
        if at < pos:
            continue  # inside the previous boundary ("...")
        match = _BOUNDARY_RE.match(text, at)
        if match is not None:
            pos = match.end()
            yield match


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences, keeping every character except the
    whitespace between sentences.

    ``"".join`` of the result with single spaces reproduces the input modulo
    whitespace, so callers can cut sentences without losing text.
    """
    sentences: list[str] = []
    start = 0
    for match in _boundaries(text):
        if match.group("cjk"):
            cut = match.end()
            nxt = cut
        else:
            cut = match.end("end")
            nxt = match.end()
            mark = match.group("end")
            if mark[0] == "." and not mark.startswith("..."):
                # "J. Smith", "Dr. Who", "19. Januar" are not sentence ends.
                word = _previous_word(text, match.start("end") + 1).rstrip(".").lower()
                bare = word.strip("\"'»«”“’‘(")
                if (len(bare) == 1 and bare.isalpha()) or bare in _ABBREVIATIONS:
                    continue
                if bare.isdigit() and len(bare) <= 2:
                    continue
            if mark.endswith(("...", "…")) and _is_lower_start(text, nxt):
                continue
        piece = text[start:cut].strip()
        if piece:
            sentences.append(piece)
        start = nxt
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


# A place a split may start afresh: after whitespace, before a character no
# boundary match runs across (not a space, sentence mark or closing quote).
# Boundaries after it are found exactly as when splitting from the start.
_RESTART_RE = re.compile(r"\s(?=[^\s.!?…؟۔।॥።。！？\"'»«”“’‘」』）)\]›])")


def last_sentences(text: str, count: int) -> list[str]:
    """``split_sentences(text)[-count:]``, splitting only the end of a long
    text: from a restart point, every sentence but the first (which may
    have begun earlier) is one of the whole text's."""
    size = 100 * count
    while size < len(text):
        restart = _RESTART_RE.search(text, len(text) - size)
        if restart is None:
            break
        pieces = split_sentences(text[restart.end() :])
        if len(pieces) > count:
            return pieces[-count:]
        size *= 3
    return split_sentences(text)[-count:]


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
