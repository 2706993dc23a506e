"""Ingest services: the only code that writes corpus rows.

One file is one unit of work: :func:`ingest_file` reads it, runs the pipeline
and, in its own transaction, stores the :class:`SourceDocument` and hands the
cleaned text to :func:`editorial.services.article_import_source`. A failing
file never leaves partial rows and never stops the batch.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from corpus.models import ImportRun, SourceDocument
from corpus.pipeline import workers as workers_entry
from corpus.pipeline import (
    DEFAULT_MAX_BYTES,
    PIPELINE_VERSION,
    CleanedDocument,
    RefusedInput,
    TagMatcher,
    VocabularyEntry,
    build_matcher,
    check_size,
    clean_document,
)
from editorial.models import Article, Tag, Version
from editorial.services import article_import_source

logger = logging.getLogger(__name__)


class IngestStatus(str, Enum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class SourceFile:
    """A file to import. ``name`` is its identity: the path relative to the
    folder it was found in, or the bare file name when given directly."""

    path: Path
    name: str


@dataclass
class IngestResult:
    file: str
    name: str
    status: IngestStatus
    sha256: str | None = None
    error: str | None = None
    duplicate_of: str | None = None
    cleaned: CleanedDocument | None = None
    stored_pk: int | None = None  # the known document, for unchanged/duplicate

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` contract: one object per input file."""
        data: dict[str, Any] = {
            "file": self.file,
            "sha256": self.sha256,
            "status": self.status.value,
            "error": self.error,
            "duplicate_of": self.duplicate_of,
            "encoding": None,
            "language": None,
            "language_confidence": None,
            "title": None,
            "summary": None,
            "paragraphs": [],
            "removed": [],
            "corrections": [],
            "tags": [],
        }
        if self.cleaned is not None:
            data.update(report_from_cleaned(self.cleaned))
        elif self.stored_pk is not None:
            # Loaded only when asked for: a re-import without --json never
            # reads stored paragraphs back.
            doc = SourceDocument.objects.defer("raw").get(pk=self.stored_pk)
            data.update(
                encoding=doc.encoding,
                language=doc.language,
                language_confidence=doc.language_confidence,
                title=doc.proposed_title,
                summary=doc.proposed_summary,
                paragraphs=list(doc.cleaned_paragraphs),
                removed=doc.report.get("removed", []),
                corrections=doc.report.get("corrections", []),
                tags=doc.report.get("tags", []),
            )
        return data


def report_from_cleaned(cleaned: CleanedDocument) -> dict[str, Any]:
    """The pipeline's findings as plain JSON-able data (stored and printed)."""
    return {
        "encoding": cleaned.encoding,
        "language": cleaned.language.code,
        "language_confidence": round(cleaned.language.confidence, 4),
        "title": cleaned.title,
        "summary": cleaned.summary,
        "paragraphs": list(cleaned.paragraphs),
        "removed": [
            {"text": r.text, "reason": r.reason.value, "detail": r.detail} for r in cleaned.removed
        ],
        "corrections": [
            {
                "kind": c.kind,
                "original": c.original,
                "suggestion": c.suggestion,
                "occurrences": c.occurrences,
                "detail": c.detail,
            }
            for c in cleaned.corrections
        ],
        "tags": [
            {
                "name": t.name,
                "kind": t.kind.value,
                "score": round(t.score, 4),
                "evidence": list(t.evidence),
                "vocabulary_key": t.vocabulary_key,
            }
            for t in cleaned.tags
        ],
    }


@dataclass
class ImportBatch:
    """State shared by the files of one ``import_seeds`` invocation.

    ``seen`` maps the sha256 of every file handled so far to its name, so
    duplicates inside one batch are found without writing anything (which a
    dry run relies on). ``new_names`` does the same for article identities.
    """

    run: ImportRun | None
    vocabulary: list[VocabularyEntry]
    matcher: TagMatcher
    max_bytes: int = DEFAULT_MAX_BYTES
    dry_run: bool = False
    seen: dict[str, str] = field(default_factory=dict)
    new_names: set[str] = field(default_factory=set)
    counts: Counter = field(default_factory=Counter)
    failures: list[dict[str, str]] = field(default_factory=list)

    def record(self, result: IngestResult) -> IngestResult:
        self.counts[result.status.value] += 1
        if result.status is IngestStatus.FAILED:
            self.failures.append({"file": result.file, "error": result.error or ""})
        return result


