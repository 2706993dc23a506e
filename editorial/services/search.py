"""Keeping the full-text index in step with the live pointers.

Called by the workflow services in their transaction whenever an edition's
live version changes (approve, republish) or its language does.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVector
from django.db import connection

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


def desk_search_entry_update(*, edition: Edition, version: Version) -> None:
    """Index ``version`` as the edition's latest text for the desk's search
    (drafts included; never used by public pages)."""
    body = "\n".join([version.summary, *version.texts])
    source = Article.objects.filter(pk=edition.article_id).values_list("source_name", flat=True).first() or ""
    DeskSearchEntry.objects.update_or_create(
        edition_id=edition.pk,
        defaults={"article_id": edition.article_id, "title": prepare(version.title), "body": prepare(body),
                  "source": prepare_name(source)},
    )
    if connection.vendor == "postgresql":
        DeskSearchEntry.objects.filter(pk=edition.pk).update(
            vector=SearchVector("title", weight="A", config="simple") + SearchVector("body", weight="B", config="simple")
            + SearchVector("source", weight="C", config="simple")
        )
