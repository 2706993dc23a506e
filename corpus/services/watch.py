"""Watching an inbox folder: files are imported as they arrive or change.

:func:`watch_start` opens a :class:`WatchState` for one folder (one source);
:func:`watch_pass` looks at the folder once; :func:`watch` repeats passes
until asked to stop. ``import_seeds --watch FOLDER`` is a thin loop over
these, and tests call :func:`watch_pass` directly.

**Unchanged files are not opened.** Each file's :class:`Fingerprint` (size,
modification time in nanoseconds, inode) is compared with the one stored on
its :class:`TrackedFile` when it was last read (or, for files without a
tracked row of their own, such as duplicates and failures, the one this
watch last handled). Only a file whose fingerprint differs is read, and its
bytes then decide as in any import: new, updated, unchanged or duplicate.
The fingerprint is taken before the read, so a file written meanwhile is
read once more next pass rather than missed. A file changed without its
size, modification time or inode changing (a tool that restores the time
stamp of a same-size rewrite in place) is not seen; re-run a plain
``import_seeds`` on the folder to check every byte.

**Files still being written are not imported half.** Names that look
temporary (dot files, ``*.part``, ``*.tmp``, ``*~`` ...) are ignored; a new
or changed file is imported once its fingerprint is the same on two passes
in a row, or its modification time is at least ``settle_seconds`` old (so a
folder that already holds files is imported on the first pass).

**Nothing is lost.** A file that disappears is reported as gone; its
article and source documents stay. A file that fails is reported once and
tried again when it changes (or when the watch starts again).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from corpus.models import ImportRun, TrackedFile
from corpus.pipeline import DEFAULT_MAX_BYTES
from corpus.services.background import ImportRunError, import_run_enqueue
from corpus.services.ingest import ingest_file
from corpus.services.reports import IngestResult, IngestStatus
from corpus.services.runs import import_batch_finish, import_batch_start
from corpus.sources import Fingerprint, SourceFile, display_path, folder_source, identity_key, source_files

__all__ = ["WatchError", "WatchPass", "WatchState", "watch", "watch_pass", "watch_start"]

# Names editors, browsers, rsync and upload tools give files they are still writing.
TEMPORARY_SUFFIXES = (".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".swp", "~")


class WatchError(Exception):
    """The folder cannot be watched (it does not exist, or is not a folder)."""


@dataclass
class WatchState:
    """What a watch knows between passes.

    ``known`` holds the fingerprint of every file whose current bytes were
    handled (loaded from the tracked files at the start, then kept up to
    date here); ``seen`` the fingerprints of changed files the last pass
    saw but did not import yet; ``present`` the identities of files found
    last pass that were imported (or tried), to tell which files went away;
    ``tracked`` the source's tracked files when the watch started.
    """

    folder: Path
    source: str
    glob: str = "*.txt"
    max_bytes: int = DEFAULT_MAX_BYTES
    settle_seconds: float = 2.0
    passes: int = 0
    known: dict[str, Fingerprint] = field(default_factory=dict)
    seen: dict[str, Fingerprint] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    present: set[str] = field(default_factory=set)
    tracked: set[str] = field(default_factory=set)

    @property
    def arguments(self) -> dict:
        """The import run's arguments, as ``import_seeds`` records them."""
        return {
            "paths": [display_path(str(self.folder))],
            "glob": self.glob,
            "max_bytes": self.max_bytes,
            "source": self.source,
            "watch": True,
        }


@dataclass
class WatchPass:
    """What one pass did. ``results`` are the files imported here (foreground);
    ``queued`` the background run their import was queued as (``--background``)."""

    number: int
    results: list[IngestResult] = field(default_factory=list)
    queued: ImportRun | None = None
    queued_files: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    unchanged: int = 0
    run: ImportRun | None = None
    error: str = ""  # the task queue refused the queued run (it is interrupted, resumable)

    @property
    def idle(self) -> bool:
        return not (self.results or self.queued_files or self.waiting or self.gone)

    @property
    def counts(self) -> Counter:
        return Counter(result.status.value for result in self.results)

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status in (IngestStatus.FAILED, IngestStatus.SKIPPED)]


