"""Appending versions. Nothing here rewrites an existing version."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from corpus.models import SourceDocument
from editorial.choices import VersionOrigin, VersionStatus
from editorial.exceptions import EditorialError, StaleVersionError
from editorial.models import Edition, Version


def _clean_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    cleaned = [p.strip() for p in paragraphs if p and p.strip()]
    if not cleaned:
        raise EditorialError("A version needs at least one paragraph of text.")
    return cleaned


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
    :class:`StaleVersionError` rather than hide that newer text, and writes
    nothing. The live version is never touched. Raises
    :class:`EditorialError` for an empty text or title.
    """
    if not title.strip():
        raise EditorialError("A version needs a title.")
    text = _clean_paragraphs(paragraphs)
    try:
        with transaction.atomic():
            version = Version.objects.create(
                edition=edition,
                number=(based_on.number if based_on else 0) + 1,
                status=VersionStatus.DRAFT,
                origin=origin,
                title=title.strip()[:500],
                title_is_proposed=title_is_proposed,
                summary=summary.strip(),
                summary_is_proposed=summary_is_proposed,
                paragraphs=text,
                based_on=based_on,
                source_document=source_document,
                comment=comment,
                created_by=author,
            )
            # Optimistic concurrency: the pointer moves only if it still
            # points where this edit started. One UPDATE, no row held locked
            # while the text is written; of two concurrent editors exactly
            # one wins and the other gets StaleVersionError.
            moved = Edition.objects.filter(pk=edition.pk, latest_version=based_on).update(
                latest_version=version, updated_at=timezone.now()
            )
            if not moved:
                raise _Stale
    except (_Stale, IntegrityError):
        latest = Edition.objects.filter(pk=edition.pk).values_list("latest_version__number", flat=True).first()
        if latest == (based_on.number if based_on else None):
            raise  # not a concurrent edit: a real integrity problem
        raise StaleVersionError(
            based_on_number=based_on.number if based_on else 0, latest_number=latest or 0
        ) from None
    edition.latest_version = version
    return version


class _Stale(Exception):
    """Internal: the edition's latest pointer moved while this edit was saved."""
