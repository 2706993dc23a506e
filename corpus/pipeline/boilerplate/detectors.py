"""Line detectors of the boilerplate step: what a credit, copyright,
disclaimer, separator, prompt or navigation line looks like."""

from __future__ import annotations

import re

import regex

from ..common.caseless import CaselessPattern
from ..common.scripts import is_cjk
from ..common.speakers import SPEAKER_LABEL_RE
from ..common.text import is_punctuation_only, words
from ..types import RemovalReason
from . import lexicon as lex
from .lines import (
    cut_off,
    ends_sentence,
    labels,
    width,
)
from .rules import classify, is_editor_note

# --- Limits (characters; CJK characters count double, see width) ----------
TEASER_MAX = 200  # a related-article teaser line is a title plus a few words


SINGLE_TEASER_MAX = 150  # a lone cut-off line at the tail, without a run
TITLE_MAX = 120  # a short line without final punctuation (title, heading)
HEADING_MAX = 60  # generic heading above a teaser block
CREDIT_MAX_EDGE = 300  # credit/copyright/disclaimer line at the head or tail
CREDIT_MAX_MIDDLE = 160  # ... in the middle of the text: must be short
SOURCE_MAX = 200  # "Source: ..." credit lines name an agency or a few people
DISCLAIMER_MAX = 700
_COLON = r"\s*[:：=]"
_LABEL_END = r"\s*[:：\-–—]"
_HEADING_RE = labels(lex.TEASER_HEADINGS, r"\s*[:：.!»›>→\-–—…\])】）]*\s*$")
# "Lesen Sie auch: Warum der DAX fällt" - a read-more link line.
_READ_MORE_RE = regex.compile(
    labels(lex.TEASER_HEADINGS, r"\s*(?:[:：»›>→|]|[-–—]|\.{2,}|…)\s*\S").pattern
    # A read-also phrase of two words or more ("यह भी पढ़ें", "相关阅读") needs no
    # separator before the linked title.
    + "|"
    + labels(
        tuple(p for p in lex.TEASER_HEADINGS if len(p.split()) >= 2 or (is_cjk(p[0]) and len(p) >= 4)),
        r"\s+\S",
    ).pattern,
    regex.I,
)
_SOURCE_RE = re.compile(
    labels(lex.SOURCE_MARKERS, _COLON).pattern
    + "|"
    + labels(lex.SOURCE_PHRASES_NO_COLON, r"\s+\S").pattern,
    re.I,
)
_PICTURE_RE = labels(lex.PICTURE_MARKERS, _COLON)
# "Copyright" alone may open a headline ("Copyright reform passes"): it
# must be followed by a mark, a year or "by".
_COPYRIGHT_LEAD_RE = re.compile(
    r"^[\s\[(]*(?:©|℗|copyright\s*(?:©|\(c\)|(?:19|20)\d\d|by\b)|\(c\)\s*(?:19|20)\d\d)", re.I
)
# "(c) Example Media": only a short capitalised name, "(c) the third
# option" is the last item of a list.
_COPYRIGHT_NAME_RE = regex.compile(r"^[\s\[(]*\([cC]\)\s*\p{Lu}\S*(?:\s+\p{Lu}\S*){0,4}\s*\)?\s*$")
# Searched anywhere in a line: CaselessPattern, as re.I alternations are slow there.
_COPYRIGHT_ANY = CaselessPattern(lambda alt: rf"©|{alt(lex.COPYRIGHT_PHRASES)}")
_DISCLAIMER_LEAD_RE = labels(lex.DISCLAIMER_MARKERS, _LABEL_END)
_DISCLAIMER_EDGE_RE = labels(lex.DISCLAIMER_MARKERS_EDGE, _LABEL_END)
_DISCLAIMER_ANY = CaselessPattern(lambda alt: alt(lex.DISCLAIMER_PHRASES))
_NAV_LABEL_RE = labels(lex.NAVIGATION_LABELS, r"\s*[:：]")
_NAV_CALL_RE = labels(lex.NAVIGATION_CALLS, r"(?![^\W_])")
# Prompt / navigation markers. A lone "»" counts only when followed by a
# space and never closed by "«" (German quotes are »like this«).
_PROMPT_RE = re.compile(
    r"^\s*(?:>{2,}|>\s*[:：]|<{2,}|-{1,2}>|={1,2}>|»{2,}|›{2,}"
    r"|[→⇒⇨➔➜➝➞➟➠➡➢➣➤►▶▸▹➽]"
    r"|»\s(?!.*«))"
)
_STRICT_PROMPT_RE = re.compile(r"^\s*(?:>{2,}|>\s*[:：]|<{2,}|-{1,2}>|={1,2}>|»{2,})")
# A separator glued to the end of a paragraph: "... 2018. |".
_GLUED_SEPARATOR_RE = re.compile(
    r"(?<=\S)[ \t\u00a0]+(?:[|¦‖│┃]+|[—―]+|-{2,}|\*{2,}|#{2,}|={2,}|_{2,}|~{2,}|(?:•\s*){2,})\s*$"
)
# "... danke! | Als Gewinner ..." - a separator between content and a bio.
_INLINE_SEPARATOR_RE = re.compile(r"\s[|¦‖│┃]\s")
_SPEAKER_RE = SPEAKER_LABEL_RE
# "(dpa)", "(AFP/Reuters)", "— Reuters": an agency tag on a line of its own.
_AGENCY_TAG_RE = regex.compile(
    r"^(?:[(\[（]\s*[\p{L}\p{N}][\p{L}\p{N} ./&,+-]{0,38}[)\]）]"
    r"|(?:[—–]|--?)\s*[\p{Lu}\p{Lo}][\p{L}\p{N} ./&-]{0,30})$"
)
# "Letter" means str.isalpha here, as everywhere else in the pipeline: the
# regex module's \p{L} knows letters newer than Python's Unicode tables, and
# the stdlib's [^\W\d_] also takes numerals such as "¼", so candidates are
# found by regex and confirmed by isalpha.
_LETTER_RE = regex.compile(r"\p{L}")


