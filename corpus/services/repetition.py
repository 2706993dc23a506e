"""Repetition across a source: reading and keeping the per-source line counts.

See :mod:`corpus.repetition` for the idea and what is never cut. The counts
are updated in the transaction that stores a file's first import, so they
stay in step with what is stored; reading them costs one indexed query per
document, counting one statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.db import connection

from corpus.models import LineCount
from corpus.pipeline import CleanedDocument
from corpus.repetition import cut_repeated, hash64, paragraph_hashes

# Rows per INSERT: SQLite allows 32,766 parameters, older builds 999.
_CHUNK = 150


def min_documents() -> int:
    """``NEWSDESK_REPEATED_LINE_MIN_DOCS``: a line in this many files of a source is template."""
    return int(getattr(settings, "NEWSDESK_REPEATED_LINE_MIN_DOCS", 5))


def repeated_lines_cut(
    *, cleaned: CleanedDocument, source: str, hashes: Sequence[int | None]
) -> CleanedDocument:
    """``cleaned`` without the lines its source repeats in many files (one query).

    ``hashes`` are ``paragraph_hashes(cleaned.paragraphs)``. A minimum of 0
    (or less) in the setting turns the step off.
    """
    threshold = min_documents()
    wanted = sorted({h for h in hashes if h is not None})
    if threshold <= 0 or not wanted:
        return cleaned
    counts: dict[int, int] = {}
    table = connection.ops.quote_name(LineCount._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One index probe per line, whatever the statistics say. Asked
            # "source = s AND line IN (...)", PostgreSQL looks the source up
            # alone and filters its lines whenever it believes the source
            # rare (a source not in its statistics yet: any first import of
            # a new inbox, or autovacuum off), reading every line counted for
            # the source for every document: quadratic, 4,800 index entries
            # per document at 1,000 files. OFFSET 0 keeps the planner from
            # flattening the per-line subquery back into that plan.
            cursor.execute(
                f"SELECT line.hash, counted.documents FROM unnest(%s::bigint[]) AS line(hash), "
                f"LATERAL (SELECT documents FROM {table} WHERE source_hash = %s AND line_hash = line.hash "
                f"OFFSET 0) AS counted",
                [wanted, hash64(source)],
            )
            counts.update(cursor.fetchall())
            wanted = []
        # Plain SQL: compiling the same filter through the ORM costs more
        # than running it, once per imported file.
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            cursor.execute(
                f"SELECT line_hash, documents FROM {table} WHERE source_hash = %s "
                f"AND line_hash IN ({', '.join(['%s'] * len(chunk))})",
                [hash64(source), *chunk],
            )
            counts.update(cursor.fetchall())
    if not counts:
        return cleaned
    return cut_repeated(cleaned, counts=counts, min_documents=threshold, hashes=hashes)


def lines_count(*, source: str, paragraphs: Sequence[str], hashes: Sequence[int | None] | None = None) -> None:
    """Count ``paragraphs`` as seen in one more file of ``source`` (call inside the import transaction).

    One ``INSERT ... ON CONFLICT DO UPDATE`` (SQLite and PostgreSQL alike),
    rows in hash order so concurrent imports never deadlock on them.
    """
    if hashes is None:
        hashes = paragraph_hashes(paragraphs)
    unique: dict[int, str] = {}
    for paragraph, key in zip(paragraphs, hashes):
        if key is not None:
            unique.setdefault(key, paragraph)
    if not unique:
        return
    table = connection.ops.quote_name(LineCount._meta.db_table)
    source_key = hash64(source)
    rows = sorted(unique.items())
    with connection.cursor() as cursor:
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            values = ", ".join(["(%s, %s, 1, %s, %s)"] * len(chunk))
            params: list = []
            for key, text in chunk:
                params += [source_key, key, source[:1000], text[:200]]
            cursor.execute(
                f"INSERT INTO {table} (source_hash, line_hash, documents, source, text) VALUES {values} "
                f"ON CONFLICT (source_hash, line_hash) DO UPDATE SET documents = {table}.documents + 1",
                params,
            )
