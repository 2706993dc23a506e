"""Keeping the full-text index in step with the live pointers.

Called by the workflow services in their transaction whenever an edition's
live version changes (approve, republish) or its language does.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVector
from django.db import connection

from editorial.models import Article, DeskSearchEntry, Edition, SearchEntry
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


def desk_search_entry_update(*, article_id: int) -> None:
    """Index the article's editions' latest versions (titles, summaries,
    texts) and its source name for the desk's search (drafts included;
    never used by public pages)."""
    titles, body = [], []
    for title, summary, paragraphs in (
        Edition.objects.filter(article_id=article_id, latest_version__isnull=False).order_by("pk")
        .values_list("latest_version__title", "latest_version__summary", "latest_version__paragraphs")
    ):
        titles.append(title)
        body.extend([summary, *[p["text"] for p in paragraphs]])
    source = Article.objects.filter(pk=article_id).values_list("source_name", flat=True).first() or ""
    DeskSearchEntry.objects.update_or_create(
        article_id=article_id,
        defaults={"title": prepare("\n".join(titles)), "body": prepare("\n".join(body)),
                  "source": prepare_name(source)},
    )
    if connection.vendor == "postgresql":
        DeskSearchEntry.objects.filter(pk=article_id).update(
            vector=SearchVector("title", weight="A", config="simple") + SearchVector("body", weight="B", config="simple")
            + SearchVector("source", weight="C", config="simple")
        )
