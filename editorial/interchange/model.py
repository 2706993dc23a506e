"""What a translation file holds, whatever its format.

A file is made for one article, one source version and one target
language. Each :class:`Unit` is a source paragraph (by its stable id) or the
title or summary (reserved ids, which paragraph ids never take: those are
``p`` and hex digits). Next to the texts, a unit records what it was made
from, so a returned file can be checked against the database: ``src``, the
digest of the source text (as in editorial.translations); ``was``, the
digest of the translation sent out ("" for none), which tells which rows
the translator touched; ``state``, the row's state when exported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from editorial.translations import source_digest

TITLE_ID = "_title"
SUMMARY_ID = "_summary"
RESERVED_IDS = (TITLE_ID, SUMMARY_ID)


def text_digest(text: str | None) -> str:
    """The digest of a translated text ("" for none); whitespace-only
    differences are not edits."""
    return source_digest(text) if (text or "").strip() else ""


def version_digest(units: Iterable[tuple[str, str]]) -> str:
    """One fingerprint of a source version's paragraphs: their ids, in
    order, and the digest of each text."""
    joined = "\n".join(f"{pid}:{digest}" for pid, digest in units)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


class TranslationFileError(ValueError):
    """A file that cannot be read as a translation file; ``str()`` says why,
    for the person who uploaded it."""


@dataclass(frozen=True)
class Unit:
    id: str
    source: str
    target: str | None  # None: the file gives no translation
    src: str = ""  # digest of the source text it was made from
    was: str = ""  # digest of the translation sent out ("" for none)
    state: str = ""  # editorial.translations.RowState when exported
    final: bool = False  # the translator marked the row done (XLIFF state reviewed/final)


@dataclass(frozen=True)
class TranslationFile:
    article_id: int
    source_version_id: int
    source_language: str
    target_language: str
    source_digest: str  # version_digest() of the source paragraphs
    translation_version_id: int | None  # the translation's latest version when exported
    units: tuple[Unit, ...] = field(default_factory=tuple)
    name: str = ""  # where it was read from, for messages

    @property
    def key(self) -> tuple[int, str]:
        return (self.article_id, self.target_language)
