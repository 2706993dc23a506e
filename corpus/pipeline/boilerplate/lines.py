"""Lines for the boilerplate step: measuring them, and grouping the lines
of hard-wrapped text into the blocks they were broken from.

E-mail and newsletter text is often wrapped at a fixed width (~72
columns): one sentence then spans several lines, and no single line of it
says what the sentence is ("The views expressed ... do not" / "necessarily
reflect ..."). Both tests here work from the shape of the lines alone (no
words): :meth:`Lines.wrapped` recognises a whole paragraph broken this way,
which the boilerplate step judges as one unit, and :meth:`Lines.breaks` a
single line carrying on into the next, which is never judged (or cut) alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..common.caseless import Alternation, longest_first
from ..common.scripts import NO_SPACE_RE, WIDE_RE, is_cjk
from ..common.text import SENTENCE_END, ends_cut_off, is_punctuation_only

# Hard-wrapped text breaks at a fixed column, 30..100 in practice (e-mail:
# 72-80); lines that long but no longer, ending mid-sentence, are its mark.
WRAP_MIN = 30
WRAP_MAX = 100

FINAL_PUNCT = tuple(SENTENCE_END) + tuple(f"{e}{c}" for e in ".!?。！？؟" for c in "\"'»«”“’」』）)")

_EXTRA_ELLIPSIS_RE = re.compile(r"(?:⋯|．{2,}|。{3,}|‥)\s*$")

# Leading decoration before a marker: bullets, brackets, arrows.
_LEAD = r"^[\s\[(（【〔<「『\-–—•·*#]*"


def word_start(phrases: tuple[str, ...], alternation: Alternation = longest_first) -> str:
    # Latin/Cyrillic/Arabic entries start at a word boundary; CJK entries
    # have no word boundaries to rely on.
    cjk = tuple(p for p in phrases if is_cjk(p[0]))
    other = tuple(p for p in phrases if not is_cjk(p[0]))
    return rf"(?<![^\W_])(?:{alternation(other) or '(?!)'})|(?:{alternation(cjk) or '(?!)'})"


def labels(phrases: tuple[str, ...], tail: str) -> re.Pattern[str]:
    """A line opening with one of ``phrases`` (after decoration), then ``tail``."""
    return re.compile(f"{_LEAD}(?:{longest_first(phrases)}){tail}", re.I)


def width(s: str) -> int:
    """Length where CJK characters count double (a 30-character Chinese
    teaser is as long, in content, as a 60-character English one)."""
    if s.isascii() or len(s) > 1000:  # width >= len: long lines fail every limit anyway
        return len(s)
    return len(s) + _wide_count(s)


@lru_cache(maxsize=1024)
def _wide_count(s: str) -> int:
    # Each line is measured by several tests in a row (teaser, title, credit ...).
    return len(WIDE_RE.findall(s))


def cut_off(s: str) -> bool:
    # text.ends_cut_off knows "..." and "…"; CJK and Korean sites also cut
    # with "⋯" or full-width dots. Kept local: text.py is shared. Only the
    # end is looked at: an unanchored search over a 28 KB line costs ms.
    end = s.rstrip()[-12:]
    return ends_cut_off(end) or bool(_EXTRA_ELLIPSIS_RE.search(end))


def ends_sentence(s: str) -> bool:
    s = s.rstrip()
    return s.endswith(FINAL_PUNCT) and not cut_off(s)


@dataclass
class Lines:
    text: str
    starts: list[int]
    lines: list[str]

    @classmethod
    def of(cls, text: str) -> "Lines":
        lines = text.split("\n")
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        return cls(text, starts, lines)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character span of lines first..last, trimmed to non-whitespace."""
        start = self.starts[first]
        end = self.starts[last] + len(self.lines[last])
        chunk = self.text[start:end]
        return start + (len(chunk) - len(chunk.lstrip())), end - (len(chunk) - len(chunk.rstrip()))

    def joined(self, first: int, last: int) -> tuple[int, str]:
        """Lines first..last as one line (breaks read as spaces), with its
        offset in the text: offsets within it are offsets in the text."""
        start, end = self.span(first, last)
        return start, self.text[start:end].replace("\n", " ")

    def prev(self, i: int) -> int:
        """Index of the nearest non-blank line above ``i`` (or -1)."""
        i -= 1
        while i >= 0 and not self.lines[i].strip():
            i -= 1
        return i

    def continues(self, i: int) -> bool:
        """Does line ``i`` break off mid-sentence into line ``i + 1``? Only
        meaningful inside a block :meth:`wrapped` accepts."""
        return not self.lines[i].rstrip().endswith(FINAL_PUNCT)

    def breaks(self, k: int) -> bool:
        """Does line ``k`` break off mid-sentence into line ``k + 1`` the way
        hard-wrapped text does? Then neither line is a unit of its own, even
        where no whole block is recognised (see :meth:`wrapped`)."""
        if k < 0 or k + 1 >= len(self.lines) or not self._may_wrap(k):
            return False
        if not (self.lines[k + 1].strip() and self._breaks_off(self.lines[k].strip())):
            return False  # the common cases, decided without the paragraph
        top, bottom = k, k + 1
        while top > 0 and self.lines[top - 1].strip():
            top -= 1
        while bottom + 1 < len(self.lines) and self.lines[bottom + 1].strip():
            bottom += 1
        texts = [self.lines[j].strip() for j in range(top, bottom + 1)]
        widths = [width(t) for t in texts]
        widest = max(widths)
        if not WRAP_MIN <= widest <= WRAP_MAX:
            return False
        # Most lines of a hard-wrapped paragraph break like this; a lone one
        # among short lines ("» Mehr: Alle Artikel" above a list) is chance.
        breaking = [
            self._breaks_off(texts[j]) and self._full(widths[j], texts[j + 1], widest)
            for j in range(len(texts) - 1)
        ]
        return breaking[k - top] and 2 * sum(breaking) >= len(breaking)

    @staticmethod
    def _full(n: int, following: str, widest: int) -> bool:
        # A line of width ``n`` broken where the next word would not have
        # fitted, and not short.
        word = following.split(None, 1)[0]
        if NO_SPACE_RE.match(word):
            word = word[0]  # Chinese/Japanese wrap between any two characters
        return 2 * n >= widest and n + 1 + width(word) > widest

    @staticmethod
    def _open_end(s: str) -> bool:
        # Lines ending in a colon (lists, dialogue) or an ellipsis (teasers)
        # are complete on their own.
        return not (s.endswith((":", "：")) or cut_off(s) or is_punctuation_only(s))

    @classmethod
    def _breaks_off(cls, s: str) -> bool:
        return not s.endswith(FINAL_PUNCT) and cls._open_end(s)

    def wrapped_top(self, i: int) -> int:
        """First line of the hard-wrapped block ending at line ``i`` (the
        lines below it are gone or blank), or ``i`` when there is none."""
        if i == 0 or not self._may_wrap(i - 1):
            return i  # the common case, decided without a walk
        top = i - 1
        while top > 0 and self.lines[top - 1].strip():
            top -= 1
        return top if self.wrapped(top, i) else i

    def wrapped_bottom(self, i: int, stop: int) -> int:
        """Last line of the hard-wrapped block starting at line ``i`` (the
        lines above it are gone or blank), or ``i`` when there is none. The
        block must end at a blank line before line ``stop``."""
        if not self._may_wrap(i):
            return i
        bottom = i
        while bottom + 1 < len(self.lines) and self.lines[bottom + 1].strip():
            bottom += 1
        return bottom if bottom < stop and self.wrapped(i, bottom) else i

    def _may_wrap(self, i: int) -> bool:
        s = self.lines[i].strip()
        return bool(s) and WRAP_MIN // 2 <= width(s) <= WRAP_MAX

    def wrapped(self, first: int, last: int) -> bool:
        """Do lines first..last look hard-wrapped? Each line but the last is
        broken where the next word would not have fitted in the width of the
        widest line (similar widths, no short title or list line among them),
        none ends in a colon or an ellipsis (lists, dialogue, teasers), at
        least one breaks mid-sentence, and the last line is no separator."""
        if last <= first:
            return False
        texts = [self.lines[k].strip() for k in range(first, last + 1)]
        widths = [width(t) for t in texts]
        widest = max(widths)
        if not WRAP_MIN <= widest <= WRAP_MAX or is_punctuation_only(texts[-1]):
            return False
        mid_sentence = False
        for k in range(len(texts) - 1):
            if not (self._open_end(texts[k]) and self._full(widths[k], texts[k + 1], widest)):
                return False
            mid_sentence = mid_sentence or not texts[k].endswith(FINAL_PUNCT)
        return mid_sentence
