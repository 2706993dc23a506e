"""Extractive title and summary proposals, in the document's own words.

Both are proposals an editor confirms: nothing is paraphrased or translated,
text is only selected and shortened at clause, sentence or word boundaries.
Script-aware: Chinese, Japanese, Thai, Lao, Khmer and Burmese text ("dense"
scripts: a character carries far more than a Latin letter) gets shorter
limits. Korean titles are cut between words like Latin ones, with the limit
counted in display columns."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..common.lexicon import base_language
from ..common.text import split_sentences
from .shape import (
    _ANY_DENSE_RE,
    _HANGUL_RE,
    _HEAD_FINAL,
    _KANA_RE,
    _LETTER_RE,
    _PARENTHETICAL_RE,
    _WINDOW,
    SUMMARY_MAX,
    SUMMARY_MAX_DENSE,
    SUMMARY_SENTENCES,
    TITLE_MAX,
    TITLE_MAX_DENSE,
    TITLE_MAX_KANA,
    _clean,
    _cut_words,
    _is_dense,
    _is_heading,
    _starts_turn,
    _strip_speaker,
    _width,
)
from .shorten import _char_limit, _finish_title, _shorten_sentence

# "BERLIN (dpa) – ", "WASHINGTON, March 3 (Reuters) - ", "Paris (AFP) — ",
# "SÃO PAULO — ": a dateline opens the story but is no part of its headline.
_DATELINE_RE = regex.compile(
    r"^\s*(?:\p{Lu}[\p{L}.'’/-]*(?:\s\p{Lu}[\p{L}.'’/-]*){0,3}(?:,\s*[^()\n]{1,30}?)?"
    r"\s*\([^()\n]{1,30}\)|\p{Lu}[\p{Lu}.'’/-]+(?:\s\p{Lu}[\p{Lu}.'’/-]+){0,3}"
    r"(?:,\s*[^()\n]{1,30}?)?)\s*[-–—:]\s+(?=\S)"
)


def _strip_dateline(text: str) -> str:
    match = _DATELINE_RE.match(text)
    return text[match.end() :] if match and len(text) - match.end() >= 20 else text


def propose_title(paragraphs: Sequence[str], *, language: str) -> str:
    """A short extractive title in the document's language.

    Guarantees: at most 90 characters (30 for dense scripts such as Chinese or
    Thai, 40 for Japanese; 80 display columns for Korean), taken from the
    document's own words; never cut mid-word in spaced scripts; ends without
    sentence punctuation other than "…", "?" or "!". A short heading-like
    first paragraph is used as is; otherwise the lead sentence, without a
    leading speaker label or bracketed asides, whole if it fits, else without
    a fronted date or an apposition after the subject, else cut where a
    clause ends or, failing that, between words with "…". Empty input -> "".
    """
    lines = _clean(paragraphs)
    if not lines:
        return ""
    language = base_language(language)
    sample = " ".join(lines[:3])[:600]
    dense = _is_dense(sample)
    heading = _is_heading(lines[0], dense)
    limit = TITLE_MAX_DENSE if dense else TITLE_MAX
    measure = len
    head_final = language in _HEAD_FINAL
    if dense and len(_HANGUL_RE.findall(sample)) * 2 >= len(_ANY_DENSE_RE.findall(sample)):
        # Korean puts spaces between words: cut there, counting Hangul
        # syllables as the two columns they take.
        dense, limit, measure, head_final = False, TITLE_MAX, _width, True
    elif dense and _KANA_RE.search(sample):
        limit, head_final = TITLE_MAX_KANA, True

    if heading:
        sentence = _finish_title(lines[0])
        if measure(sentence) <= limit:
            return sentence
        return _cut_words(sentence, _char_limit(sentence, limit, measure), dense, language)

    lead = _strip_dateline(_strip_speaker(lines[0]))
    sentences = split_sentences(lead[:_WINDOW])
    sentence = sentences[0] if sentences else lead
    shorter = _PARENTHETICAL_RE.sub("", sentence).strip()
    if _LETTER_RE.search(shorter):
        sentence = shorter
    sentence = _finish_title(sentence)
    if measure(sentence) <= limit:
        return sentence
    return _shorten_sentence(sentence, limit, measure, dense, head_final, language)


def propose_summary(paragraphs: Sequence[str], *, language: str) -> str:
    """The first one to three sentences of the lead, as an extractive summary.

    Guarantees: at most 300 characters (120 for dense scripts), ending at a
    sentence boundary, or, when the first sentence alone is too long, at a
    word boundary followed by "…". A heading-like first paragraph (the one
    ``propose_title`` uses) and a leading speaker label are skipped; when the
    lead paragraph is very short the next one continues it. The summary
    stops before a sentence or paragraph that opens an interview turn ("Q:",
    "س:", "Sorkin:"): only the introduction is summarised. Empty input -> "".
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
        elif _starts_turn(line):
            break
        for sentence in split_sentences(line[:_WINDOW]):
            # CJK sentences follow each other without a space.
            joiner = "" if not chosen or chosen[-1][-1:] in "。！？" else " "
            extra = len(joiner) + len(sentence)
            if length + extra > limit or len(chosen) == SUMMARY_SENTENCES:
                break
            if chosen and _starts_turn(sentence):
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
