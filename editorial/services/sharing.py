"""Share links for outside reviewers: create, revoke, and record a view."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.choices import EventAction
from editorial.exceptions import EditorialError, InvalidTransition
from editorial.models import ShareLink, ShareLinkView, Version

from .events import record_event
from .rules import require

PERM_SHARE = "editorial.add_sharelink"
DEFAULT_LIFETIME = timedelta(days=7)
MAX_LIFETIME = timedelta(days=90)


@transaction.atomic
def share_link_create(*, version: Version, user, lifetime: timedelta = DEFAULT_LIFETIME, note: str = "") -> ShareLink:
    """A new link showing ``version`` until ``lifetime`` has passed.

    Raises :class:`PermissionDenied` without the Editor or Reviewer role and
    :class:`EditorialError` for a lifetime that is not between one hour and
    90 days.
    """
    require(user, PERM_SHARE, _("create share links"))
    if not timedelta(hours=1) <= lifetime <= MAX_LIFETIME:
        raise EditorialError(_("A share link lasts between one hour and 90 days."))
    link = ShareLink.objects.create(
        version=version, token=secrets.token_urlsafe(24), note=(note or "").strip()[:200], created_by=user,
        expires_at=timezone.now() + lifetime,
    )
    record_event(action=EventAction.SHARE_LINK_CREATED, actor=user, version=version,
                 comment=link.note, data={"link": link.pk, "expires_at": link.expires_at.isoformat()})
    return link


@transaction.atomic
def share_link_revoke(*, link: ShareLink, user) -> ShareLink:
    """Stop a link from working now. Raises :class:`InvalidTransition` if it
    was already revoked."""
    require(user, "editorial.change_sharelink", _("revoke share links"))
    current = ShareLink.objects.select_for_update().get(pk=link.pk)
    if current.revoked_at is not None:
        raise InvalidTransition(_("This share link was already revoked."))
    now = timezone.now()
    ShareLink.objects.filter(pk=current.pk).update(revoked_at=now, revoked_by=user)
    record_event(action=EventAction.SHARE_LINK_REVOKED, actor=user, version=current.version,
                 comment=current.note, data={"link": current.pk})
    link.revoked_at, link.revoked_by = now, user
    return link


def share_link_record_view(*, link: ShareLink, ip_address: str | None, user_agent: str) -> ShareLinkView:
    """Log one view of an active link (who opened it, as far as we can tell)."""
    return ShareLinkView.objects.create(link=link, ip_address=ip_address or None, user_agent=(user_agent or "")[:300])
