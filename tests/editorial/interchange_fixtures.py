"""Shared data for the round-trip tests: a live English story with a
German translation, and edits made to exported files the way a translator
(or their tool) would make them."""

from __future__ import annotations

import pytest
import tablib
from import_export.formats.base_formats import XLSX

from editorial.models import Edition, Version
from editorial.services import translation_create
from tests.factories import make_edition, publish, translator

SOURCE = ["The parliament met.", "It debated the budget.", "Nothing was decided.", "The vote is in May."]
GERMAN = ["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts wurde beschlossen.", "Abgestimmt wird im Mai."]


@pytest.fixture
def story():
    """A live English story with a German translation of all four paragraphs."""
    edition = make_edition(language="en", title="Budget talks", paragraphs=SOURCE)
    publish(edition.latest_version)
    edition.refresh_from_db()
    translation_create(source_version=edition.live_version, language="de", user=translator(username="tina"),
                       paragraphs=GERMAN, title="Haushaltsgespräche")
    return edition


def german(story) -> Version:
    return Edition.objects.get(article=story.article, language="de").latest_version


# -- editing each format the way a translator would ----------------------------


def edit_xliff(data: bytes, edits: dict[int, str]) -> bytes:
    """Replace the target of the paragraph at index i (0-based among paragraphs)."""
    text = data.decode("utf-8")
    for index, new in edits.items():
        old = GERMAN[index]
        assert text.count(f">{old}</target>") == 1
        text = text.replace(f">{old}</target>", f">{new}</target>")
    return text.encode("utf-8")


def edit_table(data: bytes, fmt: str, edits: dict[int, str]) -> bytes:
    dataset = tablib.Dataset().load(data if fmt == "xlsx" else data.decode("utf-8"), format=fmt)
    column = dataset.headers.index("translation")
    rows = [list(row) for row in dataset]
    for index, new in edits.items():
        row = next(r for r in rows if r[column] == GERMAN[index])
        row[column] = new
    edited = tablib.Dataset(*rows, headers=dataset.headers)
    out = XLSX().export_data(edited) if fmt == "xlsx" else edited.export("csv")
    return out if isinstance(out, bytes) else out.encode("utf-8")
