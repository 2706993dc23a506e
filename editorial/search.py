"""Full-text search over live versions, for every public surface.

Results always go through ``Edition.objects.published()``: the index holds
live versions, and the clock (go-live, expiry) and withdrawals are applied
when searching, so an unpublished text is never found. Ranked by BM25 on
SQLite (FTS5) and ts_rank on PostgreSQL (per-language configuration plus
``simple``), with a highlighted snippet taken from the live text.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, FloatField, Func, IntegerField, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from editorial.models import Edition
from editorial.search_text import pg_config, query_terms

FTS = "editorial_search_fts"
SNIPPET_CHARS = 240


def search_published(query: str, *, language: str | None = None, queryset: QuerySet | None = None) -> QuerySet:
    """Published editions matching every word of ``query``, best first,
    annotated with ``rank``. Empty for a query without words."""
    editions = (queryset if queryset is not None else Edition.objects.published())
    if language:
        editions = editions.filter(language=language)
    terms = query_terms(query)
    if not terms:
        return editions.none()
    if connection.vendor == "postgresql":
        return _postgresql(editions, terms, language)
    return _sqlite(editions, terms)


def _sqlite(editions: QuerySet, terms: list[str]) -> QuerySet:
    # Every term quoted: FTS5 syntax characters in user input stay literal.
    match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
    # A join on the FTS table, so one MATCH pass finds and ranks every hit
    # (bm25 needs the MATCH in the same query). The ORM cannot join a
    # table without a model, hence extra(); a rank subquery per row ran the
    # MATCH again for every hit (~30 ms for a common word at 1,000 articles).
    return editions.extra(
        tables=[FTS],
        where=[f"{FTS}.rowid = editorial_edition.id", f"{FTS} MATCH %s"],
        params=[match],
        select={"rank": f"-bm25({FTS}, 10.0, 1.0)"},
    ).order_by("-rank", "-pk")


def _postgresql(editions: QuerySet, terms: list[str], language: str | None) -> QuerySet:
    raw = " & ".join(
        "(" + " <-> ".join("'" + token.replace("'", "''") + "'" for token in term.split()) + ")" for term in terms
    )
    query = SearchQuery(raw, search_type="raw", config="simple")
    if language and pg_config(language) != "simple":
        query = query | SearchQuery(raw, search_type="raw", config=pg_config(language))
    return (
        editions.filter(search_entry__vector=query)
        .annotate(rank=SearchRank(F("search_entry__vector"), query))
        .order_by("-rank", "-pk")
    )


DESK_FTS = "editorial_desk_fts"


def desk_search(articles: QuerySet, query: str) -> QuerySet:
    """``articles`` narrowed to those whose editions' *latest* versions
    (drafts included) or source name contain every word of ``query`` as a
    word or the start of one: the desk's search, through the desk index
    (``DeskSearchEntry``, one row per article), never public pages. None
    for a query without words.

    On SQLite the condition is ``+id IN (matches)``: the unary plus keeps
    SQLite walking articles in their sort order and stopping after a page,
    instead of fetching and sorting every match (a common word matches most
    articles: 270 → 30 ms at 100,000)."""
    from editorial.models import DeskSearchEntry

    terms = query_terms(query)
    if not terms:
        return articles.none()
    if connection.vendor == "postgresql":
        # Each word a prefix; a dense-script word its characters in order.
        raw = " & ".join(
            "(" + " <-> ".join("'" + token.replace("'", "''") + "':*" for token in term.split()) + ")"
            for term in terms
        )
        matches = DeskSearchEntry.objects.filter(vector=SearchQuery(raw, search_type="raw", config="simple"))
        return articles.filter(pk__in=matches.values("article_id"))
    # FTS5: every term quoted (user input stays literal), a prefix unless a phrase.
    match = " ".join('"' + term.replace('"', '""') + '"' + ("" if " " in term else "*") for term in terms)
    return articles.alias(
        unindexed_pk=Func(F("pk"), template="+%(expressions)s", output_field=IntegerField())
    ).filter(unindexed_pk__in=RawSQL(f"SELECT rowid FROM {DESK_FTS} WHERE {DESK_FTS} MATCH %s", [match]))


@dataclass(frozen=True)
class SnippetPart:
    text: str
    match: bool = False


def snippet(texts: list[str], query: str) -> list[SnippetPart]:
    """A short passage of ``texts`` around the first word of ``query``
    found, with every query word marked. Parts are plain text: templates
    escape them, so nothing from a file becomes markup."""
    words = [term.replace(" ", "") for term in query_terms(query)]
    text = " ".join(t for t in texts if t)
    if not words:
        return [SnippetPart(text[:SNIPPET_CHARS])]
    pattern = regex.compile("|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)), regex.I)
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - SNIPPET_CHARS // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 < space < start + 20 else start
    window = text[start:start + SNIPPET_CHARS]
    parts: list[SnippetPart] = [SnippetPart("…")] if start else []
    position = 0
    for found in pattern.finditer(window):
        if found.start() > position:
            parts.append(SnippetPart(window[position:found.start()]))
        parts.append(SnippetPart(found.group(), True))
        position = found.end()
    parts.append(SnippetPart(window[position:] + ("…" if start + SNIPPET_CHARS < len(text) else "")))
    return parts


def snippet_html(parts: list[SnippetPart]) -> SafeString:
    """A snippet as HTML, matches in ``<mark>``, every part escaped (written
    out here: a template loop over the parts of twenty results was a third
    of a search page's time)."""
    return mark_safe("".join(  # every part escaped here
        f"<mark>{escape(part.text)}</mark>" if part.match else escape(part.text) for part in parts
    ))

