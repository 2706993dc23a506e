"""Keeping the full-text index in step with the live pointers.

Called by the workflow services in their transaction whenever an edition's
live version changes (approve, republish) or its language does.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models.sql import UpdateQuery

from corpus.inserts import insert_returning
from editorial.models import Article, DeskSearchEntry, Edition, SearchEntry, Version
from editorial.search_text import pg_config, prepare, prepare_name


def search_entry_update(*, edition: Edition) -> None:
    """Index the edition's live version (or drop it from the index when it
    has none). Visibility is not decided here: searches go through
    ``published()``."""
    edition = Edition.objects.select_related("live_version").get(pk=edition.pk)
    live = edition.live_version
    if live is None:
        SearchEntry.objects.filter(edition=edition).delete()
        return
    body = "\n".join([live.summary, *live.texts])
    SearchEntry.objects.update_or_create(
        edition=edition,
        defaults={"version": live, "language": edition.language, "title": prepare(live.title),
                  "body": prepare(body)},
    )
    if connection.vendor == "postgresql":
        config = pg_config(edition.language)
        SearchEntry.objects.filter(pk=edition.pk).update(
            # Stemmed in the edition's language, and as written ("simple"),
            # so a query in any language finds exact words; titles weigh most.
            vector=SearchVector("title", weight="A", config=config)
            + SearchVector("body", weight="B", config=config)
            + SearchVector("title", weight="A", config="simple")
            + SearchVector("body", weight="B", config="simple")
        )


def desk_search_entry_update(
    *,
    article_id: int,
    latest_versions: Sequence[Version] | None = None,
    source_name: str | None = None,
    new: bool = False,
) -> None:
    """Index the article's editions' latest versions (titles, summaries,
    texts) and its source name for the desk's search (drafts included;
    never used by public pages).

    A caller that has them in hand passes ``latest_versions`` (every
    edition's latest version, in edition order) and ``source_name``, and
    nothing is read; ``new`` says the article has no entry yet (created in
    this transaction), so it is inserted without looking."""
    if latest_versions is None:
        rows = (
            Edition.objects.filter(article_id=article_id, latest_version__isnull=False).order_by("pk")
            .values_list("latest_version__title", "latest_version__summary", "latest_version__paragraphs")
        )
    else:
        rows = [(v.title, v.summary, v.paragraphs) for v in latest_versions]
    titles, body = [], []
    for title, summary, paragraphs in rows:
        titles.append(title)
        body.extend([summary, *[p["text"] for p in paragraphs]])
    if source_name is None:
        source_name = Article.objects.filter(pk=article_id).values_list("source_name", flat=True).first() or ""
    values = {"title": prepare("\n".join(titles)), "body": prepare("\n".join(body)),
              "source": prepare_name(source_name)}
    if new:
        insert_returning(DeskSearchEntry(article_id=article_id, **values))
    else:
        DeskSearchEntry.objects.update_or_create(article_id=article_id, defaults=values)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(*_desk_vector_sql(connection.alias, article_id))


# Never a real primary key: marks where the article's id goes in the compiled parameters.
_PLACEHOLDER_ID = -7_654_321_987


def _desk_vector_sql(using: str, article_id: int) -> tuple[str, list]:
    sql, params, at = _desk_vector_compiled(using)
    params = list(params)
    params[at] = article_id
    return sql, params


@functools.cache
def _desk_vector_compiled(using: str) -> tuple[str, tuple, int]:
    """The UPDATE of the entry's PostgreSQL vector, compiled once from the
    ORM expression (the same SQL every time but for the article's id)."""
    query = DeskSearchEntry.objects.filter(pk=_PLACEHOLDER_ID).query.chain(UpdateQuery)
    query.add_update_values({
        "vector": SearchVector("title", weight="A", config="simple") + SearchVector("body", weight="B", config="simple")
        + SearchVector("source", weight="C", config="simple")
    })
    sql, params = query.get_compiler(using).as_sql()
    (at,) = [i for i, value in enumerate(params) if value == _PLACEHOLDER_ID]
    return sql, tuple(params), at
