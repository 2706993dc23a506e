"""Entry points for worker processes that clean documents in parallel.

Kept in the pure pipeline package so a spawned worker imports no Django: it
only needs the vocabulary (plain dataclasses) and the bytes to clean.
"""

from __future__ import annotations

from collections.abc import Sequence

from .run import clean_document
from .tags import TagMatcher, build_matcher
from .types import CleanedDocument, VocabularyEntry

_matcher: TagMatcher | None = None


def start(vocabulary: Sequence[VocabularyEntry]) -> None:
    """Pool initializer: build the tag matcher once per worker."""
    global _matcher
    _matcher = build_matcher(vocabulary)


def clean(data: bytes, max_bytes: int) -> CleanedDocument:
    """Clean one document with the worker's matcher (see ``clean_document``)."""
    return clean_document(data, max_bytes=max_bytes, matcher=_matcher)
