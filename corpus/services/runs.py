"""Import runs: opening, heartbeats, finishing, and runs whose process is gone.

A run records which process performs it (host, process id and that process's
start time) and beats a heartbeat while it works. A run still marked
``running`` is shown as ``interrupted`` as soon as anyone can tell its process
is gone: on the same host, the process id no longer exists or now belongs to
another process; from anywhere, no heartbeat for ``NEWSDESK_IMPORT_STALE_SECONDS``.
The check runs when an import starts and when the admin lists runs.

A background run has no process of its own: each of its chunks records the
worker process that imports it, and the same test applies per chunk. A chunk
whose worker is gone is marked interrupted, and so is its run (it can be
resumed, see :mod:`corpus.services.background`); chunks still waiting for a
worker are not a sign of anything wrong.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from corpus.glossary import Entry, Glossary, build_glossary
from corpus.models import GlossaryEntry, ImportChunk, ImportRun, SourceDocument
from corpus.pipeline import DEFAULT_MAX_BYTES, TagMatcher, VocabularyEntry, build_matcher
from corpus.services.reports import IngestResult, IngestStatus
from editorial.models import Tag

logger = logging.getLogger(__name__)

# How often a running import writes its heartbeat (and counts so far).
HEARTBEAT_SECONDS = 15


def stale_after() -> timedelta:
    """No heartbeat for this long means the run's process is gone."""
    return timedelta(seconds=getattr(settings, "NEWSDESK_IMPORT_STALE_SECONDS", 600))


