"""Ingest services: the only code that writes corpus rows.

One file is one unit of work: :func:`ingest_file` reads it, runs the pipeline
and, in its own transaction, stores the :class:`SourceDocument` and hands the
cleaned text to :func:`editorial.services.article_import_source`. A failing
file never leaves partial rows and never stops the batch; a file that
another import changes at the same moment is retried in a fresh transaction.
Editorial rows are only ever written through :mod:`editorial.services`.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import random
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from hashlib import sha256 as sha256_of
from pathlib import Path

from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from corpus import worker_process
from corpus.glossary import flag_artefacts
from corpus.inserts import insert_returning
from corpus.models import SourceDocument, TrackedFile
from corpus.names import Spelling, person_spellings
from corpus.pipeline import (
    PIPELINE_VERSION,
    CleanedDocument,
    RefusalReason,
    RefusedInput,
    check_size,
    clean_document,
)
from corpus.pipeline import workers as workers_entry
from corpus.repetition import paragraph_hashes
from corpus.services.names import counted_before, name_variants_flag, names_count
from corpus.services.refusals import has_content, only_boilerplate
from corpus.services.repetition import lines_count, repeated_lines_cut
from corpus.services.reports import (
    IngestResult,
    IngestStatus,
    cleaned_from_document,
    report_from_cleaned,
    result_for,
)
from corpus.services.runs import ImportBatch, known_sources
from corpus.sources import Fingerprint, NotRegularFile, SourceFile, read_source, source_files
from editorial.exceptions import StaleVersionError
from editorial.models import Article
from editorial.services import article_import_source

logger = logging.getLogger(__name__)

# Four importers writing the same article each lose at most three races in a
# row; eight attempts with growing, jittered pauses leave a wide margin.
MAX_ATTEMPTS = 8


def ingest_file(*, source: SourceFile, batch: ImportBatch) -> IngestResult:
    """Import one file and report what happened.

    Never raises for bad input: unreadable, special, empty, binary,
    oversized or undecodable files, and files with nothing left after
    cleaning, come back as ``failed`` (or ``skipped``) with the reason, and
    nothing is written for them. Bytes this file held when last imported are
    ``unchanged``; bytes it held earlier make a new draft from that earlier
    document (``updated``: the article follows the file); bytes another file
    holds are a ``duplicate``. New bytes under a known identity add a draft
    version to that article (``updated``), never touching what is live.
    A ``source`` with a fingerprint has it recorded on its tracked file
    once the file is known to hold what was read (new, updated, unchanged).
    """
    prepared = _prepare(source=source, batch=batch)
    if isinstance(prepared, IngestResult):
        return batch.record(_fingerprint_kept(source, prepared, batch))
    try:
        outcome: CleanedDocument | BaseException = clean_document(
            prepared.data, max_bytes=batch.max_bytes, matcher=batch.matcher
        )
    except Exception as exc:  # judged in _finish: a refusal or a pipeline bug
        outcome = exc
    return batch.record(_fingerprint_kept(source, _finish(pending=prepared, outcome=outcome, batch=batch), batch))


def tracked_file_fingerprint_record(*, name: str, fingerprint: Fingerprint) -> bool:
    """Record what ``stat`` said about file ``name`` before it was last read.

    One UPDATE; False when the file is not tracked (a duplicate of another
    file's bytes, or never imported), which is then simply read again next
    time. The fingerprint must have been taken before the read, so a file
    changed in between is read once more rather than skipped.
    """
    return bool(
        TrackedFile.objects.filter(source_name=name).update(
            size=fingerprint.size, mtime_ns=fingerprint.mtime_ns, inode=fingerprint.inode
        )
    )


def _fingerprint_kept(source: SourceFile, result: IngestResult, batch: ImportBatch) -> IngestResult:
    if source.fingerprint is not None and not batch.dry_run and result.status in _HOLDS_WHAT_WAS_READ:
        tracked_file_fingerprint_record(name=source.name, fingerprint=source.fingerprint)
    return result


_HOLDS_WHAT_WAS_READ = frozenset({IngestStatus.NEW, IngestStatus.UPDATED, IngestStatus.UNCHANGED})


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    glob: str = "*.txt",
    batch: ImportBatch,
    workers: int = 0,
    source: str | None = None,
) -> Iterator[IngestResult]:
    """Ingest every file under ``paths`` (see :func:`corpus.sources.source_files`)."""
    given_files = source is None and any(not os.path.isdir(p) for p in paths)
    files = source_files(
        paths, glob=glob, source=source, known_sources=known_sources() if given_files else ()
    )
    return ingest_sources(files, batch=batch, workers=workers)


def ingest_sources(
    sources: Iterable[SourceFile], *, batch: ImportBatch, workers: int = 0
) -> Iterator[IngestResult]:
    """Ingest ``sources``, yielding results in input order.

    With ``workers`` > 0 the cleaning runs in that many worker processes
    while this process reads files and writes rows; each document still gets
    its own transaction here, and at most a few files per worker are held in
    memory at once, so memory stays flat however many files there are. The
    workers end with this process, however it ends (see
    :mod:`corpus.worker_process`); if the import is stopped, queued work is
    cancelled.
    """
    if workers <= 0:
        for source in sources:
            yield ingest_file(source=source, batch=batch)
        return
    context = multiprocessing.get_context("spawn")  # workers never inherit DB connections
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=worker_process.start,
        initargs=(batch.vocabulary, os.getpid()),
    )
    try:
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
    finally:
        # On a signal or an abandoned loop, don't clean what nobody will store.
        pool.shutdown(wait=True, cancel_futures=True)


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

    file: SourceFile
    sha: str
    data: bytes
    paragraphs: tuple[str, ...] = ()  # as cleaned, before corpus-wide steps cut any
    hashes: list[int | None] = field(default_factory=list)  # theirs, for the repetition counts
    spellings: tuple[Spelling, ...] = ()  # people's names, for the name counts

    @property
    def name(self) -> str:
        return self.file.name


@dataclass(frozen=True)
class _Earlier:
    """These bytes were imported for this very file before, but it held others since."""

    document_pk: int


def _prepare(*, source: SourceFile, batch: ImportBatch) -> IngestResult | _Pending:
    if source.problem is not None:
        return result_for(source, IngestStatus(source.problem.status), error=source.problem.reason)
    try:
        data = read_source(source.path, max_bytes=batch.max_bytes, check_size=check_size)
    except RefusedInput as exc:
        return result_for(source, IngestStatus.FAILED, error=exc.message)
    except NotRegularFile as exc:
        return result_for(source, IngestStatus.FAILED, error=f"{exc.strerror}.")
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return result_for(source, IngestStatus.FAILED, error=f"Cannot read file: {reason}.")
    sha = sha256_of(data).hexdigest()
    known = _lookup(sha=sha, file=source, batch=batch)
    if isinstance(known, _Earlier):
        return _follow_earlier(file=source, sha=sha, earlier=known, batch=batch)
    if known is not None:
        return known
    # Claimed now, not when stored, so that a copy later in the same batch is
    # a duplicate even while this file is still being cleaned elsewhere.
    batch.seen[sha] = source.name
    return _Pending(file=source, sha=sha, data=data)


def _finish(*, pending: _Pending, outcome: CleanedDocument | BaseException, batch: ImportBatch) -> IngestResult:
    file, sha = pending.file, pending.sha
    if isinstance(outcome, BaseException):
        batch.seen.pop(sha, None)
        if isinstance(outcome, RefusedInput) and outcome.reason in (
            RefusalReason.NO_TEXT, RefusalReason.ONLY_BOILERPLATE
        ):
            # A pipeline that says what it cut (``removed`` on the refusal) is
            # believed; otherwise every line of the file was cut.
            cut = tuple(getattr(outcome, "removed", ()) or ())
            return only_boilerplate(
                file=file, sha=sha, data=pending.data, cleaned=None, max_bytes=batch.max_bytes, cut=cut
            )
        if isinstance(outcome, RefusedInput):
            return result_for(file, IngestStatus.FAILED, sha256=sha, error=outcome.message)
        logger.error("Cleaning %s failed", file.shown, exc_info=outcome)
        return result_for(file, IngestStatus.FAILED, sha256=sha, error=f"Internal error while cleaning: {outcome!r}")
    cleaned = outcome
    if not has_content(cleaned.paragraphs):
        batch.seen.pop(sha, None)
        return only_boilerplate(file=file, sha=sha, data=pending.data, cleaned=cleaned, max_bytes=batch.max_bytes)
    # Counted as they came from the pipeline, before corpus-wide steps cut any.
    pending.paragraphs, pending.hashes = cleaned.paragraphs, paragraph_hashes(cleaned.paragraphs)
    pending.spellings = person_spellings(cleaned.tags)
    try:
        cleaned = repeated_lines_cut(cleaned=cleaned, source=file.source, hashes=pending.hashes)
        cleaned = flag_artefacts(cleaned, glossary=batch.glossary)
        counted = counted_before(file.name, cleaned.language.code) if pending.spellings else frozenset()
        cleaned = name_variants_flag(cleaned=cleaned, source=file.source, counted=counted)
    except Exception as exc:
        batch.seen.pop(sha, None)
        return _store_failed(file, sha, batch, exc)
    if batch.dry_run:
        exists = file.name in batch.new_names or Article.objects.filter(source_name=file.name).exists()
        status = IngestStatus.UPDATED if exists else IngestStatus.NEW
        batch.new_names.add(file.name)
        return result_for(file, status, sha256=sha, cleaned=cleaned)
    return _store_with_retries(pending=pending, cleaned=cleaned, batch=batch)


def _lookup(*, sha: str, file: SourceFile, batch: ImportBatch) -> IngestResult | _Earlier | None:
    """What is known about these bytes: one indexed query, none for a batch repeat."""
    name = file.name
    if sha in batch.seen:
        first = batch.seen[sha]
        if first == name:
            return result_for(file, IngestStatus.UNCHANGED, sha256=sha)
        return result_for(file, IngestStatus.DUPLICATE, sha256=sha, duplicate_of=first)
    with connection.cursor() as cursor:
        cursor.execute(_lookup_sql(), [name, sha])
        stored = cursor.fetchone()
    if stored is None:
        return None
    stored_pk, stored_name, is_current = stored
    batch.seen[sha] = stored_name
    if stored_name != name:
        return result_for(file, IngestStatus.DUPLICATE, sha256=sha, duplicate_of=stored_name, stored_pk=stored_pk)
    if bool(is_current):
        return result_for(file, IngestStatus.UNCHANGED, sha256=sha, stored_pk=stored_pk)
    return _Earlier(stored_pk)


@functools.cache
def _lookup_sql() -> str:
    """The document holding these bytes, and whether it is what this file holds now.

    Plain SQL on the hot path: the same question through the ORM (a filter
    with an ``Exists`` annotation) costs several times the query itself to
    compile, once per file, which is most of what a re-import does.
    """
    quote = connection.ops.quote_name
    documents, files = quote(SourceDocument._meta.db_table), quote(TrackedFile._meta.db_table)
    return (
        f"SELECT d.id, d.source_name, EXISTS (SELECT 1 FROM {files} t "
        f"WHERE t.source_name = %s AND t.document_id = d.id) "
        f"FROM {documents} d WHERE d.sha256 = %s"
    )


def _follow_earlier(*, file: SourceFile, sha: str, earlier: _Earlier, batch: ImportBatch) -> IngestResult:
    """The file went back to bytes imported before: its article gets them again as a new draft."""
    batch.new_names.add(file.name)
    if batch.dry_run:
        return result_for(file, IngestStatus.UPDATED, sha256=sha, stored_pk=earlier.document_pk)

    def store(attempt: int) -> None:
        document = SourceDocument.objects.defer("raw").get(pk=earlier.document_pk)
        article_import_source(source_document=document, cleaned=cleaned_from_document(document))
        _point(name=file.name, document_pk=document.pk, fresh=False)

    return _with_retries(
        file=file, sha=sha, batch=batch, store=store,
        done=lambda: result_for(file, IngestStatus.UPDATED, sha256=sha, stored_pk=earlier.document_pk),
    )


def _store_with_retries(*, pending: _Pending, cleaned: CleanedDocument, batch: ImportBatch) -> IngestResult:
    file, sha = pending.file, pending.sha
    outcome: dict[str, int] = {}

    def store(attempt: int) -> None:
        outcome["number"] = _store(pending=pending, cleaned=cleaned, batch=batch, first=attempt == 0).number

    def done() -> IngestResult:
        batch.new_names.add(file.name)
        status = IngestStatus.NEW if outcome["number"] == 1 else IngestStatus.UPDATED
        return result_for(file, status, sha256=sha, cleaned=cleaned)

    return _with_retries(file=file, sha=sha, batch=batch, store=store, done=done)


def _with_retries(*, file: SourceFile, sha: str, batch: ImportBatch, store, done) -> IngestResult:
    """Run ``store`` in its own transaction, again while other imports race for the same rows.

    Races show up as :class:`StaleVersionError` (another draft was appended
    first), :class:`IntegrityError` (another import created the article, the
    tracked file or stored these very bytes first) or, on SQLite, a lock
    timeout. Each attempt starts from a fresh transaction and first checks
    whether the other import already stored these bytes.
    """
    for attempt in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
                _commit_without_flush_wait()
                store(attempt)
            return done()
        except (StaleVersionError, IntegrityError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and not any(w in str(exc).lower() for w in ("locked", "deadlock")):
                return _store_failed(file, sha, batch, exc)
            logger.info("Import of %s raced another import (%r); attempt %d", file.shown, exc, attempt + 1)
            batch.seen.pop(sha, None)
            known = _lookup(sha=sha, file=file, batch=batch)
            if isinstance(known, IngestResult):
                return known
            if isinstance(known, _Earlier) and attempt + 1 < MAX_ATTEMPTS:
                # Our bytes are stored, but another import's are current: make ours current.
                return _follow_earlier(file=file, sha=sha, earlier=known, batch=batch)
            batch.seen[sha] = file.name
            time.sleep(random.uniform(0, 0.02 * 2**attempt))
        except Exception as exc:
            return _store_failed(file, sha, batch, exc)
    batch.seen.pop(sha, None)
    return result_for(
        file, IngestStatus.FAILED, sha256=sha,
        error=f"Other imports kept changing this article; gave up after {MAX_ATTEMPTS} attempts. Run the import again.",
    )


def _store_failed(file: SourceFile, sha: str, batch: ImportBatch, exc: BaseException) -> IngestResult:
    batch.seen.pop(sha, None)
    logger.error("Storing %s failed", file.shown, exc_info=exc)
    return result_for(file, IngestStatus.FAILED, sha256=sha, error=f"Could not store the document: {exc!r}")


def _commit_without_flush_wait() -> None:
    if connection.vendor == "postgresql":
        # This commit need not wait for the WAL flush: a server crash can
        # lose at most the last moments of an import, never corrupt it,
        # and re-running the idempotent import redoes exactly those
        # files. Scoped to this transaction (SET LOCAL), so edits made
        # elsewhere on a reused connection stay fully durable.
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")


def _store(*, pending: _Pending, cleaned: CleanedDocument, batch: ImportBatch, first: bool):
    file, data = pending.file, pending.data
    report = report_from_cleaned(cleaned)
    # One cached INSERT (corpus.inserts): the ORM's create compiled it anew for every file.
    document = insert_returning(SourceDocument(
        import_run=batch.run,
        source_name=file.name,
        source=file.source,
        relative_path=file.relative_path,
        file_name=file.relative_path.rsplit("/", 1)[-1][:255],
        sha256=pending.sha,
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
    ))
    version = article_import_source(source_document=document, cleaned=cleaned)
    # A first version means a new article, hence (almost always) a new file:
    # insert without looking. If the file was tracked anyway (its article was
    # deleted), the insert fails and the retry updates instead.
    _point(name=file.name, document_pk=document.pk, fresh=first and version.number == 1)
    if version.number == 1:
        # A file counts once, as first seen: its own later versions repeating
        # its headline must never make that headline look like a template.
        lines_count(source=file.source, paragraphs=pending.paragraphs, hashes=pending.hashes)
        names_count(source=file.source, language=cleaned.language.code, spellings=pending.spellings)
    return version


def _point(*, name: str, document_pk: int, fresh: bool) -> None:
    """Record ``document_pk`` as the bytes file ``name`` now holds.

    Plain SQL for the insert every new file pays (the ORM's ``create`` costs
    several times the statement); an existing file's pointer moves with an
    ordinary update.
    """
    if not fresh and TrackedFile.objects.filter(source_name=name).update(document_id=document_pk):
        return
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(_insert_tracked_sql(), [name, document_pk, now])


@functools.cache
def _insert_tracked_sql() -> str:
    quote = connection.ops.quote_name
    return (
        f"INSERT INTO {quote(TrackedFile._meta.db_table)} (source_name, document_id, updated_at) "
        f"VALUES (%s, %s, %s)"
    )
