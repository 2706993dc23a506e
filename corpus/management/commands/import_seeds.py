"""``manage.py import_seeds [PATH ...]``: raw files in, draft articles out.

Thin on purpose: parses arguments, loops over :mod:`corpus.services` and
reports. All decisions live in the services.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from tqdm import tqdm

from corpus.models import ImportRun
from corpus.services import (
    ImportRunError,
    IngestStatus,
    WatchError,
    import_batch_finish,
    import_batch_start,
    import_run_cancel,
    import_run_enqueue,
    import_run_resume,
    ingest_sources,
    known_sources,
    source_files,
    watch,
    watch_start,
    worker_command,
)
from corpus.sources import check_source_name, display_path

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 200


class Command(BaseCommand):
    help = (
        "Import raw news text files as draft articles. Keeps the raw bytes, cleans the text, "
        "detects the language and proposes a title and tags. Safe to re-run: known files are "
        "reported as unchanged, identical copies as duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            help="Files or folders to import (folders recursively). Default: the seeds/ folder.",
        )
        parser.add_argument(
            "--source",
            default=None,
            help=(
                "Name of the source the files come from; a file's identity is this name plus its path "
                "relative to the folder given. Default: the absolute path of each folder given (of the "
                "file's folder for a file given directly). Name it for feeds that move or arrive in dated folders."
            ),
        )
        parser.add_argument(
            "--glob", default="*.txt", help="File pattern inside folders (default: %(default)s)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Run everything and report what would happen, but write nothing.",
        )
        parser.add_argument(
            "--json",
            action="store_true",
            help="Print one JSON object per input file (one per line) and nothing else on stdout.",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.NEWSDESK_MAX_IMPORT_BYTES,
            help="Refuse files larger than this many bytes (default: %(default)s).",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=(
                "Processes that clean documents in parallel while this one writes; 0 cleans "
                f"here. Default: one per CPU but one for batches of {PARALLEL_FROM} files or more, else 0."
            ),
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Never show the progress bar."
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help=(
                "Only queue the import, in chunks of NEWSDESK_IMPORT_CHUNK_FILES files, for task workers "
                "(manage.py db_worker; make run starts one), print the run's admin page and return. "
                "Nothing is imported until a worker runs."
            ),
        )
        parser.add_argument(
            "--cancel",
            type=int,
            metavar="RUN",
            help="Cancel background import run RUN: chunks not started are skipped, a running one stops soon.",
        )
        parser.add_argument(
            "--resume",
            type=int,
            metavar="RUN",
            help="Queue again what interrupted or cancelled background import run RUN has left.",
        )
        parser.add_argument(
            "--watch",
            metavar="FOLDER",
            help=(
                "Keep watching FOLDER and import files as they arrive or change, until Ctrl-C or SIGTERM. "
                "Unchanged files are not read again; files still being written wait for the next pass. "
                "With --background, each pass queues its files for task workers instead."
            ),
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=5.0,
            help="With --watch: seconds between two looks at the folder (default: %(default)s).",
        )
        parser.add_argument(
            "--passes",
            type=int,
            default=None,
            help="With --watch: stop after this many looks at the folder (default: keep watching).",
        )
        parser.add_argument(
            "--site-url",
            default=os.environ.get("NEWSDESK_SITE_URL", "http://127.0.0.1:8000"),
            help="Where the site is served, for the admin link --background prints (default: %(default)s).",
        )

    def handle(self, *args, **options):
        if options["cancel"] is not None or options["resume"] is not None:
            self._change_run(options)
            return
        if options["watch"] is not None:
            self._watch(options)
            return
        paths = options["paths"] or [settings.NEWSDESK_SEEDS_DIR]
        if not options["paths"] and not Path(paths[0]).is_dir():
            raise CommandError(f"No paths given and the default folder {paths[0]} does not exist.")
        if options["max_bytes"] <= 0:
            raise CommandError("--max-bytes must be a positive number of bytes.")
        as_json = options["json"]
        source = options["source"]
        if source is not None:
            try:
                check_source_name(source)
            except ValueError as exc:
                raise CommandError(f"--source: {exc}") from None
        given_files = source is None and any(not os.path.isdir(p) for p in paths)
        files = list(
            source_files(
                paths, glob=options["glob"], source=source, known_sources=known_sources() if given_files else ()
            )
        )
        arguments = {
            "paths": [display_path(str(p)) for p in paths],
            "glob": options["glob"],
            "max_bytes": options["max_bytes"],
            "source": source,
        }
        if options["background"]:
            self._enqueue(files=files, arguments=arguments, options=options)
            return
        batch = import_batch_start(arguments=arguments, dry_run=options["dry_run"], max_bytes=options["max_bytes"])
        workers = options["workers"]
        if workers is None:
            workers = max(1, (os.cpu_count() or 1) - 1) if len(files) >= PARALLEL_FROM else 0
        if workers < 0:
            raise CommandError("--workers must be 0 (clean in this process) or more.")
        stream = getattr(self.stderr, "_out", sys.stderr)
        show_progress = not options["no_progress"] and stream.isatty()
        stop = _StopRequest()
        with stop.on_signals(), tqdm(
            total=len(files), unit="file", file=stream, disable=not show_progress, leave=False
        ) as progress:
            results = ingest_sources(files, batch=batch, workers=workers)
            try:
                for result in results:
                    if as_json:
                        self.stdout.write(_json_line(result.as_json()))
                    progress.update(1)
                    if stop.signal:
                        break
            finally:
                results.close()  # stops the cleaning workers, drops queued work
        if stop.signal:
            import_batch_finish(batch=batch, interrupted=True)
            done = sum(batch.counts.values())
            run = f" Recorded as interrupted import run #{batch.run.pk}." if batch.run else ""
            raise CommandError(f"Interrupted ({stop.signal}) after {done} of {len(files)} files.{run}")
        import_batch_finish(batch=batch)
        self._report(batch=batch, total=len(files), out=self.stderr if as_json else self.stdout)
        failed = batch.counts[IngestStatus.FAILED.value]
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be imported.")

    def _change_run(self, options) -> None:
        if options["cancel"] is not None and options["resume"] is not None:
            raise CommandError("Give --cancel or --resume, not both.")
        if options["paths"]:
            raise CommandError("--cancel and --resume take a run number, no paths.")
        number = options["cancel"] if options["cancel"] is not None else options["resume"]
        run = ImportRun.objects.filter(pk=number).first()
        if run is None:
            raise CommandError(f"There is no import run #{number}.")
        try:
            if options["cancel"] is not None:
                run = import_run_cancel(run=run)
                self.stdout.write(f"Import run #{run.pk} cancelled ({run.done_files} of {run.total_files} files done).")
            else:
                run = import_run_resume(run=run)
                left = run.total_files - run.done_files
                self.stdout.write(f"Import run #{run.pk} queued again: {left} files left.")
        except ImportRunError as exc:
            raise CommandError(f"Import run #{run.pk}: {exc}") from None
        self.stdout.write(self._admin_url(run, options))

    def _watch(self, options) -> None:
        if options["paths"]:
            raise CommandError("--watch takes one folder; give no other paths.")
        for option in ("dry_run", "json", "workers"):
            if options[option] not in (False, None):
                flag = "--" + option.replace("_", "-")
                raise CommandError(f"{flag} cannot be combined with --watch.")
        if options["interval"] <= 0:
            raise CommandError("--interval must be a positive number of seconds.")
        if options["passes"] is not None and options["passes"] < 1:
            raise CommandError("--passes must be 1 or more.")
        if options["max_bytes"] <= 0:
            raise CommandError("--max-bytes must be a positive number of bytes.")
        source = options["source"]
        if source is not None:
            try:
                check_source_name(source)
            except ValueError as exc:
                raise CommandError(f"--source: {exc}") from None
        try:
            state = watch_start(
                folder=options["watch"], source=source, glob=options["glob"], max_bytes=options["max_bytes"],
                settle_seconds=options["interval"],
            )
        except WatchError as exc:
            raise CommandError(f"--watch: {exc}") from None
        self.stdout.write(
            f"Watching {display_path(str(state.folder))} every {options['interval']:g} s "
            f"(source {state.source}); Ctrl-C or SIGTERM stops."
        )
        stop = _StopRequest()
        with stop.on_signals():
            done = watch(
                state=state, interval=options["interval"], passes=options["passes"],
                background=options["background"], should_stop=lambda: stop.signal is not None,
                on_pass=lambda report: self._report_pass(report, options),
            )
        why = f" ({stop.signal})" if stop.signal else ""
        self.stdout.write(f"Stopped watching{why} after {done} pass{'es' if done != 1 else ''}.")

    def _report_pass(self, report, options) -> None:
        if report.idle and options["verbosity"] < 2:
            return
        parts = []
        if report.queued is not None:
            parts.append(f"queued import run #{report.queued.pk} ({len(report.queued_files)} files)")
        if report.results:
            counts = report.counts
            parts.append(", ".join(f"{counts[s.value]} {s.value}" for s in IngestStatus if counts[s.value]))
        parts.append(f"{report.unchanged} not read (same size, time and inode)")
        if report.waiting:
            parts.append(f"{len(report.waiting)} still being written")
        if report.gone:
            parts.append(f"{len(report.gone)} gone")
        run = f" Import run #{report.run.pk}." if report.run is not None else ""
        self.stdout.write(f"Pass {report.number}: " + "; ".join(parts) + "." + run)
        for result in report.results:
            if result.status in (IngestStatus.NEW, IngestStatus.UPDATED):
                self.stdout.write(f"  {result.status.value}: {result.file}")
            elif result.status is IngestStatus.DUPLICATE:
                self.stdout.write(f"  duplicate: {result.file} (same bytes as {result.duplicate_of})")
        for result in report.failed:
            style = self.style.ERROR if result.status is IngestStatus.FAILED else self.style.WARNING
            self.stdout.write(style(f"  {result.status.value}: {result.file}: {result.error}"))
        for path in report.waiting:
            self.stdout.write(f"  waiting: {path} (still being written)")
        for path in report.gone:
            self.stdout.write(self.style.WARNING(f"  gone: {path} (what was imported from it is kept)"))
        if report.queued is not None:
            self.stdout.write(self._admin_url(report.queued, options))
        if report.error:
            self.stderr.write(self.style.ERROR(
                f"  {report.error} The watch goes on; resume with: import_seeds --resume {report.queued.pk}"
            ))

    def _admin_url(self, run, options) -> str:
        return options["site_url"].rstrip("/") + reverse("admin:corpus_importrun_change", args=[run.pk])

    def _enqueue(self, *, files, arguments, options) -> None:
        for option in ("dry_run", "json", "workers"):
            if options[option] not in (False, None):
                flag = "--" + option.replace("_", "-")
                raise CommandError(f"{flag} cannot be combined with --background (workers import the files).")
        try:
            run = import_run_enqueue(files=files, arguments=arguments, max_bytes=options["max_bytes"])
        except ImportRunError as exc:
            raise CommandError(str(exc)) from None
        chunks = run.chunks.count()
        self.stdout.write(
            f"Queued import run #{run.pk}: {run.total_files} files in {chunks} chunks; "
            f"nothing is imported until a task worker runs (manage.py {worker_command()})."
        )
        self.stdout.write(self._admin_url(run, options))

    def _report(self, *, batch, total: int, out) -> None:
        counts = ", ".join(f"{batch.counts[s.value]} {s.value}" for s in IngestStatus)
        prefix = "Dry run, nothing written: " if batch.dry_run else ""
        out.write(f"{prefix}{total} files: {counts}.")
        for failure in batch.failures:
            out.write(self.style.ERROR(f"  failed: {failure['file']}: {failure['error']}"))
        for skipped in batch.skipped:
            out.write(self.style.WARNING(f"  skipped: {skipped['file']}: {skipped['error']}"))
        if batch.run is not None:
            out.write(f"Recorded as import run #{batch.run.pk}.")


def _json_line(data: dict) -> str:
    """One JSON object as a line of valid UTF-8, whatever strings it holds.

    Paths are already in display form; a lone surrogate anywhere else becomes
    a JSON ``\\uXXXX`` escape instead of bytes that are not UTF-8.
    """
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(data, ensure_ascii=True)
    return line


class _StopRequest:
    """SIGTERM, SIGINT (Ctrl-C) or SIGHUP ask the import to stop after the file in hand.

    The handler only records the request: raising from a signal handler could
    land in the middle of a database exchange and leave the connection unable
    to record the run. The loop stops at the next file boundary and the run is
    stored as interrupted. A second signal gets the default handling, so a
    stuck import can still be ended at once. Handlers can only be installed
    in the main thread; elsewhere the default handling stays, and the next
    run marks a killed run interrupted (corpus.services.runs).
    """

    SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)

    def __init__(self) -> None:
        self.signal: str | None = None

    def _handle(self, signum, frame) -> None:
        self.signal = signal.Signals(signum).name
        signal.signal(signum, signal.SIG_DFL if signum != signal.SIGINT else signal.default_int_handler)

    @contextmanager
    def on_signals(self):
        previous = {}
        try:
            for signum in self.SIGNALS:
                previous[signum] = signal.signal(signum, self._handle)
        except ValueError:  # not the main thread
            pass
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
