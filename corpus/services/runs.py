"""Import runs: opening, heartbeats, finishing, and runs whose process is gone.

A run records which process performs it (host, process id and that process's
start time) and beats a heartbeat while it works. A run still marked
``running`` is shown as ``interrupted`` as soon as anyone can tell its process
is gone: on the same host, the process id no longer exists or now belongs to
another process; from anywhere, no heartbeat for ``NEWSDESK_IMPORT_STALE_SECONDS``.
The check runs when an import starts and when the admin lists runs.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from corpus.glossary import Entry, Glossary, build_glossary
from corpus.models import GlossaryEntry, ImportRun, SourceDocument
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
    host = socket.gethostname()
    gone = []
    running = ImportRun.objects.filter(status=ImportRun.Status.RUNNING).values_list(
        "pk", "host", "pid", "process_started", "heartbeat_at", "started_at"
    )
    for pk, run_host, pid, started, heartbeat_at, started_at in running:
        dead_here = bool(pid) and run_host == host and not _process_alive(pid, started)
        silent = (heartbeat_at or started_at) < now - stale_after()
        if dead_here or silent:
            gone.append(pk)
    if not gone:
        return 0
    return ImportRun.objects.filter(pk__in=gone, status=ImportRun.Status.RUNNING).update(
        status=ImportRun.Status.INTERRUPTED, finished_at=now
    )


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
    vocabulary = Tag.objects.vocabulary_entries()
    return ImportBatch(
        run=run,
        vocabulary=vocabulary,
        matcher=build_matcher(vocabulary),
        max_bytes=max_bytes,
        dry_run=dry_run,
        glossary=glossary_load(),
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