def _letter_in(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    end = len(text) if endpos is None else endpos
    if pos == 0 and end == len(text) and text.isascii():
        return text.lower() != text.upper()  # an ASCII letter is a cased one
    return any(m.group().isalpha() for m in _LETTER_RE.finditer(text, pos, end))


def _has_letters(s: str) -> bool:
    return _letter_in(s)


def _is_teaser(s: str) -> bool:
    return cut_off(s) and 8 <= width(s) <= TEASER_MAX and _has_letters(s)


def _is_title_like(s: str) -> bool:
    s = s.strip()
    ends_open = s.endswith((",", ";", "，", "、")) or ends_sentence(s) or cut_off(s)
    return width(s) <= TITLE_MAX and _has_letters(s) and not ends_open


def _credit(s: str, *, edge: bool) -> tuple[RemovalReason, str] | None:
    """Source, copyright or disclaimer line. ``edge`` lines (head or tail)
    may be longer and may carry the marker phrase anywhere; lines in the
    middle must be short and start with the marker."""
    n = width(s)
    short = CREDIT_MAX_EDGE if edge else CREDIT_MAX_MIDDLE
    if n <= short and (_COPYRIGHT_LEAD_RE.match(s) or (edge and _COPYRIGHT_NAME_RE.match(s))):
        return RemovalReason.COPYRIGHT, "a short line starting with a copyright mark"
    if edge and n <= DISCLAIMER_MAX and _DISCLAIMER_EDGE_RE.match(s) or (
        n <= (DISCLAIMER_MAX if edge else CREDIT_MAX_MIDDLE * 2) and _DISCLAIMER_LEAD_RE.match(s)
    ):
        return RemovalReason.DISCLAIMER, "a line introduced by a disclaimer label"
    if n <= min(short, SOURCE_MAX) and _SOURCE_RE.match(s):
        # A credit names someone; a long or questioning remainder is speech
        # ("Editor: What do you make of it?"), and "Photo: <ten words>" is a
        # caption or a headline, not a credit.
        rest = _SOURCE_RE.sub("", s, count=1)
        limit = 6 if _PICTURE_RE.match(s) else (25 if edge else 12)
        if len(words(rest)) <= limit and not rest.rstrip().endswith(("?", "!", "？", "！")):
            return RemovalReason.SOURCE_LINE, "a short credit line opened by a source/editor label"
    if edge and _AGENCY_TAG_RE.match(s) and len(words(s)) <= (4 if s[0] in "([（" else 3):
        return RemovalReason.SOURCE_LINE, "an agency tag in brackets on a line of its own"
    if edge and n <= short and _COPYRIGHT_ANY.search(s):
        return RemovalReason.COPYRIGHT, "a short line carrying a copyright notice"
    if edge and n <= DISCLAIMER_MAX and _DISCLAIMER_ANY.search(s):
        return RemovalReason.DISCLAIMER, "a line disclaiming the views or advice expressed"
    return None


def _standalone(s: str, *, edge: bool) -> tuple[RemovalReason, str] | None:
    """Classify one stripped, non-blank line on its own (no context)."""
    if is_editor_note(s):
        return None  # "Editor's note:", "Correction:" are content
    if is_punctuation_only(s):
        return RemovalReason.SEPARATOR, "a line made only of punctuation or symbols"
    found = _credit(s, edge=edge)
    if found:
        return found
    if width(s) <= 400:
        if (_PROMPT_RE if edge else _STRICT_PROMPT_RE).match(s):
            return RemovalReason.PROMPT_LINE, "a line opened by a prompt/navigation marker"
        if width(s) <= TITLE_MAX * 2 and _READ_MORE_RE.match(s):
            return RemovalReason.PROMPT_LINE, "a 'read more' link line"
        if edge and width(s) <= TITLE_MAX and (_NAV_LABEL_RE.match(s) or _NAV_CALL_RE.match(s)):
            return RemovalReason.PROMPT_LINE, "a short tag, share or subscribe navigation line"
    return classify(s, edge=edge)


def junk_reason(line: str) -> tuple[RemovalReason, str] | None:
    """What junk ``line`` is on its own evidence, judged as a line at the head
    of a text (where credits, stamps, codes and cookie text gather); None when
    no detector recognises it. For steps after this one that must never take
    such a line for content, such as the proposed title."""
    line = line.strip()
    return _standalone(line, edge=True) if line else None