@dataclass
class ImportBatch:
    """State shared by the files of one ``import_seeds`` invocation.

    ``seen`` maps the sha256 of every file handled so far to its identity,
    so duplicates inside one batch are found without writing anything (which
    a dry run relies on). ``new_names`` does the same for article identities.
    """

    run: ImportRun | None
    vocabulary: list[VocabularyEntry]
    matcher: TagMatcher
    max_bytes: int = DEFAULT_MAX_BYTES
    dry_run: bool = False
    glossary: Glossary = field(default_factory=Glossary)
    seen: dict[str, str] = field(default_factory=dict)
    new_names: set[str] = field(default_factory=set)
    counts: Counter = field(default_factory=Counter)
    failures: list[dict[str, str]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    last_beat: float = field(default_factory=time.monotonic)
    # Replaces the run's heartbeat (a chunk of a background run beats its own).
    on_beat: Callable[[ImportBatch], None] | None = None

    def record(self, result: IngestResult) -> IngestResult:
        self.counts[result.status.value] += 1
        if result.status is IngestStatus.FAILED:
            self.failures.append({"file": result.file, "error": result.error or ""})
        elif result.status is IngestStatus.SKIPPED:
            self.skipped.append({"file": result.file, "error": result.error or "", "status": "skipped"})
        if self.run is not None and time.monotonic() - self.last_beat >= HEARTBEAT_SECONDS:
            self.beat()
        return result

    def beat(self) -> None:
        """Tell the world this run is alive, with its counts so far (one UPDATE)."""
        self.last_beat = time.monotonic()
        if self.on_beat is not None:
            self.on_beat(self)
            return
        ImportRun.objects.filter(pk=self.run.pk).update(heartbeat_at=timezone.now(), counts=dict(self.counts))


def process_started(pid: int) -> str:
    """The start time of process ``pid`` (Linux ``/proc``), or "" where unknown.

    Stored with the run: a process id reused by another process after a
    crash has another start time, so the run is still seen as interrupted.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return ""
    # Fields after the command name: state is the first, starttime the 20th.
    if fields and fields[0] == b"Z":
        return "zombie"  # exited, waiting to be reaped: not running any more
    return fields[19].decode() if len(fields) > 19 else ""


def _process_alive(pid: int, started: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, belongs to another user
    now = process_started(pid)
    if now == "zombie":
        return False
    return not (started and now and now != started)


def import_runs_mark_interrupted() -> int:
    """Mark runs whose process is gone as interrupted; returns how many.

    Safe to call at any time from anywhere: a run is only marked when its
    process is known dead on this host or has given no sign of life for
    :func:`stale_after`. Counts are kept as the last heartbeat left them.
    """
    now = timezone.now()
    running = ImportRun.objects.filter(status=ImportRun.Status.RUNNING, background=False).values_list(
        "pk", "host", "pid", "process_started", "heartbeat_at", "started_at"
    )
    gone = [row[0] for row in running if _gone(*row[1:], now=now)]
    marked = 0
    if gone:
        marked = ImportRun.objects.filter(pk__in=gone, status=ImportRun.Status.RUNNING).update(
            status=ImportRun.Status.INTERRUPTED, finished_at=now
        )
    return marked + _chunks_mark_interrupted(now)


def _gone(host: str, pid: int | None, started: str, heartbeat_at, started_at, *, now) -> bool:
    dead_here = bool(pid) and host == socket.gethostname() and not _process_alive(pid, started)
    return dead_here or (heartbeat_at or started_at) < now - stale_after()


def _chunks_mark_interrupted(now) -> int:
    """Chunks whose worker is gone are interrupted, and so are their runs; returns how many runs."""
    running = ImportChunk.objects.filter(status=ImportChunk.Status.RUNNING).values_list(
        "pk", "run_id", "attempt", "host", "pid", "process_started", "heartbeat_at", "started_at"
    )
    gone = [(pk, run_id, attempt) for pk, run_id, attempt, *process in running if _gone(*process, now=now)]
    runs = set()
    for pk, run_id, attempt in gone:
        # Only the attempt found dead: a worker that took the chunk meanwhile is left alone.
        if ImportChunk.objects.filter(pk=pk, attempt=attempt, status=ImportChunk.Status.RUNNING).update(
            status=ImportChunk.Status.INTERRUPTED, finished_at=now
        ):
            runs.add(run_id)
    for run_id in runs:
        import_run_settle(run_id=run_id)
    return len(runs)


def import_run_settle(*, run_id: int) -> ImportRun:
    """Sum a background run's chunks into the run, and finish it when none is left to do.

    Progress (files done, counts per status, failures) is recomputed from the
    chunks, so a chunk retried after a crash is never counted twice. While
    chunks are queued or running, the run is ``running`` (``interrupted`` if
    one of its chunks was); once none is, it is ``cancelled``,
    ``interrupted``, ``finished with errors`` or ``finished``. The run's row
    is locked first, so chunks finishing at once settle one after the other
    and the last one sees all the others done.
    """
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run_id)
        chunks = list(run.chunks.order_by("number").values("status", "counts", "failures"))
        counts: Counter = Counter()
        failures: list[dict[str, str]] = []
        for chunk in chunks:
            counts.update(chunk["counts"])
            failures.extend(chunk["failures"])
        statuses = {chunk["status"] for chunk in chunks}
        active = statuses & {ImportChunk.Status.QUEUED, ImportChunk.Status.RUNNING}
        now = timezone.now()
        if active:
            if ImportChunk.Status.INTERRUPTED in statuses:
                run.status = ImportRun.Status.INTERRUPTED
            elif ImportChunk.Status.RUNNING in statuses or run.status != ImportRun.Status.QUEUED:
                run.status = ImportRun.Status.RUNNING
            run.finished_at = None
        else:
            if run.cancelled_at is not None:
                run.status = ImportRun.Status.CANCELLED
            elif ImportChunk.Status.INTERRUPTED in statuses:
                run.status = ImportRun.Status.INTERRUPTED
            elif counts[IngestStatus.FAILED.value]:
                run.status = ImportRun.Status.FINISHED_WITH_ERRORS
            else:
                run.status = ImportRun.Status.FINISHED
            run.finished_at = now
        run.counts = {status.value: counts[status.value] for status in IngestStatus if counts[status.value]}
        run.failures = failures
        run.done_files = run.chunks.aggregate(done=Sum("done"))["done"] or 0
        run.heartbeat_at = now
        run.save(update_fields=["status", "finished_at", "counts", "failures", "done_files", "heartbeat_at"])
    return run


def known_sources() -> list[str]:
    """Every source imported so far (a file given directly may belong to one)."""
    return list(SourceDocument.objects.order_by().values_list("source", flat=True).distinct())


def import_batch_start(
    *, arguments: dict[str, Any], dry_run: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> ImportBatch:
    """Open an import batch; records an :class:`ImportRun` unless dry-running.

    Runs left ``running`` by a process that is gone are marked interrupted
    first, so the list of runs never shows a dead import as running.
    """
    run = None
    if not dry_run:
        import_runs_mark_interrupted()
        pid = os.getpid()
        run = ImportRun.objects.create(
            arguments=arguments,
            host=socket.gethostname(),
            pid=pid,
            process_started=process_started(pid),
            heartbeat_at=timezone.now(),
        )
    return import_batch_for(run=run, dry_run=dry_run, max_bytes=max_bytes)


def import_batch_for(
    *, run: ImportRun | None, dry_run: bool = False, max_bytes: int = DEFAULT_MAX_BYTES, **state: Any
) -> ImportBatch:
    """A batch writing into ``run`` (which it does not create): the tag vocabulary and
    glossary as they are now; ``state`` sets further :class:`ImportBatch` fields."""
    vocabulary = Tag.objects.vocabulary_entries()
    return ImportBatch(
        run=run,
        vocabulary=vocabulary,
        matcher=build_matcher(vocabulary),
        max_bytes=max_bytes,
        dry_run=dry_run,
        glossary=glossary_load(),
        **state,
    )


def glossary_load() -> Glossary:
    """The active MT glossary, compiled once per import (one query)."""
    rows = GlossaryEntry.objects.filter(active=True).values_list(
        "language", "pattern", "is_regex", "suggestion", "note"
    )
    glossary = build_glossary(Entry(*row) for row in rows)
    for problem in glossary.problems:
        logger.warning("MT glossary entry skipped: %s", problem)
    return glossary


def import_batch_finish(*, batch: ImportBatch, interrupted: bool = False) -> None:
    """Store the counts and failures of the batch on its run.

    ``interrupted`` records a run stopped before it went through all its
    files (a signal or Ctrl-C); the counts say how far it got.
    """
    if batch.run is None:
        return
    batch.run.finished_at = timezone.now()
    batch.run.heartbeat_at = batch.run.finished_at
    batch.run.counts = dict(batch.counts)
    batch.run.failures = batch.failures + batch.skipped
    if interrupted:
        batch.run.status = ImportRun.Status.INTERRUPTED
    elif batch.failures:
        batch.run.status = ImportRun.Status.FINISHED_WITH_ERRORS
    else:
        batch.run.status = ImportRun.Status.FINISHED
    batch.run.save(update_fields=["finished_at", "heartbeat_at", "counts", "failures", "status"])
