"""Extractive title and summary proposals, in the document's own words.

Both are proposals an editor confirms: nothing is paraphrased or translated,
text is only selected and shortened at clause, sentence or word boundaries.
Script-aware: Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese text
("dense" scripts: a character carries far more than a Latin letter) gets
shorter limits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import regex

from .lexicon import base_language, stopwords
from .text import SENTENCE_END, split_sentences

TITLE_MAX = 80
TITLE_MAX_DENSE = 30
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
_ANY_DENSE_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\U00020000-\U0003ffff]"
)

# "Sorkin:", "Jack Ma:", "Dr. Li Wei:" (up to four capitalised words) or a
# short uncased label ("马云：", "جاك ما:"), followed by the spoken text.
_SPEAKER_RE = regex.compile(
    r"^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"|[\p{Lo}\p{M}]{1,12}(?:\s[\p{Lo}\p{M}]{1,12}){0,2})\s*[:：]\s*(?=\S)"
)
# Asides in brackets rarely belong in a headline: "(Pekinger Zeit)".
_PARENTHETICAL_RE = re.compile(r"\s*[(\[（【][^()\[\]（）【】]{0,80}[)\]）】]")
# Clause boundaries, tried before cutting between words.
_CLAUSE_RE = re.compile(r"\s*(?:[,;:،؛]\s|\s[–—-]\s|[，、；：])")
_WORD_END_RE = re.compile(r"\s+\S*$")
# What may end a title: anything but sentence or clause punctuation.
_TRAILING_RE = re.compile(r"[\s.,;:·。，、；：،؛…\-–—]+$")
_QUOTE_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"), ("‹", "›"), ("「", "」"), ("『", "』"), ("‚", "‘"))
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


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


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
        while head and _is_ascii_alnum(head[-1]) and _is_ascii_alnum(text[len(head)]):
            head = head[:-1]
        head = head or text[:room]
        # Never separate a base letter from its vowel signs or accents.
        while len(head) > 1 and unicodedata.category(text[len(head)])[0] == "M":
            head = head[:-1]
    elif not text[room].isspace():
        head = _WORD_END_RE.sub("", head) or head
    head = _trim_end(head)
    stop = stopwords(language)
    words = head.split()
    while len(words) > 3 and words[-1].casefold().strip("\"'«»„“”") in stop:
        words.pop()
        head = _trim_end(" ".join(words))
    return _balance_quotes(head) + ELLIPSIS


def _cut_clause(text: str, limit: int) -> str | None:
    """The longest prefix ending at a clause boundary, within the limit and at
    least two-fifths of it (a shorter clause says too little)."""
    best = None
    for match in _CLAUSE_RE.finditer(text, 0, limit + 1):
        if match.start() > limit:
            break
        if match.start() >= limit * 0.4:
            best = match.start()
    return text[:best] if best else None


def _finish_title(text: str) -> str:
    return _trim_end(_balance_quotes(_trim_end(text)))


def propose_title(paragraphs: Sequence[str], *, language: str) -> str:
    """A short extractive title in the document's language.

    Guarantees: at most 80 characters (30 for dense scripts such as Chinese or
    Thai), taken from the document's own words; never cut mid-word in spaced
    scripts; ends without sentence punctuation other than "…", "?" or "!".
    A short heading-like first paragraph is used as is; otherwise the lead
    sentence, without a leading speaker label, cut at a clause boundary or
    else at a word boundary with "…". Empty input gives "".
    """
    lines = _clean(paragraphs)
    if not lines:
        return ""
    language = base_language(language)
    dense = _is_dense(" ".join(lines[:3]))
    limit = TITLE_MAX_DENSE if dense else TITLE_MAX
    if _is_heading(lines[0], dense):
        heading = _finish_title(lines[0])
        return heading if len(heading) <= limit else _cut_words(heading, limit, dense, language)

    lead = _strip_speaker(lines[0])
    sentences = split_sentences(lead[:_WINDOW])
    sentence = sentences[0] if sentences else lead
    shorter = _PARENTHETICAL_RE.sub("", sentence).strip()
    if _LETTER_RE.search(shorter):
        sentence = shorter
    sentence = _finish_title(sentence)
    if len(sentence) <= limit:
        return sentence
    clause = _cut_clause(sentence, limit)
    if clause:
        return _finish_title(clause)
    return _cut_words(sentence, limit, dense, language)


def propose_summary(paragraphs: Sequence[str], *, language: str) -> str:
    """The first one to three sentences of the lead, as an extractive summary.

    Guarantees: at most 300 characters (120 for dense scripts), ending at a
    sentence boundary, or, when the first sentence alone is too long, at a
    word boundary followed by "…". A heading-like first paragraph (the one
    ``propose_title`` uses) and a leading speaker label are skipped; when the
    lead paragraph is very short the next one continues it. Empty input -> "".
    """
    lines = _clean(paragraphs)
    if not lines:
        return ""
    language = base_language(language)
    dense = _is_dense(" ".join(lines[:3]))
    limit = SUMMARY_MAX_DENSE if dense else SUMMARY_MAX
    if _is_heading(lines[0], dense):
        lines = lines[1:]
    if not lines:
        return ""
    chosen: list[str] = []
    length = 0
    for index, line in enumerate(lines):
        if index == 0:
            line = _strip_speaker(line)
        for sentence in split_sentences(line[:_WINDOW]):
            # CJK sentences follow each other without a space.
            joiner = "" if not chosen or chosen[-1][-1:] in "。！？" else " "
            extra = len(joiner) + len(sentence)
            if length + extra > limit or len(chosen) == SUMMARY_SENTENCES:
                break
            chosen.append(joiner + sentence)
            length += extra
        else:
            # Paragraph used up: continue into the next one only while the
            # summary is still a fragment.
            if length < limit / 3 and len(chosen) < SUMMARY_SENTENCES:
                continue
        break
    if chosen:
        return "".join(chosen)
    first = split_sentences(_strip_speaker(lines[0])[:_WINDOW])
    return _cut_words(first[0] if first else lines[0], limit, dense, language)
