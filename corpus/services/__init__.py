"""Ingest services: the only code that writes corpus rows (see the modules)."""

from corpus.services.ingest import ingest_file, ingest_paths, ingest_sources
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
    import_runs_mark_interrupted,
    known_sources,
)
from corpus.sources import SourceFile, source_files

__all__ = [
    "CorpusReason",
    "ImportBatch",
    "IngestResult",
    "IngestStatus",
    "SourceFile",
    "cleaned_from_document",
    "import_batch_finish",
    "import_batch_start",
    "import_runs_mark_interrupted",
    "ingest_file",
    "ingest_paths",
    "ingest_sources",
    "known_sources",
    "report_from_cleaned",
    "source_files",
]
