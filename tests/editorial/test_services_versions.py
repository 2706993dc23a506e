"""version_create: append-only versions with a stale-edit check."""

from __future__ import annotations

import pytest

from editorial.exceptions import EditorialError, StaleVersionError
from editorial.models import Edition, Version
from editorial.services import version_create
from tests.factories import editor, make_edition, publish

pytestmark = pytest.mark.django_db


def test_edit_appends_a_version_and_moves_only_latest():
    edition = make_edition()
    first = edition.latest_version
    publish(first)
    author = editor()
    second = version_create(
        edition=edition, paragraphs=["Changed.", "  ", "Second."], title=" New title ", based_on=first, author=author
    )
    edition.refresh_from_db()
    assert second.number == 2 and second.based_on == first
    assert second.texts == ["Changed.", "Second."]
    assert second.paragraph_ids[1] == first.paragraph_ids[1]  # unchanged keeps its id
    assert second.title == "New title" and second.created_by == author
    assert second.status == Version.Status.DRAFT
    assert edition.latest_version == second and edition.live_version == first
    first.refresh_from_db()
    assert first.texts == ["First.", "Second."] and first.title == "A title"


def test_edit_based_on_an_old_version_is_refused_and_nothing_is_written():
    edition = make_edition()
    first = edition.latest_version
    version_create(edition=edition, paragraphs=["Mine."], title="T", based_on=first)
    with pytest.raises(StaleVersionError) as excinfo:
        version_create(edition=edition, paragraphs=["Theirs."], title="T", based_on=first)
    assert excinfo.value.based_on_number == 1 and excinfo.value.latest_number == 2
    assert "version 2" in str(excinfo.value)
    assert Version.objects.filter(edition=edition).count() == 2


def test_first_version_requires_no_previous_one():
    edition = make_edition()
    with pytest.raises(StaleVersionError):
        version_create(edition=edition, paragraphs=["x"], title="T", based_on=None)


@pytest.mark.parametrize(("paragraphs", "title"), [([], "T"), (["  ", ""], "T"), (["Text."], "  ")])
def test_empty_text_or_title_is_refused(paragraphs, title):
    edition = make_edition()
    with pytest.raises(EditorialError):
        version_create(edition=edition, paragraphs=paragraphs, title=title, based_on=edition.latest_version)
    assert Edition.objects.get(pk=edition.pk).latest_version.number == 1
