"""Aligning a translation with its source text, paragraph by paragraph. Pure.

A translation version's paragraphs use the ids of the source paragraphs they
translate, and each records ``src``: a digest of the source text it was
translated from (empty for a paragraph not translated yet, which holds the
source text as a placeholder). Comparing those digests with the source
version a translation claims to follow tells, per row, what is current,
what changed in the source since, what the source added and what it
removed — by id, never by position, so reordered paragraphs stay matched.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

Paragraph = dict


def source_digest(text: str) -> str:
    """A short, stable fingerprint of a source paragraph's text."""
    normalized = " ".join(unicodedata.normalize("NFC", text or "").split())
    return hashlib.sha1(normalized.encode("utf-8")).hexdigest()[:16]


class RowState(StrEnum):
    CURRENT = "current"  # translated from the source text as it is now
    CHANGED = "changed"  # the source paragraph changed since it was translated
    UNTRANSLATED = "untranslated"  # new in the source, or never translated
    REMOVED = "removed"  # translated, but the source no longer has it


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side view: a source paragraph (or a removed
    one) and its translation."""

    id: str
    state: RowState
    source: str  # the source text now ("" for a removed paragraph)
    translation: str  # the translated text ("" when there is none)
    machine: dict | None = None  # {"engine", "at"} for a machine draft not edited since

    @property
    def needs_work(self) -> bool:
        return self.state is not RowState.CURRENT


def align(source: Sequence[Paragraph], translation: Sequence[Paragraph]) -> list[Row]:
    """The rows of ``translation`` against ``source``, in source order, with
    removed paragraphs after the paragraph they followed."""
    translated = {p["id"]: p for p in translation}
    source_ids = {p["id"] for p in source}
    rows: list[Row] = []
    for paragraph in source:
        row = translated.get(paragraph["id"])
        if row is not None and "src" not in row:
            state = RowState.CURRENT  # made before paragraphs recorded their source: not tracked
        elif row is None or not row["src"]:
            state = RowState.UNTRANSLATED
        elif row["src"] == source_digest(paragraph["text"]):
            state = RowState.CURRENT
        else:
            state = RowState.CHANGED
        rows.append(Row(paragraph["id"], state, paragraph["text"],
                        row["text"] if row and state is not RowState.UNTRANSLATED else "",
                        row.get("mt") if row else None))
    # Removed from the source: shown where they stood in the translation.
    for index, paragraph in enumerate(translation):
        if paragraph["id"] in source_ids:
            continue
        before = next((p["id"] for p in reversed(translation[:index]) if p["id"] in source_ids), None)
        at = next((i + 1 for i, r in enumerate(rows) if r.id == before), 0)
        rows.insert(at, Row(paragraph["id"], RowState.REMOVED, "", paragraph["text"], paragraph.get("mt")))
    return rows


def carry_over(source: Sequence[Paragraph], previous: Sequence[Paragraph]) -> list[Paragraph]:
    """A translation's paragraphs following ``source``: each source paragraph
    keeps its earlier translation (and that translation's ``src``, so a
    changed source still shows as changed), and a new one holds the source
    text, untranslated. Paragraphs the source removed are dropped."""
    earlier = {p["id"]: p for p in previous}
    rows = []
    for paragraph in source:
        kept = earlier.get(paragraph["id"])
        if kept is not None and kept.get("src"):
            rows.append(dict(kept))
        else:
            rows.append({"id": paragraph["id"], "text": paragraph["text"], "src": ""})
    return rows


def apply_texts(
    source: Sequence[Paragraph],
    previous: Sequence[Paragraph],
    texts: dict[str, str],
    *,
    confirmed: frozenset[str] = frozenset(),
) -> list[Paragraph]:
    """The translation after a translator's save. ``texts`` maps source
    paragraph ids to translated texts. A row whose text differs from the
    carried-over one, or whose id is in ``confirmed``, now follows the
    current source text; an untouched row keeps its old state (an outdated
    row stays outdated until someone updates or confirms it)."""
    rows = carry_over(source, previous)
    by_source = {p["id"]: p["text"] for p in source}
    for row in rows:
        if row["id"] not in texts:
            continue
        text = texts[row["id"]].strip()
        touched = text != row["text"] or (not row["src"] and text != by_source[row["id"]])
        if touched or row["id"] in confirmed:
            row["text"] = text
            row["src"] = source_digest(by_source[row["id"]])
            row.pop("mt", None)  # edited (or vouched for) by a person now
    return rows


def is_tracked(translation: Sequence[Paragraph]) -> bool:
    """Whether ``translation``'s paragraphs record their source paragraphs."""
    return any("src" in paragraph for paragraph in translation)


def needing_work(source: Sequence[Paragraph], translation: Sequence[Paragraph]) -> list[Row]:
    """Rows that are untranslated or follow an older source text (removed
    rows are not counted: they are simply dropped at the next save). A
    translation none of whose paragraphs records its source (made as a
    plain text, or before paragraphs recorded it) is not tracked."""
    if not is_tracked(translation):
        return []
    return [row for row in align(source, translation) if row.state in (RowState.CHANGED, RowState.UNTRANSLATED)]
