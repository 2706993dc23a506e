"""Who may do what: role permissions and the four-eyes rule.

Permission checks live here and in the services that call them, so the
admin, commands, bulk actions and a later API all get the same answer.
Superusers pass role checks but never the four-eyes rule.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext as _

from editorial.choices import VersionStatus
from editorial.exceptions import FourEyesError, PermissionDenied
from editorial.models import Edition, Version

PERM_EDIT = "editorial.add_version"
PERM_TRANSLATE = "editorial.translate_version"
PERM_SUBMIT = "editorial.submit_version"
PERM_REVIEW = "editorial.review_version"
PERM_PUBLISH = "editorial.publish_edition"
PERM_TAGS = "editorial.change_tagsuggestion"
PERM_VOCABULARY = "editorial.change_tag"


def four_eyes_enabled() -> bool:
    return getattr(settings, "NEWSDESK_FOUR_EYES", True)


def require(user, perm: str, what: str) -> None:
    if user is None or not user.is_active or not user.has_perm(perm):
        raise PermissionDenied(_("You are not allowed to %(what)s.") % {"what": what})


def can_edit(user, edition: Edition) -> bool:
    if user is None or not user.is_active:
        return False
    if user.has_perm(PERM_EDIT):
        return True
    # Translators edit every edition but the original-language one.
    return user.has_perm(PERM_TRANSLATE) and edition.article.original_edition_id != edition.pk


def require_edit(user, edition: Edition) -> None:
    if not can_edit(user, edition):
        if user is not None and user.has_perm(PERM_TRANSLATE):
            raise PermissionDenied(_("Translators may edit translations only, not the original text."))
        raise PermissionDenied(_("You are not allowed to edit articles."))


def own_work_reason(user, version: Version, *, ancestors: dict | None = None) -> str | None:
    """Why ``user`` may not decide on ``version`` under four-eyes, or None.

    Their own work is a version they created or submitted, or one based
    (through any chain of unapproved versions) on an edit of theirs.
    ``ancestors`` (from :func:`edition_version_rows`) saves a query per
    ancestor when many versions are judged at once.
    """
    if not four_eyes_enabled():
        return None
    if version.created_by_id == user.pk:
        return _("you created this version")
    if version.submitted_by_id == user.pk:
        return _("you submitted this version")
    ancestor_id = version.based_on_id
    seen = 0
    while ancestor_id is not None and seen < 1000:
        if ancestors is not None:
            row = ancestors.get(ancestor_id)
        else:
            row = Version.objects.filter(pk=ancestor_id).values("created_by_id", "status", "based_on_id").first()
        if row is None or row["status"] == VersionStatus.APPROVED:
            break
        if row["created_by_id"] == user.pk:
            return _("it is based on your own unapproved edit")
        ancestor_id = row["based_on_id"]
        seen += 1
    return None


def edition_version_rows(edition_ids) -> dict[int, dict]:
    """Creator, state and parent of every version of these editions, by id,
    in one query (for :func:`own_work_reason` over a page of versions)."""
    rows = Version.objects.filter(edition_id__in=set(edition_ids)).values(
        "pk", "created_by_id", "status", "based_on_id"
    )
    return {row["pk"]: row for row in rows}


def require_not_own_work(user, version: Version, what: str) -> None:
    reason = own_work_reason(user, version)
    if reason:
        raise FourEyesError(
            _("Four eyes: you cannot %(what)s version %(number)s because %(reason)s. Ask another reviewer.")
            % {"what": what, "number": version.number, "reason": reason}
        )
