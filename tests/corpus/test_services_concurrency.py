"""corpus.services: every race with another import is retried, never a failed file.

Each race is provoked here one at a time; test_command_processes.py runs four
real importers at once on the same names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import IntegrityError, OperationalError

from corpus.models import SourceDocument, TrackedFile
from corpus.services import IngestStatus, import_batch_finish, import_batch_start, ingest_paths
from corpus.services import ingest as services
from editorial.exceptions import StaleVersionError
from editorial.models import Article, Version

pytestmark = pytest.mark.django_db

STORY = (
    "The harbour authority confirmed on Tuesday that the northern pier will close for repairs.\n"
    "Fishing crews will use the southern quay until the work ends in the spring.\n"
)


@pytest.fixture(autouse=True)
def no_pause(monkeypatch):
    monkeypatch.setattr(services.time, "sleep", lambda seconds: None)


def run_import(*paths):
    batch = import_batch_start(arguments={})
    results = list(ingest_paths([Path(p) for p in paths], batch=batch))
    import_batch_finish(batch=batch)
    return batch, results


def failing_first(monkeypatch, errors):
    """Make article_import_source raise each of ``errors`` once, in order, then work."""
    real = services.article_import_source
    queue = list(errors)

    def flaky(*, source_document, cleaned):
        version = real(source_document=source_document, cleaned=cleaned)  # rows written, then lost
        if queue:
            raise queue.pop(0)
        return version

    monkeypatch.setattr(services, "article_import_source", flaky)
    return queue


@pytest.mark.parametrize(
    "error",
    [
        StaleVersionError(based_on_number=1, latest_number=2),
        IntegrityError("duplicate key value violates unique constraint"),
        OperationalError("database is locked"),
    ],
    ids=["stale", "integrity", "locked"],
)
def test_a_race_is_retried_in_a_fresh_transaction(tmp_path, monkeypatch, error):
    (tmp_path / "story.txt").write_text(STORY)
    queue = failing_first(monkeypatch, [error, error])
    batch, (result,) = run_import(tmp_path)
    assert queue == []
    assert result.status is IngestStatus.NEW
    # The failed attempts left nothing behind.
    assert SourceDocument.objects.count() == 1 and Article.objects.count() == 1 and Version.objects.count() == 1
    assert TrackedFile.objects.get().document == SourceDocument.objects.get()
    assert batch.failures == []


def test_an_update_racing_another_update_lands_on_top(tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    run_import(tmp_path)
    story.write_text(STORY + "The work will cost two million euros.\n")
    failing_first(monkeypatch, [StaleVersionError(based_on_number=1, latest_number=2)])
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.UPDATED
    assert [v.number for v in Version.objects.order_by("number")] == [1, 2]


def test_endless_races_fail_the_file_with_advice(tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text(STORY)
    failing_first(monkeypatch, [StaleVersionError(based_on_number=1, latest_number=2)] * services.MAX_ATTEMPTS)
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.FAILED
    assert "gave up after" in result.error and "Run the import again" in result.error
    assert SourceDocument.objects.count() == 0


def test_a_database_error_that_is_not_a_race_fails_at_once(tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text(STORY)
    queue = failing_first(monkeypatch, [OperationalError("disk I/O error"), OperationalError("disk I/O error")])
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.FAILED and "disk I/O error" in result.error
    assert len(queue) == 1  # not retried


def test_bytes_stored_meanwhile_by_another_import_of_the_same_file(tmp_path, monkeypatch):
    """The other import stored these very bytes and then newer ones: ours become current again."""
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    (_, (first,)) = run_import(tmp_path)
    story.write_text(STORY + "A second version.\n")
    run_import(tmp_path)
    story.write_text(STORY)
    real = services._lookup
    calls = []

    def miss_first(**kwargs):
        calls.append(kwargs)
        return None if len(calls) == 1 else real(**kwargs)

    monkeypatch.setattr(services, "_lookup", miss_first)
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.UPDATED
    assert TrackedFile.objects.get().document.sha256 == first.sha256
    assert Version.objects.count() == 3
