"""Edition-level changes: the live window (schedule, withdraw) and language."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.choices import EventAction
from editorial.exceptions import EditorialError, InvalidTransition
from editorial.models import Edition
from editorial.pagecache import publication_changed

from .events import record_event
from .search import search_entry_update
from .rules import PERM_PUBLISH, require, require_edit


def _locked(edition: Edition) -> Edition:
    return Edition.objects.select_for_update().select_related("article").get(pk=edition.pk)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@transaction.atomic
def edition_withdraw(*, edition: Edition, user, comment: str) -> Edition:
    """Take a live edition off the public site, with a comment.

    The live pointer stays (history, and approving again republishes).
    Raises :class:`PermissionDenied` without the Reviewer role,
    :class:`EditorialError` without a comment and
    :class:`InvalidTransition` if nothing is live or it is already withdrawn.
    """
    require(user, PERM_PUBLISH, _("withdraw editions"))
    if not (comment or "").strip():
        raise EditorialError(_("Say why: a comment is required to withdraw."))
    current = _locked(edition)
    if current.live_version_id is None:
        raise InvalidTransition(_("Nothing is live in this language; there is nothing to withdraw."))
    if current.is_withdrawn:
        raise InvalidTransition(_("This edition is already withdrawn."))
    now = timezone.now()
    Edition.objects.filter(pk=current.pk).update(is_withdrawn=True, withdrawn_at=now, updated_at=now)
    record_event(
        action=EventAction.WITHDRAWN, actor=user, edition=current, version=current.live_version,
        comment=comment.strip(),
        # from/to_state are the version's review states (its status must
        # equal the last to_state); the version stays approved, so the
        # edition's change is told in ``data`` instead.
        data={"edition_from": "live", "edition_to": "withdrawn"},
    )
    edition.is_withdrawn, edition.withdrawn_at = True, now
    publication_changed()
    return edition


@transaction.atomic
def edition_schedule(
    *, edition: Edition, user, go_live_at: datetime | None = None, expire_at: datetime | None = None
) -> Edition:
    """Set the edition's live window; ``None`` means no bound on that side.

    Go-live is inclusive, expiry exclusive, both checked against the clock
    whenever the public asks (no cron job). Raises :class:`PermissionDenied`
    without the Reviewer role and :class:`EditorialError` for naive
    datetimes or an expiry not after go-live.
    """
    require(user, PERM_PUBLISH, _("schedule editions"))
    for value in (go_live_at, expire_at):
        if value is not None and timezone.is_naive(value):
            raise EditorialError(_("Times must carry a time zone."))
    if go_live_at and expire_at and expire_at <= go_live_at:
        raise EditorialError(_("The expiry time must be after the go-live time."))
    current = _locked(edition)
    before = {"go_live_at": _iso(current.go_live_at), "expire_at": _iso(current.expire_at)}
    Edition.objects.filter(pk=current.pk).update(go_live_at=go_live_at, expire_at=expire_at, updated_at=timezone.now())
    record_event(
        action=EventAction.SCHEDULED, actor=user, edition=current,
        data={"before": before, "after": {"go_live_at": _iso(go_live_at), "expire_at": _iso(expire_at)}},
    )
    edition.go_live_at, edition.expire_at = go_live_at, expire_at
    publication_changed()
    return edition


@transaction.atomic
def language_code(language: str) -> str:
    """``language`` as editions store it (lower case, ``-`` between parts),
    or :class:`EditorialError` when it is not a language code."""
    code = (language or "").strip().lower().replace("_", "-")
    if not code or len(code) > 16 or not all(part.isalnum() and part.isascii() for part in code.split("-")):
        raise EditorialError(_("Give a language code such as 'de' or 'pt-br'."))
    return code


def edition_change_language(*, edition: Edition, user, language: str) -> Edition:
    """Correct a mis-detected language: the edition moves to ``language``.

    Everything stays attached (versions, the original-edition relation, so
    re-imports still find it). Raises :class:`PermissionDenied` without the
    Editor role and :class:`EditorialError` for an empty code, the same
    code, or a language the article already has.
    """
    current = _locked(edition)
    require_edit(user, current)
    code = language_code(language)
    if code == current.language:
        raise EditorialError(_("The edition is already in this language."))
    if Edition.objects.filter(article_id=current.article_id, language=code).exists():
        raise EditorialError(
            _("This article already has an edition in '%(code)s'; merge by hand instead.") % {"code": code}
        )
    Edition.objects.filter(pk=current.pk).update(language=code, updated_at=timezone.now())
    record_event(
        action=EventAction.LANGUAGE_CHANGED, actor=user, edition=current,
        from_state=current.language, to_state=code,
    )
    edition.language = code
    search_entry_update(edition=edition)
    publication_changed()
    return edition