def source_files(paths: Iterable[str | Path], *, glob: str = "*.txt") -> Iterator[SourceFile]:
    """Yield the files to import, in a stable order.

    Directories are searched recursively for ``glob``; files are taken as
    they are, whatever their extension. A path that does not exist is still
    yielded, so that it is reported as failed instead of silently skipped.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob(glob)):
                if found.is_file():
                    yield SourceFile(found, found.relative_to(path).as_posix())
        else:
            yield SourceFile(path, path.name)


def import_batch_start(
    *, arguments: dict[str, Any], dry_run: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> ImportBatch:
    """Open an import batch; records an :class:`ImportRun` unless dry-running."""
    run = None if dry_run else ImportRun.objects.create(arguments=arguments)
    vocabulary = Tag.objects.vocabulary_entries()
    return ImportBatch(
        run=run,
        vocabulary=vocabulary,
        matcher=build_matcher(vocabulary),
        max_bytes=max_bytes,
        dry_run=dry_run,
    )


def import_batch_finish(*, batch: ImportBatch) -> None:
    """Store the counts and failures of the batch on its run."""
    if batch.run is None:
        return
    batch.run.finished_at = timezone.now()
    batch.run.counts = dict(batch.counts)
    batch.run.failures = batch.failures
    batch.run.status = (
        ImportRun.Status.FINISHED_WITH_ERRORS if batch.failures else ImportRun.Status.FINISHED
    )
    batch.run.save(update_fields=["finished_at", "counts", "failures", "status"])


def ingest_file(*, source: SourceFile, batch: ImportBatch) -> IngestResult:
    """Import one file and report what happened.

    Never raises for bad input: unreadable, empty, binary, oversized or
    undecodable files come back as ``failed`` with the reason, and nothing
    is written for them. Identical bytes seen before are ``unchanged`` (same
    name) or ``duplicate`` (other name); new bytes under a known name add a
    draft version to that article (``updated``), never touching what is live.
    """
    prepared = _prepare(source=source, batch=batch)
    if isinstance(prepared, IngestResult):
        return batch.record(prepared)
    try:
        outcome: CleanedDocument | BaseException = clean_document(
            prepared.data, max_bytes=batch.max_bytes, matcher=batch.matcher
        )
    except Exception as exc:  # judged in _finish: a refusal or a pipeline bug
        outcome = exc
    return batch.record(_finish(pending=prepared, outcome=outcome, batch=batch))


def ingest_paths(
    paths: Sequence[str | Path], *, glob: str = "*.txt", batch: ImportBatch, workers: int = 0
) -> Iterator[IngestResult]:
    """Ingest every file under ``paths`` (see :func:`source_files`)."""
    return ingest_sources(source_files(paths, glob=glob), batch=batch, workers=workers)


def ingest_sources(
    sources: Iterable[SourceFile], *, batch: ImportBatch, workers: int = 0
) -> Iterator[IngestResult]:
    """Ingest ``sources``, yielding results in input order.

    With ``workers`` > 0 the cleaning runs in that many worker processes
    while this process reads files and writes rows; each document still gets
    its own transaction here, and at most a few files per worker are held in
    memory at once, so memory stays flat however many files there are.
    """
    if workers <= 0:
        for source in sources:
            yield ingest_file(source=source, batch=batch)
        return
    context = multiprocessing.get_context("spawn")  # workers never inherit DB connections
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=workers_entry.start,
        initargs=(batch.vocabulary,),
    ) as pool:
        window: deque[IngestResult | tuple[_Pending, Future]] = deque()
        for source in sources:
            prepared = _prepare(source=source, batch=batch)
            if isinstance(prepared, IngestResult):
                window.append(prepared)
            else:
                window.append((prepared, pool.submit(workers_entry.clean, prepared.data, batch.max_bytes)))
            while window and (len(window) > 8 * workers or _ready(window[0])):
                yield _settle(window.popleft(), batch)
        while window:
            yield _settle(window.popleft(), batch)


def _ready(item: IngestResult | tuple[_Pending, Future]) -> bool:
    return isinstance(item, IngestResult) or item[1].done()


def _settle(item: IngestResult | tuple[_Pending, Future], batch: ImportBatch) -> IngestResult:
    if isinstance(item, IngestResult):
        return batch.record(item)
    pending, future = item
    try:
        outcome: CleanedDocument | BaseException = future.result()
    except Exception as exc:
        outcome = exc
    return batch.record(_finish(pending=pending, outcome=outcome, batch=batch))


@dataclass
class _Pending:
    """A file read and hashed, not known before, waiting to be cleaned."""

    shown: str
    name: str
    sha: str
    data: bytes


def _prepare(*, source: SourceFile, batch: ImportBatch) -> IngestResult | _Pending:
    shown = str(source.path)
    try:
        check_size(source.path.stat().st_size, max_bytes=batch.max_bytes)
        data = source.path.read_bytes()
    except RefusedInput as exc:
        return IngestResult(shown, source.name, IngestStatus.FAILED, error=exc.message)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return IngestResult(shown, source.name, IngestStatus.FAILED, error=f"Cannot read file: {reason}.")
    sha = hashlib.sha256(data).hexdigest()
    known = _known(sha=sha, name=source.name, shown=shown, batch=batch)
    if known is not None:
        return known
    # Claimed now, not when stored, so that a copy later in the same batch is
    # a duplicate even while this file is still being cleaned elsewhere.
    batch.seen[sha] = source.name
    return _Pending(shown=shown, name=source.name, sha=sha, data=data)


def _finish(*, pending: _Pending, outcome: CleanedDocument | BaseException, batch: ImportBatch) -> IngestResult:
    shown, name, sha = pending.shown, pending.name, pending.sha
    if isinstance(outcome, BaseException):
        batch.seen.pop(sha, None)
        if isinstance(outcome, RefusedInput):
            return IngestResult(shown, name, IngestStatus.FAILED, sha256=sha, error=outcome.message)
        logger.error("Cleaning %s failed", shown, exc_info=outcome)
        return IngestResult(
            shown, name, IngestStatus.FAILED, sha256=sha, error=f"Internal error while cleaning: {outcome!r}"
        )
    cleaned = outcome
    if batch.dry_run:
        exists = name in batch.new_names or Article.objects.filter(source_name=name).exists()
        status = IngestStatus.UPDATED if exists else IngestStatus.NEW
    else:
        try:
            version = _store(name=name, sha=sha, data=pending.data, cleaned=cleaned, batch=batch)
            status = IngestStatus.NEW if version.number == 1 else IngestStatus.UPDATED
        except IntegrityError:
            # Another import stored the same bytes meanwhile: report it as such.
            batch.seen.pop(sha, None)
            known = _known(sha=sha, name=name, shown=shown, batch=batch)
            if known is not None:
                return known
            return IngestResult(
                shown, name, IngestStatus.FAILED, sha256=sha,
                error="Another import created this article at the same time; run the import again.",
            )
        except Exception as exc:
            batch.seen.pop(sha, None)
            logger.exception("Storing %s failed", shown)
            return IngestResult(
                shown, name, IngestStatus.FAILED, sha256=sha, error=f"Could not store the document: {exc!r}"
            )
    batch.new_names.add(name)
    return IngestResult(shown, name, status, sha256=sha, cleaned=cleaned)


def _known(*, sha: str, name: str, shown: str, batch: ImportBatch) -> IngestResult | None:
    if sha in batch.seen:
        first = batch.seen[sha]
        if first == name:
            return IngestResult(shown, name, IngestStatus.UNCHANGED, sha256=sha)
        return IngestResult(shown, name, IngestStatus.DUPLICATE, sha256=sha, duplicate_of=first)
    stored = SourceDocument.objects.filter(sha256=sha).values_list("pk", "source_name").first()
    if stored is None:
        return None
    stored_pk, stored_name = stored
    batch.seen[sha] = stored_name
    if stored_name == name:
        return IngestResult(shown, name, IngestStatus.UNCHANGED, sha256=sha, stored_pk=stored_pk)
    return IngestResult(
        shown, name, IngestStatus.DUPLICATE, sha256=sha, duplicate_of=stored_name, stored_pk=stored_pk
    )


def _store(*, name: str, sha: str, data: bytes, cleaned: CleanedDocument, batch: ImportBatch) -> Version:
    report = report_from_cleaned(cleaned)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # This commit need not wait for the WAL flush: a server crash can
            # lose at most the last moments of an import, never corrupt it,
            # and re-running the idempotent import redoes exactly those
            # files. Scoped to this transaction (SET LOCAL), so edits made
            # elsewhere on a reused connection stay fully durable.
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        document = SourceDocument.objects.create(
            import_run=batch.run,
            source_name=name,
            file_name=Path(name).name,
            sha256=sha,
            size=len(data),
            raw=data,
            encoding=cleaned.encoding,
            was_html=cleaned.was_html,
            language=cleaned.language.code,
            language_confidence=cleaned.language.confidence,
            cleaned_paragraphs=list(cleaned.paragraphs),
            proposed_title=cleaned.title[:500],
            proposed_summary=cleaned.summary,
            report={
                "removed": report["removed"],
                "corrections": report["corrections"],
                "tags": report["tags"],
                "fixes": list(cleaned.fixes),
            },
            pipeline_version=PIPELINE_VERSION,
        )
        return article_import_source(source_document=document, cleaned=cleaned)
