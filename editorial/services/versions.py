"""Appending versions. Nothing here rewrites an existing version."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from corpus.models import SourceDocument
from editorial.choices import VersionOrigin, VersionStatus
from editorial.exceptions import EditorialError, StaleVersionError
from editorial.models import Edition, Version


def _clean_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    cleaned = [p.strip() for p in paragraphs if p and p.strip()]
    if not cleaned:
        raise EditorialError("A version needs at least one paragraph of text.")
    return cleaned


@transaction.atomic
def version_create(
    *,
    edition: Edition,
    paragraphs: Sequence[str],
    title: str,
    summary: str = "",
    author: AbstractBaseUser | None = None,
    based_on: Version | None,
    origin: VersionOrigin = VersionOrigin.EDIT,
    title_is_proposed: bool = False,
    summary_is_proposed: bool = False,
    source_document: SourceDocument | None = None,
    comment: str = "",
) -> Version:
    """Append a draft version to ``edition`` and make it the latest.

    ``based_on`` is the version the text was edited from (``None`` only for
    an edition's first version). If another version was saved since, raises
    :class:`StaleVersionError` rather than hide that newer text. The live
    version is never touched. Raises :class:`EditorialError` for empty text.
    """
    locked = Edition.objects.select_for_update().get(pk=edition.pk)
    if locked.latest_version_id != (based_on.pk if based_on else None):
        latest_number = locked.latest_version.number if locked.latest_version_id else 0
        raise StaleVersionError(
            based_on_number=based_on.number if based_on else 0, latest_number=latest_number
        )
    if not title.strip():
        raise EditorialError("A version needs a title.")
    number = (based_on.number if based_on else 0) + 1
    version = Version.objects.create(
        edition=locked,
        number=number,
        status=VersionStatus.DRAFT,
        origin=origin,
        title=title.strip()[:500],
        title_is_proposed=title_is_proposed,
        summary=summary.strip(),
        summary_is_proposed=summary_is_proposed,
        paragraphs=_clean_paragraphs(paragraphs),
        based_on=based_on,
        source_document=source_document,
        comment=comment,
        created_by=author,
    )
    locked.latest_version = version
    locked.save(update_fields=["latest_version", "updated_at"])
    edition.latest_version = version
    return version
