"""Review transitions of a version: submit, approve, request changes, reject.

Each transition locks the version row, checks the current state, the
user's role and the four-eyes rule, then writes the state cache and its
event together. The states::

    draft ──submit──▶ in review ──approve──▶ approved (edition goes live)
      ▲                   │ ├──request changes──▶ changes requested ──submit──▶ in review
      │                   │ └──reject──▶ rejected (final; edit to try again)
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.choices import EventAction, VersionStatus
from editorial.exceptions import EditorialError, InvalidTransition
from editorial.models import Edition, Version
from editorial.pagecache import publication_changed

from .events import article_state_refresh, record_event
from .search import search_entry_update
from .rules import PERM_REVIEW, PERM_SUBMIT, require, require_edit, require_not_own_work

S = VersionStatus


def _locked(version: Version) -> Version:
    """The version as stored now, row-locked until the transaction ends."""
    return Version.objects.select_for_update().select_related("edition__article").get(pk=version.pk)


def _check_state(current: Version, allowed: set[str], doing: str) -> None:
    if current.status not in allowed:
        raise InvalidTransition(
            _("Version %(number)s is “%(state)s”; it cannot be %(doing)s.")
            % {"number": current.number, "state": current.get_status_display(), "doing": doing}
        )


def _move(*, version: Version, current: Version, to: str, action: EventAction, user, comment: str, **extra):
    Version.objects.filter(pk=current.pk).update(status=to, **extra)
    event = record_event(
        action=action,
        actor=user,
        edition=current.edition,
        version=current,
        from_state=current.status,
        to_state=to,
        comment=comment,
    )
    version.status = to
    for name, value in extra.items():
        setattr(version, name, value)
    return event


def _require_translated(current: Version) -> None:
    from .translations import translation_problems

    problem = translation_problems(current)
    if problem:
        raise InvalidTransition(problem)


@transaction.atomic
def version_submit(*, version: Version, user) -> Version:
    """Send a draft (or a version with changes requested) to review.

    Raises :class:`PermissionDenied` without the Editor/Translator role and
    :class:`InvalidTransition` from any other state.
    """
    require(user, PERM_SUBMIT, _("submit versions for review"))
    current = _locked(version)
    require_edit(user, current.edition)
    _check_state(current, {S.DRAFT, S.CHANGES_REQUESTED}, _("submitted"))
    _require_translated(current)
    _move(version=version, current=current, to=S.IN_REVIEW, action=EventAction.SUBMITTED, user=user, comment="",
          submitted_by=user)
    return version


@transaction.atomic
def version_approve(*, version: Version, user, comment: str = "") -> Version:
    """Approve ``version`` and make it the live version of its edition.

    From "in review"; an already approved version may be approved again to
    republish it (after a withdrawal, or to roll back). Moves the edition's
    live pointer to exactly this version and clears a withdrawal; the live
    window (go-live, expiry) set by scheduling still applies. Raises
    :class:`PermissionDenied` without the Reviewer role,
    :class:`FourEyesError` for the user's own work (superusers included)
    and :class:`InvalidTransition` from any other state, or for an in-review
    version older than the one already live.
    """
    require(user, PERM_REVIEW, _("approve versions"))
    current = _locked(version)
    _check_state(current, {S.IN_REVIEW, S.APPROVED}, _("approved"))
    require_not_own_work(user, current, _("approve"))
    _require_translated(current)
    edition = Edition.objects.select_for_update().get(pk=current.edition_id)
    live = Version.objects.filter(pk=edition.live_version_id).values_list("number", flat=True).first()
    if current.status == S.IN_REVIEW and live is not None and current.number < live:
        raise InvalidTransition(
            _("Version %(number)s is older than the live version %(live)s; edit the latest version instead.")
            % {"number": current.number, "live": live}
        )
    if current.status == S.APPROVED and edition.live_version_id == current.pk and not edition.is_withdrawn:
        raise InvalidTransition(_("Version %(number)s is already live.") % {"number": current.number})
    event = _move(version=version, current=current, to=S.APPROVED, action=EventAction.APPROVED, user=user,
                  comment=comment)
    Edition.objects.filter(pk=edition.pk).update(
        live_version=current, is_withdrawn=False, withdrawn_at=None, updated_at=timezone.now(),
        # The public dates, cached from the approval events
        # (querysets.publication_date_expressions says the same in SQL).
        first_published_at=Coalesce("first_published_at", Value(event.created_at)),
        live_approved_at=event.created_at, live_approval_note=event.comment,
    )
    # The event refreshed the article's cached flags before the live pointer
    # moved: refresh them again so has_live is right at once.
    article_state_refresh(article_id=edition.article_id, touch=False)
    search_entry_update(edition=edition)
    publication_changed()
    return version


@transaction.atomic
def versions_approve_together(*, versions, user, comment: str = "") -> list[Version]:
    """Approve several versions of one article (a source and chosen
    translations) in one transaction, so the languages go live together.

    Each is checked as :func:`version_approve` checks one (state, role,
    four eyes, complete translation); if any is refused, none is approved
    and the refusal names the language. A translation never goes live
    because its source did: only the versions given are approved.
    """
    versions = list(versions)
    if not versions:
        raise EditorialError(_("Choose at least one version to approve."))
    articles = {v.edition.article_id for v in versions}
    if len(articles) != 1:
        raise EditorialError(_("Versions approved together must belong to one article."))
    if len({v.edition_id for v in versions}) != len(versions):
        raise EditorialError(_("Choose one version per language."))
    approved = []
    for version in versions:
        try:
            approved.append(version_approve(version=version, user=user, comment=comment))
        except EditorialError as error:
            raise type(error)(
                _("%(language)s: %(reason)s Nothing was approved.")
                % {"language": version.edition.language, "reason": error.message}
            ) from error
    return approved


@transaction.atomic
def version_request_changes(*, version: Version, user, comment: str) -> Version:
    """Send an in-review version back to its editors with a comment.

    Raises :class:`EditorialError` without a comment (the editors need to
    know what to change), :class:`PermissionDenied` without the Reviewer
    role and :class:`InvalidTransition` from any state but "in review".
    """
    require(user, PERM_REVIEW, _("request changes"))
    if not (comment or "").strip():
        raise EditorialError(_("Say what should change: a comment is required."))
    current = _locked(version)
    _check_state(current, {S.IN_REVIEW}, _("sent back for changes"))
    _move(version=version, current=current, to=S.CHANGES_REQUESTED, action=EventAction.CHANGES_REQUESTED,
          user=user, comment=comment.strip())
    return version


@transaction.atomic
def version_reject(*, version: Version, user, comment: str) -> Version:
    """Reject an in-review version for good, with a comment.

    Same refusals as :func:`version_approve` (role, four-eyes, state), and
    a comment is required.
    """
    require(user, PERM_REVIEW, _("reject versions"))
    if not (comment or "").strip():
        raise EditorialError(_("Say why: a comment is required to reject."))
    current = _locked(version)
    _check_state(current, {S.IN_REVIEW}, _("rejected"))
    require_not_own_work(user, current, _("reject"))
    _move(version=version, current=current, to=S.REJECTED, action=EventAction.REJECTED, user=user,
          comment=comment.strip())
    return version
