"""Name variants across the corpus: reading and keeping the spelling counts.

See :mod:`corpus.names` for the idea and what is never flagged. The counts
are updated in the transaction that stores a file's first import, like the
line counts (corpus.services.repetition), so a file counts once however
often it is re-imported. Flagging a document costs one indexed query over
the blocks of its own spellings (first letter and number of words), never a
scan of the corpus; two more only when it has a candidate.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from django.db import connection

from corpus.models import NameSpelling, SourceDocument
from corpus.names import (
    MIN_DOMINANT_DOCUMENTS,
    Counts,
    Spelling,
    candidates,
    correction,
    person_spellings,
    vocabulary_spellings,
)
from corpus.pipeline import CleanedDocument, TagCandidate, TagKind
from corpus.repetition import hash64
from editorial.models import Event

CORPUS = 0  # source_hash of the rows counting every source together
_CHUNK = 150  # rows per statement (SQLite's parameter limit, older builds 999)


def source_key(source: str) -> int:
    """The source's hash as stored; 0 is kept for the whole corpus."""
    return hash64(source) or 1


def comparable(language: str) -> bool:
    """Names are compared within one language: "Zelenski" (fr) and
    "Zelensky" (en) are each right in their own. An undetermined language
    has no spelling conventions to compare with."""
    return bool(language) and language != "und"


def counted_before(name: str, language: str) -> frozenset[str]:
    """Keys of the spellings file ``name`` was counted with at its first
    import (empty for a new file): a changed file's own earlier version is
    not "another document". One indexed query."""
    table = connection.ops.quote_name(SourceDocument._meta.db_table)
    with connection.cursor() as cursor:
        # Plain SQL: asked for every new file, where the ORM's compile step cost more than the query.
        cursor.execute(f"SELECT language, report FROM {table} WHERE source_name = %s ORDER BY id LIMIT 1", [name])
        first = cursor.fetchone()
    if first is None or first[0] != language:
        return frozenset()
    report = json.loads(first[1]) if isinstance(first[1], str) else first[1]
    tags = []
    for tag in report.get("tags", []):
        if tag.get("kind") == TagKind.PERSON.value:
            tags.append(TagCandidate(tag.get("name", ""), TagKind.PERSON, 0.0))
    return frozenset(s.key for s in person_spellings(tags))


def name_variants_flag(
    *, cleaned: CleanedDocument, source: str, counted: frozenset[str] = frozenset()
) -> CleanedDocument:
    """``cleaned`` with a suggested correction (kind ``name_variant``) for
    each person's name it spells as a rare near-miss of a much more frequent
    spelling in the corpus, in the same language.

    Never flags a spelling the structure step already flagged in the
    document, a spelling of the tag vocabulary, or a correction an editor
    dismissed before anywhere in the corpus (they said: two people).
    ``counted`` are the spellings this very file was counted with before
    (:func:`counted_before`), left out of the counts. Reads only; the counts
    are kept by :func:`names_count`.
    """
    language = cleaned.language.code
    spellings = person_spellings(cleaned.tags)
    if not spellings or not comparable(language):
        return cleaned
    frequent, own = _corpus_counts(language, spellings)
    for key in counted:
        if key in own:
            own[key] -= 1
        if key in frequent:
            frequent[key] = (frequent[key][0], frequent[key][1] - 1)
    flagged_here = {c.original.casefold() for c in cleaned.corrections}
    found = candidates(spellings, frequent, own, skip=flagged_here | vocabulary_spellings(cleaned.tags))
    if not found:
        return cleaned
    in_source = _source_counts(source, language, {c.dominant for c in found} | {c.variant.key for c in found})
    for key in counted & in_source.keys():
        in_source[key] -= 1
    text = "\n".join(cleaned.paragraphs)
    flags = [
        correction(
            c, text=text,
            dominant=Counts(frequent[c.dominant][1], in_source.get(c.dominant, 0)),
            variant=Counts(own.get(c.variant.key, 0), in_source.get(c.variant.key, 0)),
        )
        for c in found
    ]
    dismissed = _dismissed({f.original for f in flags})
    flags = [f for f in flags if (f.original, f.suggestion) not in dismissed]
    if not flags:
        return cleaned
    return replace(cleaned, corrections=cleaned.corrections + tuple(flags))


def _corpus_counts(
    language: str, spellings: Sequence[Spelling]
) -> tuple[dict[str, tuple[str, int]], dict[str, int]]:
    """Frequent spellings in the blocks of ``spellings``, and the counts of ``spellings`` themselves."""
    table = connection.ops.quote_name(NameSpelling._meta.db_table)
    blocks = sorted({s.block for s in spellings})
    keys = sorted({s.key for s in spellings})
    frequent: dict[str, tuple[str, int]] = {}
    own: dict[str, int] = {}
    # Plain SQL: the ORM's compile step would cost more than the query, once per file.
    with connection.cursor() as cursor:
        for start in range(0, len(blocks), _CHUNK):
            chunk = blocks[start : start + _CHUNK]
            cursor.execute(
                f"SELECT key, name, documents FROM {table} WHERE source_hash = %s AND language = %s "
                f"AND block IN ({', '.join(['%s'] * len(chunk))}) AND documents >= %s",
                [CORPUS, language, *chunk, MIN_DOMINANT_DOCUMENTS],
            )
            frequent.update((key, (name, documents)) for key, name, documents in cursor.fetchall())
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            cursor.execute(
                f"SELECT key, documents FROM {table} WHERE source_hash = %s AND language = %s "
                f"AND key IN ({', '.join(['%s'] * len(chunk))})",
                [CORPUS, language, *chunk],
            )
            own.update(cursor.fetchall())
    return frequent, own


def _source_counts(source: str, language: str, keys: set[str]) -> dict[str, int]:
    return dict(
        NameSpelling.objects.filter(source_hash=source_key(source), language=language, key__in=keys)
        .values_list("key", "documents")
    )


def _dismissed(originals: set[str]) -> set[tuple[str, str]]:
    """(original, suggestion) pairs an editor dismissed on any article."""
    events = Event.objects.filter(action=Event.Action.CORRECTION_DISMISSED, data__original__in=sorted(originals))
    return {(e.get("original"), e.get("suggestion")) for e in events.values_list("data", flat=True)}


def names_count(*, source: str, language: str, spellings: Sequence[Spelling]) -> None:
    """Count ``spellings`` as seen in one more file of ``source`` (call inside the import transaction).

    One ``INSERT ... ON CONFLICT DO UPDATE`` per chunk (SQLite and
    PostgreSQL alike) for the source's rows and the corpus's, in key order
    so concurrent imports never deadlock on them.
    """
    if not spellings or not comparable(language):
        return
    table = connection.ops.quote_name(NameSpelling._meta.db_table)
    unique = {s.key: s for s in spellings}
    rows = sorted(
        (scope, key, label)
        for key in unique
        for scope, label in ((CORPUS, ""), (source_key(source), source[:1000]))
    )
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            values = ", ".join(["(%s, %s, %s, %s, %s, 1, %s)"] * len(chunk))
            params: list = []
            for scope, key, label in chunk:
                item = unique[key]
                params += [scope, language, key, item.block, item.name, label]
            cursor.execute(
                f"INSERT INTO {table} (source_hash, language, key, block, name, documents, source) "
                f"VALUES {values} ON CONFLICT (source_hash, language, key) "
                f"DO UPDATE SET documents = {table}.documents + 1",
                params,
            )
