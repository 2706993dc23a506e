"""Limits and small tests on the shape of lines and sentences, shared by the
structure step's modules."""

from __future__ import annotations

import re

import regex

from ..common.scripts import CJK_PUNCT, CJK_RE, NO_SPACE, NO_SPACE_LANGUAGES
from ..common.speakers import CJK_SPEECH_VERBS
from ..common.text import CLOSERS, SENTENCE_END
from .labels import (
    EXTRA_SENTENCE_END,
    LETTERS,
    SPACE_ENDS_SENTENCE_RE,
)

# --- Thresholds --------------------------------------------------------------
# Lengths are "weights": characters, with wide (CJK, Hangul) characters counted
# twice, because one of them carries about as much text as two Latin letters.
#
# News paragraphs rarely pass ~800 characters (the longest paragraph of a
# typical wire story is 400-700), so 1,200 leaves room for a long legitimate
# paragraph while still catching walls: whole articles on one line.
WALL_LIMIT = 1200


# A speaker's answer is one unit of meaning and cutting it loses the visual
# link to the label, so turns are tolerated longer than anonymous walls.
TURN_LIMIT = 1500
# Walls are cut into pieces of about this weight, at sentence ends only...
CHUNK_TARGET = 600
# ...but a chunk never grows past this just to keep a quotation whole.
CHUNK_HARD_MAX = 1600
# A last chunk lighter than this is merged into the previous one.
CHUNK_TAIL_MIN = 150
# Hard-wrap widths seen in practice: 60-80 columns (e-mail, terminals),
# down to ~30 for narrow newspaper columns; wider lines are paragraphs.
WRAP_MIN_WIDTH = 30
WRAP_MAX_WIDTH = 110
# A wrapped line is "full" when it reaches this share of the wrap width; a
# line that stops well short of it was ended on purpose.
FULL_LINE = 0.6
# A full line ending a sentence is only a continuation when it is really
# full; ending a sentence at 70% of the width means the writer pressed enter.
FULL_SENTENCE_LINE = 0.85
# Outside wrapped text, a line ending mid-sentence before a lower-case line is
# a broken sentence, unless it is short (a list item, a heading).
BROKEN_LINE_MIN = 40
MAX_LABEL_WORDS = 4
MAX_LABEL_CHARS = 40
MAX_CJK_LABEL = 8
HEADING_MAX_WORDS = 10
HEADING_MAX_CHARS = 100
HEADING_WINDOW = 120
# --- Character classes -------------------------------------------------------
_NO_SPACE = NO_SPACE  # kana + Han (common.scripts)
_WIDE_RE = CJK_RE
_NO_SPACE_CHAR_RE = re.compile(f"[{NO_SPACE}{CJK_PUNCT}]")
_NO_SPACE_LANGS = NO_SPACE_LANGUAGES
# A label's colon: ":" then whitespace (en/de), " :" after a (narrow) no-break
# space (fr; found by _colon_start so the regex can jump straight to colons),
# full-width "：" (CJK), or ":" glued to CJK text. Times (10:30), URLs
# (http://) and ratios (3:1) are not followed by whitespace.
_COLON_RE = re.compile(rf":(?=\s|$|[{_NO_SPACE}])|：")
_FRENCH_SPACES = " \u00a0\u202f"
_CJK_LABEL_RE = re.compile(rf"[{_NO_SPACE}·・]+\Z")
_OPENING_QUOTES = "\"«„“‘「『»"
# Chinese/Japanese "he said:" is a colon after a name too; these verbs end
# reported speech, never a speaker label.
_SPEECH_VERBS = CJK_SPEECH_VERBS
_SENTENCE_END = SENTENCE_END + EXTRA_SENTENCE_END
_SENT_END_RE = re.compile(
    rf"(?:[.!?…؟۔।॥{EXTRA_SENTENCE_END}]+[{re.escape(CLOSERS)}]*\s+"
    rf"|[。！？][{re.escape(CLOSERS)}]*\s*)"
)
_HEADING_FORBIDDEN = frozenset(".!?…。！？؟;；,，:：、")
# Dash-introduced turns ("— Bonjour. — Salut.") start a sentence and are
# followed by a word; "— dit-il" (lower case) is an attribution, not a turn.
# A hyphen-minus stands in for the dash only with a space after it. The
# regex finds the dash and the first letter; _at_sentence_start checks what
# precedes the dash.
_DASH_TURN_RE = regex.compile(r"(?:[—–―][ \u00a0\u202f]?|-[ \u00a0\u202f])[«„\"“¿¡]?(\p{L})")
# What a name mentioned in the text must not run into.
_NAME_CHAR_RE = regex.compile(rf"[{LETTERS}\p{{N}}_]")
_LIST_START_RE = re.compile(r"(?:[-–—•*·▪●►]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_QUOTE_GROUPS = ('"', "„“”", "«»", "「」", "『』")
_QUOTE_GROUP_OF = {ch: i for i, group in enumerate(_QUOTE_GROUPS) for ch in group}
_QUOTE_RE = re.compile("[" + "".join(_QUOTE_GROUPS) + "]")


def _weight(s: str) -> int:
    if not _WIDE_RE.search(s):
        return len(s)
    return len(s) + len(_WIDE_RE.findall(s))


def _ends_sentence(s: str) -> bool:
    s = s.rstrip(CLOSERS)
    return bool(s) and s[-1] in SENTENCE_END


def _first_letter(s: str) -> str:
    for ch in s:
        if ch.isalpha():
            return ch
    return ""


def _starts_lower(s: str) -> bool:
    return _first_letter(s[:3]).islower()


def _all_caps(s: str) -> bool:
    return any(ch.isupper() for ch in s) and not any(ch.islower() for ch in s)


def _at_sentence_start(text: str, pos: int, floor: int = 0) -> bool:
    """True when only whitespace, a line break or a sentence end precedes
    pos; in Thai and Lao, which end sentences with a space, any space."""
    i = pos
    while i > floor and text[i - 1].isspace():
        i -= 1
    if i == floor or "\n" in text[i:pos]:
        return True
    if i < pos and SPACE_ENDS_SENTENCE_RE.match(text[i - 1]):
        return True
    while i > floor and text[i - 1] in CLOSERS:
        i -= 1
    return i == floor or text[i - 1] in _SENTENCE_END


def _colon_start(text: str, match: re.Match) -> int:
    """Start of a label's colon, including the space French puts before it."""
    pos = match.start()
    if match.group() == ":" and pos > 1 and text[pos - 1] in _FRENCH_SPACES:
        if not text[pos - 2].isspace():
            return pos - 1
    return pos


def _heading_like(span: str, label: str) -> bool:
    """A few words without sentence punctuation that do not start lower-case
    before ``label``; one word only in CJK, or in capitals before a label in
    capitals ("BEGINNINGS INTERVIEWER:")."""
    if not span or any(ch in _HEADING_FORBIDDEN for ch in span):
        return False
    first = _first_letter(span)
    if not first or first.islower():
        return False
    words = span.split()
    if len(words) == 1 and _NO_SPACE_CHAR_RE.search(span):
        return 3 <= len(span) <= 25
    if len(words) == 1 and _all_caps(span) and _all_caps(label):
        return sum(ch.isalpha() for ch in span) >= 3
    return 2 <= len(words) <= HEADING_MAX_WORDS and len(span) <= HEADING_MAX_CHARS
