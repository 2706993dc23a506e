"""corpus.services.background: imports in chunks, run by the real database task worker.

The worker is django-tasks-db's own ``Worker`` in batch mode (what
``manage.py db_worker --batch`` runs), in this process; so the tests are
transactional (the worker manages its own transactions).
test_command_background.py runs it as a real process and kills it.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from corpus.models import ImportChunk, ImportRun, SourceDocument, TrackedFile
from corpus.services import (
    ImportRunError,
    import_batch_finish,
    import_batch_start,
    import_chunk_run,
    import_run_cancel,
    import_run_enqueue,
    import_run_resume,
    import_runs_mark_interrupted,
    ingest_paths,
    source_files,
)
from corpus.services import background, runs
from editorial.models import Article, Version
from tests.corpus.background_support import RefusingBackend, drain, write_stories

pytestmark = pytest.mark.django_db(transaction=True)


def enqueue(folder: Path, *, chunk_files: int = 2, **kwargs) -> ImportRun:
    files = list(source_files([folder], source="desk"))
    return import_run_enqueue(files=files, arguments={"paths": [str(folder)]}, chunk_files=chunk_files, **kwargs)


def snapshot() -> dict:
    """What an import leaves behind, independent of row ids and times."""
    return {
        "documents": sorted(SourceDocument.objects.values_list("source_name", "sha256")),
        "tracked": sorted(TrackedFile.objects.values_list("source_name", "document__sha256")),
        "articles": sorted(Article.objects.values_list("source_name", flat=True)),
        "versions": sorted(Version.objects.values_list("edition__article__source_name", "number", "title")),
    }


def fresh(run: ImportRun) -> ImportRun:
    return ImportRun.objects.get(pk=run.pk)


def test_enqueue_only_queues_and_the_worker_imports_what_a_foreground_import_does(tmp_path):
    write_stories(tmp_path / "inbox", 5, "same")
    (tmp_path / "inbox" / "copy.txt").write_bytes((tmp_path / "inbox" / "story-000.txt").read_bytes())
    (tmp_path / "inbox" / "empty.txt").write_bytes(b"")

    batch = import_batch_start(arguments={})
    list(ingest_paths([tmp_path / "inbox"], batch=batch, source="desk"))
    import_batch_finish(batch=batch)
    foreground, foreground_counts = snapshot(), dict(batch.counts)
    call_command("flush", interactive=False, verbosity=0)

    run = enqueue(tmp_path / "inbox", chunk_files=3)
    assert run.status == ImportRun.Status.QUEUED and run.background
    assert run.total_files == 7 and run.done_files == 0
    assert [len(c.files) for c in run.chunks.all()] == [3, 3, 1]
    assert DBTaskResult.objects.filter(status="READY").count() == 3
    assert not SourceDocument.objects.exists(), "nothing is imported before a worker runs"

    drain()
    run = fresh(run)
    assert snapshot() == foreground
    assert run.counts == {k: v for k, v in foreground_counts.items() if v}
    assert run.counts == {"new": 5, "duplicate": 1, "failed": 1}
    assert run.done_files == 7
    assert run.status == ImportRun.Status.FINISHED_WITH_ERRORS and run.finished_at is not None
    assert [f["file"].rsplit("/", 1)[-1] for f in run.failures] == ["empty.txt"]
    assert set(run.chunks.values_list("status", flat=True)) == {ImportChunk.Status.DONE}
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").count() == 3
    assert set(SourceDocument.objects.values_list("import_run", flat=True)) == {run.pk}


def test_progress_is_summed_over_chunks_as_they_finish(tmp_path):
    write_stories(tmp_path / "inbox", 5, "progress")
    run = enqueue(tmp_path / "inbox", chunk_files=2)
    drain(max_tasks=1)
    run = fresh(run)
    assert run.status == ImportRun.Status.RUNNING
    assert (run.done_files, run.total_files, run.counts) == (2, 5, {"new": 2})
    drain(max_tasks=1)
    assert (fresh(run).done_files, fresh(run).counts) == (4, {"new": 4})
    drain()
    run = fresh(run)
    assert (run.done_files, run.counts, run.status) == (5, {"new": 5}, ImportRun.Status.FINISHED)

    # Changed files, a second run: counts say what happened this time.
    write_stories(tmp_path / "inbox", 2, "changed")
    again = enqueue(tmp_path / "inbox", chunk_files=2)
    drain()
    assert fresh(again).counts == {"unchanged": 3, "updated": 2}


def test_a_run_without_files_is_finished_at_once(tmp_path):
    (tmp_path / "none").mkdir()
    run = enqueue(tmp_path / "none")
    assert run.status == ImportRun.Status.FINISHED and run.total_files == 0
    assert not DBTaskResult.objects.exists()


def test_running_a_chunk_again_imports_nothing_twice(tmp_path):
    write_stories(tmp_path / "inbox", 4, "twice")
    run = enqueue(tmp_path / "inbox", chunk_files=4)
    chunk = run.chunks.get()
    assert import_chunk_run(chunk_id=chunk.pk)["status"] == "done"
    before = snapshot()
    # A second task for the same chunk (a retry) does nothing at all...
    assert import_chunk_run(chunk_id=chunk.pk)["status"] == "not taken"
    # ...and even a chunk queued again from scratch finds everything stored.
    ImportChunk.objects.filter(pk=chunk.pk).update(status=ImportChunk.Status.QUEUED, done=0, counts={})
    assert import_chunk_run(chunk_id=chunk.pk)["imported"] == 4
    assert snapshot() == before
    assert fresh(run).counts == {"unchanged": 4}
    assert import_chunk_run(chunk_id=10**9)["status"] == "not taken"


class WorkerKilled(BaseException):
    """Stands for SIGKILL: nothing in the import catches it, the chunk stays running."""


def crash_after(monkeypatch, files: int) -> None:
    real, seen = background.ingest_file, []

    def ingest(*, source, batch):
        if len(seen) == files:
            raise WorkerKilled()
        seen.append(source)
        return real(source=source, batch=batch)

    monkeypatch.setattr(background, "ingest_file", ingest)
    monkeypatch.setattr(runs, "HEARTBEAT_SECONDS", 0)  # progress saved after every file


def test_a_crashed_chunk_is_marked_interrupted_and_resumed_without_duplicates(tmp_path, monkeypatch):
    write_stories(tmp_path / "inbox", 5, "crash")
    run = enqueue(tmp_path / "inbox", chunk_files=3)
    crash_after(monkeypatch, 2)
    drain(max_tasks=1)
    chunk = run.chunks.get(number=1)
    assert chunk.status == ImportChunk.Status.RUNNING and chunk.done == 2
    assert DBTaskResult.objects.filter(status="FAILED").count() == 1

    # Alive as far as anyone can tell: not interrupted, and cannot be resumed yet.
    assert import_runs_mark_interrupted() == 0
    with pytest.raises(ImportRunError):
        import_run_resume(run=run)
    # Silent for longer than allowed: the worker is gone.
    ImportChunk.objects.filter(pk=chunk.pk).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    assert import_runs_mark_interrupted() == 1
    assert fresh(run).status == ImportRun.Status.INTERRUPTED
    assert run.chunks.get(number=1).status == ImportChunk.Status.INTERRUPTED

    monkeypatch.undo()
    resumed = import_run_resume(run=run)
    assert resumed.status == ImportRun.Status.QUEUED
    drain()
    run = fresh(run)
    assert run.status == ImportRun.Status.FINISHED
    assert (run.done_files, run.counts) == (5, {"new": 5})
    assert SourceDocument.objects.count() == Article.objects.count() == Version.objects.count() == 5
    assert run.chunks.get(number=1).attempt == 2


def test_a_chunk_taken_over_by_another_worker_stops_writing(tmp_path, monkeypatch):
    write_stories(tmp_path / "inbox", 3, "superseded")
    run = enqueue(tmp_path / "inbox", chunk_files=3)
    chunk = run.chunks.get()
    real = background.ingest_file

    def ingest(*, source, batch):
        result = real(source=source, batch=batch)
        # Meanwhile the chunk was found silent and resumed on another worker.
        ImportChunk.objects.filter(pk=chunk.pk).update(attempt=7)
        return result

    monkeypatch.setattr(background, "ingest_file", ingest)
    monkeypatch.setattr(runs, "HEARTBEAT_SECONDS", 0)
    # The first file's heartbeat was still this worker's; the second's finds the chunk taken.
    assert import_chunk_run(chunk_id=chunk.pk) == {"chunk": chunk.pk, "imported": 2, "status": "superseded"}
    assert ImportChunk.objects.get(pk=chunk.pk).done == 1
    assert ImportChunk.objects.get(pk=chunk.pk).status == ImportChunk.Status.RUNNING  # left to its new owner


def test_an_error_in_a_chunk_interrupts_it_and_fails_the_task(tmp_path, monkeypatch):
    write_stories(tmp_path / "inbox", 2, "error")
    run = enqueue(tmp_path / "inbox", chunk_files=2)

    def broken(*, source, batch):
        raise RuntimeError("database went away")

    monkeypatch.setattr(background, "ingest_file", broken)
    drain()
    assert DBTaskResult.objects.get().status == "FAILED"
    assert "database went away" in DBTaskResult.objects.get().traceback
    run = fresh(run)
    assert run.status == ImportRun.Status.INTERRUPTED and run.finished_at is not None
    monkeypatch.undo()
    import_run_resume(run=run)
    drain()
    assert fresh(run).status == ImportRun.Status.FINISHED and SourceDocument.objects.count() == 2


def test_cancel_skips_the_remaining_chunks_and_resume_finishes_them(tmp_path):
    write_stories(tmp_path / "inbox", 6, "cancel")
    run = enqueue(tmp_path / "inbox", chunk_files=2)
    drain(max_tasks=1)
    run = import_run_cancel(run=run)
    assert run.status == ImportRun.Status.CANCELLED and run.cancelled_at is not None
    assert list(run.chunks.values_list("status", flat=True)) == ["done", "skipped", "skipped"]
    drain()  # the tasks still queued find their chunks skipped
    assert SourceDocument.objects.count() == 2
    run = fresh(run)
    assert (run.status, run.done_files, run.counts) == (ImportRun.Status.CANCELLED, 2, {"new": 2})
    with pytest.raises(ImportRunError):
        import_run_cancel(run=run)

    import_run_resume(run=run)
    drain()
    run = fresh(run)
    assert (run.status, run.done_files, run.counts) == (ImportRun.Status.FINISHED, 6, {"new": 6})
    assert run.cancelled_at is None
    with pytest.raises(ImportRunError):
        import_run_cancel(run=run)
    with pytest.raises(ImportRunError):
        import_run_resume(run=run)


def test_cancel_stops_a_running_chunk_at_its_next_heartbeat(tmp_path, monkeypatch):
    write_stories(tmp_path / "inbox", 4, "midway")
    run = enqueue(tmp_path / "inbox", chunk_files=4)
    real = background.ingest_file

    def ingest(*, source, batch):
        result = real(source=source, batch=batch)
        if not ImportRun.objects.get(pk=run.pk).cancelled_at:
            import_run_cancel(run=run)
            # A chunk is still running: the run waits for it to stop.
            assert fresh(run).status == ImportRun.Status.RUNNING
        return result

    monkeypatch.setattr(background, "ingest_file", ingest)
    monkeypatch.setattr(runs, "HEARTBEAT_SECONDS", 0)
    drain()
    run = fresh(run)
    # Cancelled after the first file's heartbeat; the second file's heartbeat sees it.
    assert (run.status, run.done_files, run.counts) == (ImportRun.Status.CANCELLED, 2, {"new": 2})
    assert SourceDocument.objects.count() == 2
    assert run.chunks.get().status == ImportChunk.Status.SKIPPED


def test_a_chunk_of_a_cancelled_run_is_skipped_when_its_task_comes(tmp_path):
    write_stories(tmp_path / "inbox", 2, "late")
    run = enqueue(tmp_path / "inbox", chunk_files=2)
    ImportRun.objects.filter(pk=run.pk).update(cancelled_at=timezone.now())
    assert import_chunk_run(chunk_id=run.chunks.get().pk)["status"] == "not taken"
    assert fresh(run).status == ImportRun.Status.CANCELLED
    assert not SourceDocument.objects.exists()


def test_foreground_runs_cannot_be_cancelled_or_resumed(tmp_path):
    batch = import_batch_start(arguments={})
    import_batch_finish(batch=batch, interrupted=True)
    with pytest.raises(ImportRunError, match="Ctrl-C"):
        import_run_cancel(run=batch.run)
    with pytest.raises(ImportRunError, match="again"):
        import_run_resume(run=batch.run)


def test_queued_background_runs_are_never_marked_interrupted_for_want_of_a_worker(tmp_path):
    write_stories(tmp_path / "inbox", 2, "waiting")
    run = enqueue(tmp_path / "inbox")
    ImportRun.objects.filter(pk=run.pk).update(
        started_at=timezone.now() - timedelta(days=2), heartbeat_at=timezone.now() - timedelta(days=2)
    )
    assert import_runs_mark_interrupted() == 0
    assert fresh(run).status == ImportRun.Status.QUEUED


def test_an_interrupted_run_can_be_cancelled_instead_of_resumed(tmp_path, monkeypatch):
    write_stories(tmp_path / "inbox", 4, "give up")
    run = enqueue(tmp_path / "inbox", chunk_files=2)
    crash_after(monkeypatch, 1)
    drain(max_tasks=1)
    monkeypatch.undo()
    ImportChunk.objects.filter(status=ImportChunk.Status.RUNNING).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    import_runs_mark_interrupted()
    assert fresh(run).status == ImportRun.Status.INTERRUPTED
    run = import_run_cancel(run=run)
    assert run.status == ImportRun.Status.CANCELLED
    assert list(run.chunks.values_list("status", flat=True)) == ["skipped", "skipped"]
    drain()
    assert (fresh(run).status, fresh(run).done_files, SourceDocument.objects.count()) == (ImportRun.Status.CANCELLED, 1, 1)


def test_the_backend_is_chosen_by_settings_alone(tmp_path, settings):
    # Django's own in-process backend runs each chunk as it is enqueued: same result, no worker.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    write_stories(tmp_path / "inbox", 3, "immediate")
    run = fresh(enqueue(tmp_path / "inbox", chunk_files=2))
    assert (run.status, run.done_files, run.counts) == (ImportRun.Status.FINISHED, 3, {"new": 3})
    assert not DBTaskResult.objects.exists()
    assert all(chunk.task_id for chunk in run.chunks.all())


def test_a_queue_that_refuses_tasks_leaves_an_interrupted_run_that_resumes(tmp_path, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "tests.corpus.background_support.RefusingBackend"}}
    monkeypatch.setattr(RefusingBackend, "sent", 0)
    write_stories(tmp_path / "inbox", 5, "refused")
    with pytest.raises(ImportRunError, match="refused the import"):
        enqueue(tmp_path / "inbox", chunk_files=2)
    run = ImportRun.objects.get()
    # The first chunk's task went out; the two after it never will.
    assert list(run.chunks.values_list("status", flat=True)) == ["queued", "interrupted", "interrupted"]
    assert [bool(task) for task in run.chunks.values_list("task_id", flat=True)] == [True, False, False]
    assert run.status == ImportRun.Status.INTERRUPTED
    drain()
    assert (fresh(run).status, fresh(run).done_files) == (ImportRun.Status.INTERRUPTED, 2)

    monkeypatch.setattr(RefusingBackend, "accept", 10)
    import_run_resume(run=run)
    drain()
    run = fresh(run)
    assert (run.status, run.done_files, run.counts) == (ImportRun.Status.FINISHED, 5, {"new": 5})
    assert SourceDocument.objects.count() == 5


def test_tasks_wait_for_the_chunks_they_name_to_be_committed(tmp_path, settings):
    # An RQ worker takes a job the moment it is pushed: had the task gone out
    # inside the enqueue's transaction, the worker could find no chunk yet.
    write_stories(tmp_path / "inbox", 2, "commit")
    with transaction.atomic():
        run = enqueue(tmp_path / "inbox", chunk_files=1)
        assert not DBTaskResult.objects.exists()
        assert len(connection.run_on_commit) == 1
    assert DBTaskResult.objects.count() == 2
    assert all(run.chunks.values_list("task_id", flat=True))
