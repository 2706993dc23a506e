"""Background imports: a run's files in chunks, each chunk a task on Django's tasks API.

:func:`import_run_enqueue` records a ``queued`` :class:`ImportRun` with its
files split into :class:`ImportChunk` rows of ``NEWSDESK_IMPORT_CHUNK_FILES``
files, and enqueues one :func:`import_chunk` task per chunk on the backend
``TASKS`` selects (the database backend by default, run by ``manage.py
db_worker``). Workers take chunks in parallel; each file is still imported
by :func:`corpus.services.ingest.ingest_file` in its own transaction, so
the import stays idempotent under retries, concurrency and killed workers.

A chunk saves how far it got (files done, counts, failures) at each
heartbeat and when it ends; the run's progress is the sum over its chunks
(:func:`corpus.services.runs.import_run_settle`), and the run finishes when
its last chunk does. :func:`import_run_cancel` makes the chunks not yet
started skip and a running one stop at its next heartbeat;
:func:`import_run_resume` queues again what an interrupted (crashed) or
cancelled run has left, each chunk going on from where it stopped.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from corpus.models import ImportChunk, ImportRun
from corpus.pipeline import DEFAULT_MAX_BYTES
from corpus.services.ingest import ingest_file
from corpus.services.runs import (
    ImportBatch,
    import_batch_for,
    import_run_settle,
    import_runs_mark_interrupted,
    process_started,
)
from corpus.sources import Fingerprint, Problem, SourceFile, display_path, path_from_display

__all__ = [
    "ImportRunError",
    "import_chunk",
    "import_chunk_run",
    "import_run_cancel",
    "import_run_enqueue",
    "import_run_resume",
    "worker_command",
]


class ImportRunError(Exception):
    """A change of a run's state that is not allowed (cancelling a finished run, ...),
    or a run the task queue refused (``run_id``: the run, left interrupted)."""

    def __init__(self, message, *, run_id: int | None = None):
        super().__init__(message)
        self.run_id = run_id


def worker_command() -> str:
    """The manage.py command that runs the configured backend's tasks."""
    backend = settings.TASKS["default"]["BACKEND"]
    return "rqworker" if backend == "django_tasks_rq.RQBackend" else "db_worker"


def chunk_files_setting() -> int:
    return max(1, int(getattr(settings, "NEWSDESK_IMPORT_CHUNK_FILES", 200)))


def import_run_enqueue(
    *,
    files: Sequence[SourceFile],
    arguments: dict[str, Any],
    max_bytes: int = DEFAULT_MAX_BYTES,
    started_by=None,
    chunk_files: int | None = None,
) -> ImportRun:
    """Record a queued background run of ``files`` and enqueue a task per chunk.

    Nothing is read or imported here: ``files`` are the paths as found (with
    their identities and any problem found while walking); workers import
    them. The run, its chunks and, on the database backend, the tasks are
    written in one transaction; the tasks are enqueued once it commits (a
    worker on another backend, such as RQ, could otherwise take a chunk before
    its row exists). A run without files is finished at once. Raises
    :class:`ImportRunError` when the task backend refuses the tasks; the run
    is then interrupted, and can be resumed once the backend is back.
    """
    size = chunk_files or chunk_files_setting()
    with transaction.atomic():
        run = ImportRun.objects.create(
            arguments={**arguments, "max_bytes": max_bytes},
            status=ImportRun.Status.QUEUED,
            background=True,
            started_by=started_by,
            total_files=len(files),
            heartbeat_at=timezone.now(),
        )
        chunks = ImportChunk.objects.bulk_create(
            ImportChunk(run=run, number=number, files=[_entry(f) for f in files[start : start + size]])
            for number, start in enumerate(range(0, len(files), size), start=1)
        )
        if not chunks:
            return import_run_settle(run_id=run.pk)
        _enqueue(chunks)
    return run


def _enqueue(chunks: Sequence[ImportChunk]) -> None:
    """Enqueue a task per chunk when the current transaction commits (at once outside one).

    Tasks outside the database (RQ) are seen by workers at once, so they go
    out only once the chunks they name are committed. Chunks whose task
    could not be sent are interrupted, and so is their run.
    """
    chunks = list(chunks)
    transaction.on_commit(lambda: _send(chunks))


