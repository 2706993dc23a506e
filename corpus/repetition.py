"""Repetition across a source as evidence of boilerplate: the pure half.

A line that recurs verbatim (or nearly: case, spacing and digits aside) in
many documents of the same source is that source's template — a newsletter
prompt, a cookie notice, an ad marker — whatever its language, which no
single file can tell (the line-deduplication idea behind the C4 and CCNet
web corpora). The counts live in the database (corpus.services.repetition);
this module normalises and hashes paragraphs and decides what to cut.

A recurring paragraph is never cut when it is the document's own content:
its headline (the proposed title), a quotation, a speaker's turn in an
interview, or a long paragraph of body text. A story updated under a new
file name repeats exactly those, while templates are short, unquoted lines.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace

from corpus.pipeline import CleanedDocument, Removal
from corpus.pipeline.summary import propose_summary, propose_title
from corpus.removals import CorpusReason

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
# Quotations in the scripts the corpus carries: a quoted paragraph is speech.
_QUOTED = re.compile(r"[“”«»„‚「」『』]|\"[^\"]{3,}\"|'[^']{12,}'")
# "Name:" or "Jack Ma:" at the start of a paragraph: a turn in an interview.
_SPEAKER_TURN = re.compile(r"^[^\W\d_][\w.\- ]{0,40}:\s+\S", re.UNICODE)
# Body text, not template: at least this many words (or characters where
# words are not spaced, as in Chinese or Japanese). A cookie notice runs to
# about 30 words; an article paragraph usually to more.
LONG_WORDS = 40
LONG_CHARACTERS = 160


def normalise(paragraph: str) -> str:
    """The form two copies of a template line share: NFKC, casefolded, digits as 0, spaces collapsed."""
    text = unicodedata.normalize("NFKC", paragraph).casefold()
    text = _DIGITS.sub("0", text)
    return _SPACES.sub(" ", text).strip(" \t.,;:!?-–—|·•*")


def hash64(text: str) -> int:
    """A stable signed 64-bit hash (fits a BigIntegerField on every database)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def paragraph_hashes(paragraphs: Sequence[str]) -> list[int | None]:
    """One hash per paragraph; ``None`` for a paragraph with nothing left to compare."""
    hashes = []
    for paragraph in paragraphs:
        key = normalise(paragraph)
        hashes.append(hash64(key) if key else None)
    return hashes


def is_own_content(paragraph: str, *, title: str, documents: int = 0, min_documents: int = 1) -> bool:
    """Paragraphs that may recur because the story recurs, never because of a template.

    The headline is the story's own unless it recurs far more often than an
    updated story is filed again (twice the threshold): then it is the
    source's banner, proposed as a title only for want of a better line.
    """
    if title and documents < 2 * min_documents and _starts_with_title(paragraph, title):
        return True
    if _QUOTED.search(paragraph) or _SPEAKER_TURN.match(paragraph):
        return True
    words = paragraph.split()
    if len(paragraph) > 12 * max(len(words), 1):  # a script without spaces between words
        return len(paragraph) >= LONG_CHARACTERS
    return len(words) >= LONG_WORDS


def _starts_with_title(paragraph: str, title: str) -> bool:
    return normalise(paragraph).startswith(_normalised_title(title))


@functools.lru_cache(maxsize=64)
def _normalised_title(title: str) -> str:
    return normalise(title)


def cut_repeated(
    cleaned: CleanedDocument,
    *,
    counts: Mapping[int, int],
    min_documents: int,
    hashes: Sequence[int | None] | None = None,
) -> CleanedDocument:
    """``cleaned`` without the paragraphs seen in ``min_documents`` or more documents.

    ``counts`` maps a paragraph hash to the number of *other* documents of the
    same source holding it; this document makes one more. Each cut becomes a
    removal saying in how many documents the line was seen. Nothing is cut if
    it would leave the document empty. A title or summary taken from a cut
    paragraph is proposed again from what is kept. ``hashes`` are the
    paragraphs' :func:`paragraph_hashes`, when the caller has them already.
    """
    if hashes is None:
        hashes = paragraph_hashes(cleaned.paragraphs)
    kept, cut = [], []
    for paragraph, key in zip(cleaned.paragraphs, hashes):
        documents = counts.get(key, 0) + 1 if key is not None else 1
        own = is_own_content(paragraph, title=cleaned.title, documents=documents, min_documents=min_documents)
        if documents >= min_documents and not own:
            cut.append(
                Removal(
                    text=paragraph,
                    reason=CorpusReason.REPEATED_LINE,  # type: ignore[arg-type]  # corpus's own code
                    detail=f"Repeated in {documents} documents of this source.",
                )
            )
        else:
            kept.append(paragraph)
    if not cut or not kept:
        return cleaned
    language = cleaned.language.code
    title, summary = cleaned.title, cleaned.summary
    if title and any(normalise(r.text).startswith(normalise(title)) for r in cut):
        title = propose_title(kept, language=language)
    if summary and any(r.text in summary or summary in r.text for r in cut):
        summary = propose_summary(kept, language=language)
    return replace(
        cleaned, paragraphs=tuple(kept), removed=cleaned.removed + tuple(cut), title=title, summary=summary
    )
