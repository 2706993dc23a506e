"""Recover paragraphs from plain text: keep the ones the author made, re-join
hard-wrapped lines, and split walls of text at speaker turns, inline section
headings and sentence boundaries.

Everything here reads typography and layout (line widths, sentence ends,
colons, capitalisation), never the words of one language; the only word
lists are the interview markers ("Q"/"A", "问"/"答"; structure_labels.py)
and a few Chinese reported-speech verbs. The text is never changed except
for whitespace: paragraphs are cut out of the input, and a line break inside
one becomes a space, or nothing between CJK characters and after a hyphen
("Ver-fahren")."""

from __future__ import annotations

from ..types import Structured
from .labels import (
    rank_speakers,
    speaker_corrections,
)
from .lines import _line_paragraphs
from .speakers import _find_labels, _mentions
from .turns import _split_paragraph


def recover_paragraphs(text: str, *, language: str | None = None) -> Structured:
    """Split ``text`` into paragraphs and report the speakers of an interview.

    Guarantees: no character is lost, added or reordered except whitespace
    (``"".join(p.split())`` over the paragraphs equals the same over the
    input); every paragraph is stripped and non-empty. Paragraphs the author
    made (blank lines, one paragraph per line) are kept; hard-wrapped lines
    are re-joined; paragraphs are cut at speaker turns of labels that recur
    in the document, at inline headings standing before such a label, and
    walls longer than ``WALL_LIMIT`` at sentence ends. ``corrections`` flags
    speaker labels that look like misspellings of a more frequent one; the
    text itself is not changed. ``language`` (ISO 639-1) is a hint used when
    re-joining wrapped lines of languages written without spaces.
    """
    labels = _find_labels(text)
    paragraphs: list[str] = []
    for block in _line_paragraphs(text, language, labels):
        paragraphs.extend(_split_paragraph(block, labels, text))
    mentions = {label: _mentions(text, label) for label in labels.turns}
    return Structured(
        paragraphs=tuple(paragraphs),
        corrections=tuple(speaker_corrections(labels, mentions)),
        speakers=rank_speakers(labels, mentions),
    )