def _send(chunks: list[ImportChunk]) -> None:
    sent: list[ImportChunk] = []
    try:
        for chunk in chunks:
            chunk.task_id = str(import_chunk.enqueue(chunk.pk).id)
            sent.append(chunk)
    except Exception as exc:
        unsent = [chunk.pk for chunk in chunks[len(sent) :]]
        ImportChunk.objects.filter(pk__in=unsent, status=ImportChunk.Status.QUEUED).update(
            status=ImportChunk.Status.INTERRUPTED, finished_at=timezone.now()
        )
        import_run_settle(run_id=chunks[0].run_id)
        raise ImportRunError(
            _("The task queue refused the import (%(error)s). Resume the run once the queue is back.")
            % {"error": exc},
            run_id=chunks[0].run_id,
        ) from exc
    finally:
        # Only the task ids: a worker may already be writing the chunk's progress.
        ImportChunk.objects.bulk_update(sent, ["task_id"])


@task()
def import_chunk(chunk_id: int) -> dict[str, Any]:
    """The task a worker runs for one chunk (see :func:`import_chunk_run`)."""
    return import_chunk_run(chunk_id=chunk_id)


def import_chunk_run(*, chunk_id: int) -> dict[str, Any]:
    """Import the files of one chunk that are not done yet; returns what it did.

    Runs at most once at a time per chunk: a worker takes the chunk only while
    it is queued, so a second task for the same chunk (a retry, a resume that
    raced a slow worker) does nothing. A chunk of a cancelled run is skipped.
    A chunk taken again after a crash goes on from the last saved file; files
    imported after that save are found stored and come back ``unchanged``,
    never twice. An error that escapes the import (the database went away)
    marks the chunk and its run interrupted, and is raised for the task
    backend to record.
    """
    chunk = _claim(chunk_id)
    if chunk is None:
        return {"chunk": chunk_id, "imported": 0, "status": "not taken"}
    run, attempt = chunk.run, chunk.attempt
    stop: dict[str, str] = {}

    def beat(batch: ImportBatch) -> None:
        if not _save(chunk, attempt, batch):
            stop["why"] = "superseded"
        elif ImportRun.objects.filter(pk=run.pk, cancelled_at__isnull=False).exists():
            stop["why"] = "cancelled"

    batch = import_batch_for(
        run=run, max_bytes=int(run.arguments.get("max_bytes", DEFAULT_MAX_BYTES)), on_beat=beat
    )
    batch.counts.update(chunk.counts)
    for failure in chunk.failures:
        (batch.skipped if failure.get("status") == "skipped" else batch.failures).append(failure)
    start = chunk.done
    try:
        for entry in chunk.files[start:]:
            ingest_file(source=_source_file(entry), batch=batch)
            if stop:
                break
    except Exception:
        _end(chunk, attempt, batch, ImportChunk.Status.INTERRUPTED)
        raise
    if stop.get("why") == "superseded":
        return {"chunk": chunk_id, "imported": _done(batch) - start, "status": "superseded"}
    final = ImportChunk.Status.SKIPPED if stop else ImportChunk.Status.DONE
    _end(chunk, attempt, batch, final)
    return {"chunk": chunk_id, "imported": _done(batch) - start, "status": final.value}


def _claim(chunk_id: int) -> ImportChunk | None:
    """Take a queued chunk for this process, or skip it if its run is cancelled."""
    with transaction.atomic():
        chunk = ImportChunk.objects.select_related("run").filter(pk=chunk_id).first()
        if chunk is None:
            return None
        # The run first, always: chunks settling at once queue on its row.
        run = ImportRun.objects.select_for_update().get(pk=chunk.run_id)
        now = timezone.now()
        queued = ImportChunk.objects.filter(pk=chunk_id, status=ImportChunk.Status.QUEUED)
        if run.cancelled_at is not None:
            if queued.update(status=ImportChunk.Status.SKIPPED, finished_at=now):
                import_run_settle(run_id=run.pk)
            return None
        pid = os.getpid()
        taken = queued.update(
            status=ImportChunk.Status.RUNNING,
            attempt=chunk.attempt + 1,
            host=socket.gethostname(),
            pid=pid,
            process_started=process_started(pid),
            started_at=now,
            heartbeat_at=now,
            finished_at=None,
        )
        if not taken:
            return None
        if run.status == ImportRun.Status.QUEUED:
            ImportRun.objects.filter(pk=run.pk).update(status=ImportRun.Status.RUNNING, heartbeat_at=now)
    chunk.refresh_from_db()
    chunk.run = run
    return chunk


