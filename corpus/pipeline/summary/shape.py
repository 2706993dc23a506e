"""Limits and small tests shared by title and summary proposals: density of
the script, headings, speaker labels, display width."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import regex

from ..common.scripts import DENSE_RE, HANGUL_RE, KANA_RE
from ..common.speakers import SPEAKER_LABEL_RE
from ..common.text import SENTENCE_END, split_sentences
from .words import function_words

TITLE_MAX = 90


TITLE_MAX_DENSE = 30
# Japanese writes particles and verb endings in kana, so a headline takes
# about a third more characters than in Chinese: at 30 the lead clause
# rarely reaches its verb.
TITLE_MAX_KANA = 40
# A title may run this long only when no complete phrase fits the limit
# above: a whole clause reads better than one cut short with "…".
TITLE_STRETCH = 120
TITLE_STRETCH_DENSE = 40
TITLE_STRETCH_KANA = 53
SUMMARY_MAX = 300
SUMMARY_MAX_DENSE = 120
SUMMARY_SENTENCES = 3
HEADING_MAX = 100
HEADING_MAX_DENSE = 40
ELLIPSIS = "…"
# Only the start of a paragraph is split into sentences: proposals never
# reach further (a piece cut at the window is longer than any summary, so it
# is never taken whole), and a whole article on one line would cost time.
_WINDOW = 1000
_DENSE_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]"
)
_LETTER_RE = regex.compile(r"\p{L}")
# The same scripts by code point, for a fast first check with the stdlib engine.
_ANY_DENSE_RE = DENSE_RE
_SPEAKER_RE = SPEAKER_LABEL_RE
# Asides in brackets rarely belong in a headline: "(Pekinger Zeit)".
_PARENTHETICAL_RE = re.compile(r"\s*[(\[（【][^()\[\]（）【】]{0,80}[)\]）】]")
# Clause boundaries, tried before cutting between words.
_CLAUSE_RE = re.compile(r"\s*(?:[,;:،؛]\s|\s[–—-]\s|[，、；：])")
_COMMAS = ",،，、"
_WORD_END_RE = re.compile(r"\s+\S*$")
# Sentence and clause punctuation a cut may leave at the end ("…" too, since
# a cut adds its own).
_TRAILING_RE = re.compile(r"[\s.,;:·。，、；：،؛…\-–—।॥።۔．｡]+$")
# What may end a title: anything but sentence or clause punctuation, except
# "?", "!" and "…", which change what the title says.
_TITLE_END_MARKS = frozenset(".,;:·。，、；：،؛-–—।॥።۔．｡")
# A day, year or clock time ("20", "19.", "2024", "10:30"), not an amount.
_DATE_NUMBER_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}\.?|\d{4}|\d{1,2}[:h]\d\d)(?![\d%]|[.,]\d|\s?%)"
)
_DENSE_DATE_RE = re.compile(r"\d+\s*[年月日時时号號点點]")
# Lower-case particles inside personal names, whatever the text's language.
_NAME_PARTICLES = frozenset(
    "al bin ibn bint ben da das de del della der di do dos du el la le van von zu ter den".split()
)
_PARTICLE_RE = re.compile("[-'’]")
_KANA_RE = KANA_RE
_HANGUL_RE = HANGUL_RE
# Strictly head-final languages: every clause ends with its verb and
# subordinate clauses come before the main one, so a prefix that stops at a
# comma stops before the main verb. (Not Hindi or Persian: their "ki"/"ke"
# clauses follow the main verb, so a comma there can end the main clause.)
_HEAD_FINAL = frozenset("ja ko tr az uz kk ky tk mn ta te kn ml si my eu".split())
# An interview turn is not a quotation: "He said: «...»" does not start one.
_QUOTE_OPENERS = "\"'«„“‘‹「『"
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ("‹", "›"), ("「", "」"), ("『", "』"), ("‚", "‘"))
_QUOTE_RE = re.compile("[\"'«»„“”‹›「」『』‚‘]")
_FINAL_MARKS = SENTENCE_END + ":;,，、；：…"


def _is_dense(text: str) -> bool:
    """True when most letters belong to a script written without spaces."""
    sample = text[:600]
    if not _ANY_DENSE_RE.search(sample):
        return False
    letters = len(_LETTER_RE.findall(sample))
    return bool(letters) and len(_DENSE_RE.findall(sample)) * 2 >= letters


def _clean(paragraphs: Sequence[str], count: int = 6) -> list[str]:
    """The first ``count`` non-blank paragraphs, whitespace collapsed, each
    cut to the window that proposals can use."""
    out: list[str] = []
    for paragraph in paragraphs:
        if paragraph and not paragraph.isspace():
            out.append(" ".join(paragraph[: _WINDOW + 200].split()))
            if len(out) == count:
                break
    return out


def _is_heading(paragraph: str, dense: bool) -> bool:
    """A short line without final punctuation, e.g. a headline kept on top."""
    limit = HEADING_MAX_DENSE if dense else HEADING_MAX
    stripped = paragraph.rstrip("\"'»«”“’‘」』)）] ")
    if not stripped or len(paragraph) > limit or stripped[-1] in _FINAL_MARKS:
        return False
    if not _LETTER_RE.search(paragraph) or _SPEAKER_RE.match(paragraph):
        return False
    return len(split_sentences(paragraph)) == 1


def _strip_speaker(text: str) -> str:
    match = _SPEAKER_RE.match(text)
    return text[match.end() :] if match else text


def _balance_quotes(text: str) -> str:
    """Drop an opening quote whose closing partner was cut off (or vice versa)."""
    if not _QUOTE_RE.search(text):
        return text
    for opening, closing in _QUOTE_PAIRS:
        if text.count(opening) > text.count(closing):
            i = text.rfind(opening)
            text = (text[:i] + text[i + 1 :]).strip()
        elif text.count(closing) > text.count(opening) and text.startswith(closing):
            text = text[1:].strip()
    for mark in ('"', "'"):
        if text.count(mark) % 2 and (text.startswith(mark) or text.endswith(mark)):
            text = text.strip(mark).strip()
    return text


def _trim_end(text: str) -> str:
    return _TRAILING_RE.sub("", text)


def _width(text: str) -> int:
    """Display columns: wide and full-width characters (Hangul, CJK) take two."""
    return len(text) + sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")


def _chars_within(text: str, columns: int) -> int:
    """How many characters of ``text`` fit in ``columns`` display columns."""
    used = 0
    for index, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > columns:
            return index
    return len(text)


def _in_run(ch: str) -> bool:
    """A digit or Latin letter (full-width ones too): inside dense text these
    form runs ("2026年", "iPhone", "Ｇ７") that a cut must not split."""
    return ch.isdigit() or (ch.isalpha() and (ord(ch) < 0x250 or 0xFF21 <= ord(ch) <= 0xFF5A))


# Thai and Lao vowels written before their consonant: a syllable, and often
# a word, starts there.
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4"


def _before_leading_vowel(text: str, head: str) -> str:
    """In Thai or Lao, move a cut between characters back to the last
    syllable start in the second half of ``head``; else ``head`` as is."""
    for index in range(len(head), len(head) // 2, -1):
        if text[index] in _LEADING_VOWELS:
            return head[:index]
    return head


def _cut_words(text: str, limit: int, dense: bool, language: str) -> str:
    """Cut at the last word boundary that leaves room for "…", dropping
    dangling function words ("der", "of") so the cut reads naturally."""
    room = limit - 1
    if len(text) <= limit:
        return text
    head = text[:room]
    if dense and not re.search(r"\s", text[room // 2 : room + 1]):
        # No spaces to cut at: cut between characters, but never inside a
        # run of Latin letters or digits embedded in the text.
        while head and _in_run(head[-1]) and _in_run(text[len(head)]):
            head = head[:-1]
        head = head or text[:room]
        head = _before_leading_vowel(text, head)
        # Never separate a base letter from its vowel signs or accents.
        while len(head) > 1 and unicodedata.category(text[len(head)])[0] == "M":
            head = head[:-1]
    elif not text[room].isspace():
        head = _WORD_END_RE.sub("", head) or head
    head = _trim_end(head)
    stop = function_words(language)
    words = head.split()
    while len(words) > 3 and words[-1].casefold().strip("\"'«»„“”") in stop:
        words.pop()
        head = _trim_end(" ".join(words))
    return _balance_quotes(head) + ELLIPSIS


def _starts_turn(text: str) -> bool:
    """Does ``text`` open with a speaker label ("Q:", "س:", "Sorkin:", "记者：")
    followed by the spoken words rather than by a quotation?"""
    match = _SPEAKER_RE.match(text)
    return bool(match) and text[match.end()] not in _QUOTE_OPENERS
