"""The cleaning pipeline: raw bytes in, a :class:`CleanedDocument` out.

Pure Python on purpose (no Django imports, STYLE.md convention 4): every step
is a function with its own tests, and :func:`clean_document` only chains them.
"""

from __future__ import annotations

from .decode import DEFAULT_MAX_BYTES, check_size, decode
from .run import PIPELINE_VERSION, clean_document
from .tags import TagMatcher, build_matcher
from .types import (
    CleanedDocument,
    Correction,
    LanguageGuess,
    RefusalReason,
    RefusedInput,
    Removal,
    RemovalReason,
    TagCandidate,
    TagKind,
    VocabularyEntry,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "PIPELINE_VERSION",
    "CleanedDocument",
    "Correction",
    "LanguageGuess",
    "RefusalReason",
    "RefusedInput",
    "Removal",
    "RemovalReason",
    "TagCandidate",
    "TagKind",
    "TagMatcher",
    "VocabularyEntry",
    "build_matcher",
    "check_size",
    "clean_document",
    "decode",
]