def _done(batch: ImportBatch) -> int:
    # Every file handled is recorded exactly once, whatever became of it.
    return sum(batch.counts.values())


def _save(chunk: ImportChunk, attempt: int, batch: ImportBatch, **fields: Any) -> bool:
    """Save the chunk's progress; False when this worker no longer holds the chunk."""
    return bool(
        ImportChunk.objects.filter(pk=chunk.pk, attempt=attempt, status=ImportChunk.Status.RUNNING).update(
            done=_done(batch),
            counts=dict(batch.counts),
            failures=batch.failures + batch.skipped,
            heartbeat_at=timezone.now(),
            **fields,
        )
    )


def _end(chunk: ImportChunk, attempt: int, batch: ImportBatch, status: str) -> None:
    with transaction.atomic():
        ImportRun.objects.select_for_update().filter(pk=chunk.run_id).first()
        if _save(chunk, attempt, batch, status=status, finished_at=timezone.now()):
            import_run_settle(run_id=chunk.run_id)


def import_run_cancel(*, run: ImportRun) -> ImportRun:
    """Cancel a background run: chunks not started skip, a running one stops at its next heartbeat.

    Files already imported stay imported. The run says ``cancelled`` once no
    chunk is running any more, and can be resumed. Raises
    :class:`ImportRunError` for a run that is not in the background, already
    cancelled, or over.
    """
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        if not run.background:
            raise ImportRunError(_("Only background imports can be cancelled; stop a foreground import with Ctrl-C."))
        if run.cancelled_at is not None:
            raise ImportRunError(_("This import is already cancelled."))
        if run.status not in (ImportRun.Status.QUEUED, ImportRun.Status.RUNNING, ImportRun.Status.INTERRUPTED):
            raise ImportRunError(_("This import is over; there is nothing left to cancel."))
        now = timezone.now()
        run.cancelled_at = now
        run.save(update_fields=["cancelled_at"])
        run.chunks.filter(status__in=[ImportChunk.Status.QUEUED, ImportChunk.Status.INTERRUPTED]).update(
            status=ImportChunk.Status.SKIPPED, finished_at=now
        )
        return import_run_settle(run_id=run.pk)


def import_run_resume(*, run: ImportRun) -> ImportRun:
    """Queue again what an interrupted or cancelled background run has left.

    Chunks that were interrupted, skipped or still waiting are queued with a
    new task each and go on from their last saved file; chunks done or still
    running on a live worker are left alone. Runs whose worker is gone are
    marked interrupted first, so a crashed run can be resumed as soon as it
    is known to be one. Raises :class:`ImportRunError` for a foreground run
    (import the same files again instead) or a run that is not interrupted
    or cancelled.
    """
    import_runs_mark_interrupted()
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        if not run.background:
            raise ImportRunError(
                _("Only background imports can be resumed; import the same files again, nothing is duplicated.")
            )
        if run.status not in (ImportRun.Status.INTERRUPTED, ImportRun.Status.CANCELLED):
            raise ImportRunError(_("Only an interrupted or cancelled import can be resumed."))
        left = list(
            run.chunks.filter(
                status__in=[ImportChunk.Status.INTERRUPTED, ImportChunk.Status.SKIPPED, ImportChunk.Status.QUEUED]
            )
        )
        run.chunks.filter(pk__in=[c.pk for c in left]).update(status=ImportChunk.Status.QUEUED, finished_at=None)
        run.cancelled_at = None
        run.status = ImportRun.Status.QUEUED
        run.save(update_fields=["cancelled_at", "status"])
        _enqueue(left)
        return import_run_settle(run_id=run.pk)


def _entry(file: SourceFile) -> dict[str, Any]:
    """A file as JSON (paths in display form: valid UTF-8 whatever the file system holds)."""
    return {
        "path": display_path(str(file.path)),
        "name": file.name,
        "source": file.source,
        "relative_path": file.relative_path,
        "problem": [file.problem.status, file.problem.reason] if file.problem else None,
        "fingerprint": list(file.fingerprint) if file.fingerprint else None,
    }


def _source_file(entry: dict[str, Any]) -> SourceFile:
    problem, fingerprint = entry.get("problem"), entry.get("fingerprint")
    return SourceFile(
        path=Path(path_from_display(entry["path"])),
        name=entry["name"],
        source=entry["source"],
        relative_path=entry["relative_path"],
        problem=Problem(*problem) if problem else None,
        fingerprint=Fingerprint(*fingerprint) if fingerprint else None,
    )
