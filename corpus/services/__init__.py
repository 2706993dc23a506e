"""Ingest services: the only code that writes corpus rows (see the modules)."""

from corpus.services.background import (
    ImportRunError,
    import_chunk,
    import_chunk_run,
    import_run_cancel,
    import_run_enqueue,
    import_run_resume,
)
from corpus.services.ingest import ingest_file, ingest_paths, ingest_sources, tracked_file_fingerprint_record
from corpus.services.reports import (
    CorpusReason,
    IngestResult,
    IngestStatus,
    cleaned_from_document,
    report_from_cleaned,
)
from corpus.services.runs import (
    ImportBatch,
    import_batch_finish,
    import_batch_start,
    import_batch_for,
    import_run_settle,
    import_runs_mark_interrupted,
    known_sources,
)
from corpus.services.watch import WatchError, WatchPass, WatchState, watch, watch_pass, watch_start
from corpus.sources import SourceFile, source_files

__all__ = [
    "CorpusReason",
    "ImportBatch",
    "ImportRunError",
    "IngestResult",
    "IngestStatus",
    "SourceFile",
    "WatchError",
    "WatchPass",
    "WatchState",
    "cleaned_from_document",
    "import_batch_finish",
    "import_batch_for",
    "import_batch_start",
    "import_chunk",
    "import_chunk_run",
    "import_run_cancel",
    "import_run_enqueue",
    "import_run_resume",
    "import_run_settle",
    "import_runs_mark_interrupted",
    "ingest_file",
    "ingest_paths",
    "ingest_sources",
    "known_sources",
    "report_from_cleaned",
    "source_files",
    "tracked_file_fingerprint_record",
    "watch",
    "watch_pass",
    "watch_start",
]
