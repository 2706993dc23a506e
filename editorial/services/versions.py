"""Appending versions. Nothing here rewrites an existing version."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from django.db import IntegrityError, connections, router, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from corpus.inserts import insert_returning
from corpus.models import SourceDocument
from editorial.choices import EventAction, VersionOrigin, VersionStatus
from editorial.exceptions import EditorialError, StaleVersionError
from editorial.models import Edition, Version
from editorial.paragraphs import assign_ids

from .events import record_event
from .search import desk_search_entry_update
from .rules import require_edit

ORIGIN_ACTIONS = {
    VersionOrigin.IMPORT: EventAction.IMPORTED,
    VersionOrigin.EDIT: EventAction.EDITED,
    VersionOrigin.TRANSLATION: EventAction.EDITED,
    VersionOrigin.CONFLICT: EventAction.CONFLICT_SAVED,
}


def _clean_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    if isinstance(paragraphs, str):
        raise EditorialError(_("Paragraphs must be a list of texts, not one string."))
    cleaned = [p.strip() for p in paragraphs if p and p.strip()]
    if not cleaned:
        raise EditorialError(_("A version needs at least one paragraph of text."))
    return cleaned


def version_create(
    *,
    edition: Edition,
    paragraphs: Sequence[str],
    title: str,
    summary: str = "",
    author=None,
    based_on: Version | None,
    origin: VersionOrigin = VersionOrigin.EDIT,
    title_is_proposed: bool = False,
    summary_is_proposed: bool = False,
    source_document: SourceDocument | None = None,
    translation_of: Version | None = None,
    rows: Sequence[dict] | None = None,
    comment: str = "",
    action: EventAction | None = None,
    event_data: dict | None = None,
    desk_index: bool = True,
) -> Version:
    """Append a draft version to ``edition`` and make it the latest.

    ``paragraphs`` is a list of texts; each gets a paragraph id, reused from
    ``based_on`` where the paragraph is unchanged or edited in place.
    ``based_on`` is the version the text was edited from (``None`` only for
    an edition's first version). If another version was saved since, raises
    :class:`StaleVersionError` rather than hide that newer text, and writes
    nothing. The live version is never touched. ``author`` None means the
    system (an import); a user needs the Editor role (or Translator, for
    translations). Raises :class:`EditorialError` for an empty text or title
    and :class:`PermissionDenied` for a user without the role. Records an
    event (``action``, by default derived from ``origin``).

    ``rows`` (instead of ``paragraphs``) are paragraph dicts kept as given:
    a translation's paragraphs carry the ids of the source paragraphs they
    translate (editorial.services.translations). Otherwise a paragraph of a
    translation edited here keeps what it recorded about its source, and
    ``translation_of`` follows from ``based_on``.
    """
    if author is not None:
        require_edit(author, edition)
    if not (title or "").strip():
        raise EditorialError(_("A version needs a title."))
    if based_on is not None and based_on.edition_id != edition.pk:
        raise EditorialError(_("A version can only be based on a version of the same edition."))
    if rows is not None:
        stored = _checked_rows(rows)
    else:
        stored = _carry_marks(assign_ids(_clean_paragraphs(paragraphs), based_on.paragraphs if based_on else ()),
                              based_on)
    if translation_of is None and based_on is not None:
        translation_of = based_on.translation_of
    try:
        with transaction.atomic():
            version = insert_returning(Version(
                edition=edition,
                number=(based_on.number if based_on else 0) + 1,
                status=VersionStatus.DRAFT,
                origin=origin,
                title=title.strip()[:500],
                title_is_proposed=title_is_proposed,
                summary=summary.strip(),
                summary_is_proposed=summary_is_proposed,
                paragraphs=stored,
                based_on=based_on,
                translation_of=translation_of,
                source_document=source_document,
                comment=comment[:500],
                created_by=author,
            ))
            # Optimistic concurrency: the pointer moves only if it still
            # points where this edit started. One UPDATE, no row held locked
            # while the text is written; of two concurrent editors exactly
            # one wins and the other gets StaleVersionError.
            if not _latest_move(edition_id=edition.pk, based_on_id=based_on.pk if based_on else None,
                                version_id=version.pk):
                raise _Stale
            if desk_index:
                desk_search_entry_update(article_id=edition.article_id)
            record_event(
                action=action or ORIGIN_ACTIONS[VersionOrigin(origin)],
                actor=author,
                edition=edition,
                version=version,
                to_state=VersionStatus.DRAFT,
                comment=comment,
                data=event_data,
                touch_article=origin != VersionOrigin.IMPORT,  # the import refreshes once, at its end
            )
    except (_Stale, IntegrityError):
        latest = Edition.objects.filter(pk=edition.pk).values_list("latest_version__number", flat=True).first()
        if latest == (based_on.number if based_on else None):
            raise  # not a concurrent edit: a real integrity problem
        raise StaleVersionError(
            based_on_number=based_on.number if based_on else 0, latest_number=latest or 0
        ) from None
    edition.latest_version = version
    return version


def _latest_move(*, edition_id: int, based_on_id: int | None, version_id: int) -> bool:
    """``Edition.objects.filter(pk=…, latest_version=based_on).update(latest_version=…,
    updated_at=now)`` as one UPDATE whose SQL is built once (it was compiled
    anew for every version saved); True if the pointer moved."""
    using = router.db_for_write(Edition)
    connection = connections[using]
    params = [version_id, connection.ops.adapt_datetimefield_value(timezone.now()), edition_id]
    if based_on_id is not None:
        params.append(based_on_id)
    with connection.cursor() as cursor:
        cursor.execute(_latest_move_sql(using, based_on_id is None), params)
        return cursor.rowcount == 1


@functools.cache
def _latest_move_sql(using: str, first: bool) -> str:
    quote = connections[using].ops.quote_name
    latest = quote(Edition._meta.get_field("latest_version").column)
    return (
        f"UPDATE {quote(Edition._meta.db_table)} SET {latest} = %s, {quote('updated_at')} = %s "
        f"WHERE {quote(Edition._meta.pk.column)} = %s AND {latest} " + ("IS NULL" if first else "= %s")
    )


def _checked_rows(rows: Sequence[dict]) -> list[dict]:
    stored, seen = [], set()
    for row in rows:
        text = (row.get("text") or "").strip()
        if not text or not row.get("id") or row["id"] in seen:
            raise EditorialError(_("Every paragraph needs a text and an id of its own."))
        seen.add(row["id"])
        stored.append({**row, "text": text})
    if not stored:
        raise EditorialError(_("A version needs at least one paragraph of text."))
    return stored


def _carry_marks(paragraphs: list[dict], based_on: Version | None) -> list[dict]:
    """Keep what a paragraph recorded about its source (``src``) when it is
    edited in place, and its machine-draft mark only while it is unchanged."""
    earlier = {p["id"]: p for p in (based_on.paragraphs if based_on else ())}
    for paragraph in paragraphs:
        old = earlier.get(paragraph["id"])
        if old is None:
            continue
        if "src" in old:
            paragraph["src"] = old["src"]
        if old.get("mt") and old["text"] == paragraph["text"]:
            paragraph["mt"] = old["mt"]
    return paragraphs


class _Stale(Exception):
    """Internal: the edition's latest pointer moved while this edit was saved."""
