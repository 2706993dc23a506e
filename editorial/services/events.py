"""Writing audit events. Called by services only, inside their transaction."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from corpus.inserts import insert_returning
from editorial.choices import EventAction
from editorial.models import Article, Edition, Event, TagSuggestion, Version
from editorial.querysets import article_cached_columns


def record_event(
    *,
    action: EventAction,
    actor=None,
    article: Article | None = None,
    edition: Edition | None = None,
    version: Version | None = None,
    from_state: str = "",
    to_state: str = "",
    comment: str = "",
    data: dict[str, Any] | None = None,
    touch_article: bool = True,
) -> Event:
    """Append one event and mark the article as updated (``touch_article``
    False skips that for an article created in the same transaction)."""
    if version is not None and edition is None:
        edition = version.edition
    if edition is not None and article is None:
        article = edition.article
    event = insert_returning(Event(
        article=article,
        edition=edition,
        version=version,
        actor=actor,
        action=action,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
        data=data or {},
    ))
    if article is not None and touch_article:
        article_state_refresh(article_id=article.pk)
    return event


def article_state_refresh(*, article_id: int, touch: bool = True) -> None:
    """Recompute the article's cached state flags and sort title (and, with
    ``touch``, its updated time) in one UPDATE. Every service that changes an
    article's editions, versions or suggestions ends up here, in its
    transaction."""
    values = article_cached_columns(edition_model=Edition, version_model=Version, suggestion_model=TagSuggestion)
    if touch:
        values["updated_at"] = timezone.now()
    Article.objects.filter(pk=article_id).update(**values)
