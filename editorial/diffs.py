"""Differences between texts, for the compare screens. Pure functions.

Versions are aligned paragraph by paragraph on their stable ids, then each
changed paragraph is compared word by word with the standard library's
:mod:`difflib` (SequenceMatcher over word tokens). The raw source is marked
with the blocks the import removed, each with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import regex

# Words (letters, marks, digits, joined by apostrophes or hyphens), or any
# single other character. Scripts written without spaces (CJK, Thai) fall
# back to one token per character, which is also how readers see changes.
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|\s+|.", regex.DOTALL)
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str = "equal"  # equal | insert | delete


@dataclass(frozen=True)
class Row:
    """One aligned paragraph: ``kind`` is same, changed, added or removed."""

    kind: str
    left: tuple[Segment, ...] = ()
    right: tuple[Segment, ...] = ()
    paragraph_id: str = ""

    @property
    def changed(self) -> bool:
        return self.kind != "same"


def tokens(text: str) -> list[str]:
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if len(token) > 1 and _DENSE.search(token):
            out.extend(token)
        else:
            out.append(token)
    return out


def word_diff(old: str, new: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """Left (old, deletions marked) and right (new, insertions marked)."""
    a, b = tokens(old), tokens(new)
    left: list[Segment] = []
    right: list[Segment] = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            left.append(Segment("".join(a[a0:a1])))
            right.append(Segment("".join(b[b0:b1])))
            continue
        if a1 > a0:
            left.append(Segment("".join(a[a0:a1]), "delete"))
        if b1 > b0:
            right.append(Segment("".join(b[b0:b1]), "insert"))
    return tuple(left), tuple(right)


def _row(old: dict | None, new: dict | None) -> Row:
    if old is None:
        return Row("added", right=(Segment(new["text"], "insert"),), paragraph_id=new["id"])
    if new is None:
        return Row("removed", left=(Segment(old["text"], "delete"),), paragraph_id=old["id"])
    if old["text"] == new["text"]:
        return Row("same", (Segment(old["text"]),), (Segment(new["text"]),), new["id"])
    left, right = word_diff(old["text"], new["text"])
    return Row("changed", left, right, new["id"])


def compare_paragraphs(old: Sequence[dict], new: Sequence[dict]) -> list[Row]:
    """Rows aligning ``old`` and ``new`` paragraphs by id, in reading order."""
    old_ids, new_ids = [p["id"] for p in old], [p["id"] for p in new]
    rows: list[Row] = []
    for tag, a0, a1, b0, b1 in SequenceMatcher(a=old_ids, b=new_ids, autojunk=False).get_opcodes():
        if tag == "equal":
            rows.extend(_row(old[a0 + i], new[b0 + i]) for i in range(a1 - a0))
            continue
        rows.extend(_row(p, None) for p in old[a0:a1])
        rows.extend(_row(None, p) for p in new[b0:b1])
    return rows


def compare_field(old: str, new: str) -> Row:
    """A title or summary as one row."""
    if not old and not new:
        return Row("same")
    return _row({"id": "", "text": old} if old else None, {"id": "", "text": new} if new else None)


@dataclass
class MarkedSource:
    """The raw text cut into plain and removed parts, and removals that
    could not be located in it (shown after it, never dropped)."""

    parts: list[tuple[str, int | None]] = field(default_factory=list)
    unlocated: list[int] = field(default_factory=list)


def mark_removals(raw_text: str, removed: Sequence[dict]) -> MarkedSource:
    """Mark where each removed block stood in ``raw_text``.

    ``parts`` is a list of (text, removal index or None) covering the whole
    raw text in order. Blocks are searched from left to right, each after
    the previous one found, so repeated lines mark their own occurrence.
    """
    spans: list[tuple[int, int, int]] = []
    result = MarkedSource()
    cursor = 0
    for index, block in enumerate(removed):
        text = block.get("text", "")
        at = raw_text.find(text, cursor) if text else -1
        if at < 0 and text:
            at = raw_text.find(text)
            if any(start <= at < end for start, end, _ in spans):
                at = -1
        if at < 0:
            result.unlocated.append(index)
            continue
        spans.append((at, at + len(text), index))
        cursor = at + len(text)
    spans.sort()
    position = 0
    for start, end, index in spans:
        if start < position:  # overlapping find: keep the first, list the other
            result.unlocated.append(index)
            continue
        if start > position:
            result.parts.append((raw_text[position:start], None))
        result.parts.append((raw_text[start:end], index))
        position = end
    if position < len(raw_text):
        result.parts.append((raw_text[position:], None))
    result.unlocated.sort()
    return result