def watch_start(
    *,
    folder: str | Path,
    source: str | None = None,
    glob: str = "*.txt",
    max_bytes: int = DEFAULT_MAX_BYTES,
    settle_seconds: float = 2.0,
) -> WatchState:
    """Open a watch of ``folder``: its files belong to ``source`` (default:
    the folder's absolute path, as a plain import of the folder gives).

    Loads the fingerprints stored for the source's tracked files, so files
    imported before (by an earlier watch, or a plain import whose files are
    then read once) are not read again. Raises :class:`WatchError` for a
    folder that does not exist or is not a folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise WatchError(f"{display_path(str(folder))} is not a folder.")
    source = source or folder_source(folder)
    state = WatchState(folder=folder, source=source, glob=glob, max_bytes=max_bytes, settle_seconds=settle_seconds)
    rows = TrackedFile.objects.filter(source_name__startswith=identity_key(source, "")).values_list(
        "source_name", "size", "mtime_ns", "inode"
    )
    for name, size, mtime_ns, inode in rows.iterator():
        state.tracked.add(name)
        state.present.add(name)  # a file deleted while nobody watched is reported by the first pass
        if size is not None and mtime_ns is not None and inode is not None:
            state.known[name] = Fingerprint(size, mtime_ns, inode)
    return state


def watch_pass(
    *,
    state: WatchState,
    background: bool = False,
    started_by=None,
    should_stop: Callable[[], bool] = lambda: False,
) -> WatchPass:
    """Look at the folder once and import (or, with ``background``, queue)
    what is new or changed and no longer being written.

    In the foreground the files are imported here, each in its own
    transaction, as one import run (none when there is nothing to import);
    if ``should_stop()`` turns true the run ends after the file in hand and
    is recorded as finished: the files not reached are found again by the
    next watch. In the background the files are queued as one background
    run (:func:`import_run_enqueue`) and workers import them and record
    their fingerprints. Never raises for a bad file: every problem is
    reported per path in the pass's results.
    """
    state.passes += 1
    report = WatchPass(number=state.passes)
    ready: list[SourceFile] = []
    present: set[str] = set()
    seen: dict[str, Fingerprint] = {}
    for file in source_files([state.folder], glob=state.glob, source=state.source):
        if looks_temporary(file.relative_path):
            continue
        present.add(file.name)
        if file.problem is not None:
            if state.problems.get(file.name) != file.problem.reason:
                ready.append(file)
            continue
        try:
            info = os.stat(file.path)
        except OSError:  # gone between the walk and now; reported as gone next pass if it stays away
            continue
        fingerprint = Fingerprint.of(info)
        if state.known.get(file.name) == fingerprint:
            report.unchanged += 1
            continue
        seen[file.name] = fingerprint
        settled = time.time_ns() - info.st_mtime_ns >= state.settle_seconds * 1e9
        if state.seen.get(file.name) != fingerprint and not settled:
            report.waiting.append(file.shown)
            continue
        ready.append(replace(file, fingerprint=fingerprint))
    for name in sorted(state.present - present):
        report.gone.append(display_path(str(state.folder / name.split(":", 1)[1])))
        state.known.pop(name, None)
        state.problems.pop(name, None)
        state.tracked.discard(name)
    state.seen = seen
    try:
        _import(state, report, ready, background=background, started_by=started_by, should_stop=should_stop)
    finally:
        # Only files imported (or tried) can go away; one deleted while
        # still being written was never anything.
        state.present = {name for name in present if name in state.known or name in state.tracked
                         or name in state.problems}
    return report


def _import(state: WatchState, report: WatchPass, ready: list[SourceFile], *, background: bool, started_by,
            should_stop: Callable[[], bool]) -> None:
    if not ready:
        return
    if background:
        try:
            report.queued = import_run_enqueue(
                files=ready, arguments=state.arguments, max_bytes=state.max_bytes, started_by=started_by
            )
        except ImportRunError as error:
            if error.run_id is None:
                raise
            # The run is stored, interrupted, with these files: resuming it
            # imports them; the watch goes on and does not queue them twice.
            report.queued = ImportRun.objects.get(pk=error.run_id)
            report.error = str(error)
        report.queued_files = [file.shown for file in ready]
        for file in ready:
            _handled(state, file)
        return
    batch = import_batch_start(arguments=state.arguments, max_bytes=state.max_bytes)
    report.run = batch.run
    try:
        for file in ready:
            if should_stop():
                break
            report.results.append(ingest_file(source=file, batch=batch))
            _handled(state, file)
    finally:
        import_batch_finish(batch=batch)


def _handled(state: WatchState, file: SourceFile) -> None:
    state.seen.pop(file.name, None)
    if file.problem is not None:
        state.problems[file.name] = file.problem.reason
    else:
        state.problems.pop(file.name, None)
        state.known[file.name] = file.fingerprint


def watch(
    *,
    state: WatchState,
    interval: float,
    passes: int | None = None,
    background: bool = False,
    started_by=None,
    should_stop: Callable[[], bool] = lambda: False,
    on_pass: Callable[[WatchPass], None] = lambda report: None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Run passes every ``interval`` seconds until ``should_stop()`` (checked
    between files and while waiting) or ``passes`` passes; returns how many ran.
    ``on_pass`` gets each pass's report."""
    done = 0
    while not should_stop():
        on_pass(watch_pass(state=state, background=background, started_by=started_by, should_stop=should_stop))
        done += 1
        if passes is not None and done >= passes:
            break
        deadline = time.monotonic() + interval
        while not should_stop() and (left := deadline - time.monotonic()) > 0:
            sleep(min(left, 0.2))
    return done


def looks_temporary(relative_path: str) -> bool:
    """A name tools give a file (or folder) they are still writing: dot files, ``.part``, ``~`` ..."""
    return any(
        part.startswith(".") or part.lower().endswith(TEMPORARY_SUFFIXES)
        for part in relative_path.split("/")
        if part not in ("", ".")  # "." is the watched folder itself (a problem with it is reported)
    )
