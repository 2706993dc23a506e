"""Extractive summary proposals, in the document's own words (the title is
proposed in ``title``).

Both are proposals an editor confirms: nothing is paraphrased or translated,
text is only selected and shortened at clause, sentence or word boundaries.
Script-aware: Chinese, Japanese, Thai, Lao, Khmer and Burmese text ("dense"
scripts: a character carries far more than a Latin letter) gets shorter
limits."""

from __future__ import annotations

from collections.abc import Sequence

from ..common.lexicon import base_language
from ..common.text import split_sentences
from .shape import (
    _WINDOW,
    SUMMARY_MAX,
    SUMMARY_MAX_DENSE,
    SUMMARY_SENTENCES,
    _clean,
    _cut_words,
    _is_dense,
    _is_heading,
    _starts_turn,
    _strip_speaker,
)


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
