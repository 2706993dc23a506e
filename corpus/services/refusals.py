"""Files refused after cleaning: nothing but boilerplate was left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from corpus.pipeline import CleanedDocument, RefusedInput, Removal, decode
from corpus.removals import CorpusReason
from corpus.services.reports import IngestResult, IngestStatus, result_for
from corpus.sources import SourceFile

# Shown in the error of a file refused as boilerplate only; the JSON report
# lists every cut line.
SHOWN_CUT_LINES = 10


def has_content(paragraphs: Sequence[str]) -> bool:
    """Some letter or digit, in any script, is left (not only rules and symbols)."""
    return any(char.isalnum() for paragraph in paragraphs for char in paragraph)


def only_boilerplate(
    *,
    file: SourceFile,
    sha: str,
    data: bytes,
    cleaned: CleanedDocument | None,
    max_bytes: int,
    cut: tuple[Removal, ...] = (),
) -> IngestResult:
    """Refuse a file with nothing left after cleaning, listing every cut line."""
    if cleaned is None and cut:
        removed, report = cut, None
    elif cleaned is None:
        # The pipeline refused without saying what it cut: everything was.
        try:
            decoded = decode(data, max_bytes=max_bytes)
        except RefusedInput:
            return result_for(file, IngestStatus.FAILED, sha256=sha, error="Only boilerplate.")
        lines = tuple(line.strip() for line in decoded.text.splitlines() if line.strip())
        removed = tuple(_cut(line) for line in lines)
        report = None
    else:
        leftover = tuple(_cut(p) for p in cleaned.paragraphs if p.strip())
        removed = cleaned.removed + leftover
        report = replace(cleaned, paragraphs=(), removed=removed, title="", summary="", tags=())
    shown = "; ".join(f"«{r.text[:80]}»" for r in removed[:SHOWN_CUT_LINES])
    more = f" and {len(removed) - SHOWN_CUT_LINES} more" if len(removed) > SHOWN_CUT_LINES else ""
    error = f"Only boilerplate: nothing is left once boilerplate is removed. Cut lines: {shown}{more}."
    return result_for(
        file, IngestStatus.FAILED, sha256=sha, error=error, cleaned=report,
        removed=() if report is not None else removed,
    )


def _cut(text: str) -> Removal:
    return Removal(text=text, reason=CorpusReason.NO_CONTENT, detail="No text of the article is left around it.")
