"""What an import says about each file: statuses and the ``--json`` report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from corpus.models import SourceDocument
from corpus.pipeline import CleanedDocument, LanguageGuess, Removal, TagCandidate, TagKind
from corpus.removals import CorpusReason
from corpus.sources import SourceFile

__all__ = [
    "CorpusReason",
    "IngestResult",
    "IngestStatus",
    "cleaned_from_document",
    "report_from_cleaned",
    "result_for",
]


class IngestStatus(str, Enum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    DUPLICATE = "duplicate"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass
class IngestResult:
    file: str  # the path as given or found, in display form (always valid UTF-8)
    name: str  # the identity key, "<source>:<relative path>"
    status: IngestStatus
    sha256: str | None = None
    error: str | None = None
    duplicate_of: str | None = None
    cleaned: CleanedDocument | None = None
    stored_pk: int | None = None  # the known document, for unchanged/duplicate/reverted
    source: str = ""
    relative_path: str = ""
    removed: tuple[Removal, ...] = ()  # what was cut from a refused file, when nothing else is reported

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` contract: one object per input file."""
        data: dict[str, Any] = {
            "file": self.file,
            "source_name": self.name,
            "source": self.source,
            "relative_path": self.relative_path,
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
        elif self.removed:
            data["removed"] = [_removal(r) for r in self.removed]
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


def _value(reason: Any) -> str:
    return reason.value if isinstance(reason, Enum) else str(reason)


def result_for(file: SourceFile, status: IngestStatus, **kwargs) -> IngestResult:
    """What happened to ``file``, with its identity filled in."""
    return IngestResult(
        file.shown, file.name, status, source=file.source, relative_path=file.relative_path, **kwargs
    )


def _removal(removal: Removal) -> dict[str, str]:
    return {"text": removal.text, "reason": _value(removal.reason), "detail": removal.detail}


def report_from_cleaned(cleaned: CleanedDocument) -> dict[str, Any]:
    """The pipeline's findings as plain JSON-able data (stored and printed)."""
    return {
        "encoding": cleaned.encoding,
        "language": cleaned.language.code,
        "language_confidence": round(cleaned.language.confidence, 4),
        "title": cleaned.title,
        "summary": cleaned.summary,
        "paragraphs": list(cleaned.paragraphs),
        "removed": [_removal(r) for r in cleaned.removed],
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


def cleaned_from_document(document: SourceDocument) -> CleanedDocument:
    """Rebuild what the pipeline proposed for a stored document.

    Used when a file goes back to bytes imported before: the stored findings
    are reused instead of cleaning the same bytes again. Removals and
    corrections stay in the document's report; only what makes a version
    (text, title, summary, language, tags) is rebuilt.
    """
    tags = []
    for tag in document.report.get("tags", []):
        try:
            kind = TagKind(tag["kind"])
        except (KeyError, ValueError):
            continue
        tags.append(
            TagCandidate(
                name=tag.get("name", ""),
                kind=kind,
                score=float(tag.get("score", 0.0)),
                evidence=tuple(tag.get("evidence", ())),
                vocabulary_key=tag.get("vocabulary_key"),
            )
        )
    return CleanedDocument(
        raw_size=document.size,
        encoding=document.encoding,
        was_html=document.was_html,
        paragraphs=tuple(document.cleaned_paragraphs),
        language=LanguageGuess(document.language, document.language_confidence),
        title=document.proposed_title,
        summary=document.proposed_summary,
        tags=tuple(tags),
        fixes=tuple(document.report.get("fixes", ())),
    )
