"""What the desk shows: per edition, the latest and live versions, the
actions the current user may take (and why others are unavailable), pending
corrections and tag suggestions. Read-only; the buttons post to services."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from editorial.choices import EventAction, SuggestionStatus, VersionStatus
from editorial.models import Article, Edition, Event, ShareLink, TagSuggestion, Version
from editorial.services.corrections import source_document_for
from editorial.services.rules import (
    PERM_PUBLISH,
    PERM_REVIEW,
    PERM_SUBMIT,
    PERM_TAGS,
    can_edit,
    own_work_reason,
)

S = VersionStatus


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    needs_comment: bool = False
    danger: bool = False
    disabled_reason: str = ""


@dataclass
class EditionDesk:
    edition: Edition
    latest: Version | None
    live: Version | None
    is_original: bool
    public_state: str

    @property
    def public_state_label(self) -> str:
        return str(PUBLIC_STATES[self.public_state])
    actions: list[Action] = field(default_factory=list)
    can_edit: bool = False
    can_schedule: bool = False
    versions: list[Version] = field(default_factory=list)
    share_links: list = field(default_factory=list)
    can_share: bool = False


PUBLIC_STATES = {
    "not_published": _("not published"),
    "withdrawn": _("withdrawn"),
    "scheduled": _("scheduled"),
    "expired": _("expired"),
    "live": _("live"),
}


def public_state(edition: Edition, now=None) -> str:
    """How the public sees the edition right now: a key of PUBLIC_STATES."""
    now = now or timezone.now()
    if edition.live_version_id is None:
        return "not_published"
    if edition.is_withdrawn:
        return "withdrawn"
    if edition.go_live_at and edition.go_live_at > now:
        return "scheduled"
    if edition.expire_at and edition.expire_at <= now:
        return "expired"
    return "live"


def version_actions(user, version: Version, edition: Edition) -> list[Action]:
    actions: list[Action] = []
    status = version.status
    if status in (S.DRAFT, S.CHANGES_REQUESTED) and user.has_perm(PERM_SUBMIT) and can_edit(user, edition):
        actions.append(Action("submit", str(_("Submit for review"))))
    if user.has_perm(PERM_REVIEW):
        if status == S.IN_REVIEW:
            reason = own_work_reason(user, version) or ""
            blocked = str(_("Four eyes: %(reason)s.") % {"reason": reason}) if reason else ""
            actions.append(Action("approve", str(_("Approve and publish")), disabled_reason=blocked))
            actions.append(Action("request_changes", str(_("Request changes")), needs_comment=True))
            actions.append(Action("reject", str(_("Reject")), needs_comment=True, danger=True, disabled_reason=blocked))
        elif status == S.APPROVED and edition.is_withdrawn and edition.live_version_id == version.pk:
            reason = own_work_reason(user, version) or ""
            actions.append(Action("approve", str(_("Republish")),
                                  disabled_reason=str(_("Four eyes: %(reason)s.") % {"reason": reason}) if reason else ""))
    return actions


def edition_desk(user, edition: Edition, article: Article) -> EditionDesk:
    latest, live = edition.latest_version, edition.live_version
    desk = EditionDesk(
        edition=edition,
        latest=latest,
        live=live,
        is_original=article.original_edition_id == edition.pk,
        public_state=public_state(edition),
        can_edit=can_edit(user, edition),
        can_schedule=user.has_perm(PERM_PUBLISH),
    )
    if latest is not None:
        desk.actions = version_actions(user, latest, edition)
    if user.has_perm(PERM_PUBLISH) and live is not None and not edition.is_withdrawn:
        desk.actions.append(Action("withdraw", str(_("Withdraw from the public site")), needs_comment=True, danger=True))
    desk.can_share = user.has_perm("editorial.add_sharelink")
    desk.share_links = list(
        ShareLink.objects.filter(version__edition=edition).select_related("version", "created_by")
        .annotate(view_count=Count("views")).order_by("-created_at")[:20]
    )
    desk.versions = list(
        Version.objects.filter(edition=edition).select_related("created_by", "submitted_by").order_by("-number")
    )
    return desk


@dataclass(frozen=True)
class PendingCorrection:
    original: str
    suggestion: str
    occurrences: int
    detail: str
    kind: str


def pending_corrections(article: Article, latest: Version | None) -> list[PendingCorrection]:
    """Corrections the import suggested that nobody decided on yet and whose
    original still occurs in the latest text."""
    if latest is None:
        return []
    document = source_document_for(latest)
    if document is None:
        return []
    decided = {
        (e["data"].get("original"), e["data"].get("suggestion"))
        for e in Event.objects.filter(
            article=article,
            action__in=[EventAction.CORRECTION_APPLIED, EventAction.CORRECTION_DISMISSED],
        ).values("data")
    }
    text = "\n".join([latest.title, latest.summary, *latest.texts])
    pending = []
    for item in document.corrections:
        key = (item.get("original"), item.get("suggestion"))
        if key in decided or not item.get("original"):
            continue
        pattern = r"(?<![\p{L}\p{M}\p{N}])" + regex.escape(item["original"]) + r"(?![\p{L}\p{M}\p{N}])"
        count = len(regex.findall(pattern, text))
        if count:
            pending.append(PendingCorrection(item["original"], item["suggestion"], count,
                                             item.get("detail", ""), item.get("kind", "")))
    return pending


def evidence_lines(suggestion: TagSuggestion) -> list[str]:
    """The pipeline's evidence as short readable lines (it stores strings or
    small dicts)."""
    lines = []
    for item in suggestion.evidence or []:
        if isinstance(item, dict):
            lines.append(", ".join(f"{k}: {v}" for k, v in item.items()))
        else:
            lines.append(str(item))
    return lines


def tag_panel(article: Article, user) -> dict:
    suggestions = list(
        TagSuggestion.objects.filter(article=article).select_related("tag", "decided_by").order_by("status", "-score")
    )
    for suggestion in suggestions:
        suggestion.evidence_lines = evidence_lines(suggestion)
    return {
        "pending": [s for s in suggestions if s.status == SuggestionStatus.SUGGESTED],
        "decided": [s for s in suggestions if s.status != SuggestionStatus.SUGGESTED],
        "tags": list(article.article_tags.select_related("tag", "added_by").prefetch_related("tag__labels")),
        "can_decide": user.has_perm(PERM_TAGS),
    }


@dataclass(frozen=True)
class MatrixCell:
    """One language of the article on the desk's language matrix."""

    language: str
    edition: Edition | None
    state: str  # "missing" or the latest version's status
    live: bool  # has a live version the public sees now
    outdated: bool  # the latest translation follows an older source than the live one
    live_outdated: bool  # the live translation does
    is_original: bool

    @property
    def state_label(self) -> str:
        if self.state == "missing":
            return str(_("missing"))
        return str(S(self.state).label)


def language_matrix(article: Article, editions: list[Edition]) -> list[MatrixCell]:
    """Every publishing language (settings.NEWSDESK_LANGUAGES) and every
    language the article has, original first: missing / draft / in review /
    live / outdated at a glance."""
    from django.conf import settings

    by_language = {edition.language: edition for edition in editions}
    original = next((e for e in editions if e.pk == article.original_edition_id), None)
    live_numbers = {e.pk: e.live_version.number for e in editions if e.live_version_id}
    languages = list(dict.fromkeys(
        ([original.language] if original else []) + sorted(by_language) + list(settings.NEWSDESK_LANGUAGES)
    ))
    cells = []
    for language in languages:
        edition = by_language.get(language)
        if edition is None:
            cells.append(MatrixCell(language, None, "missing", False, False, False, False))
            continue
        latest, live = edition.latest_version, edition.live_version

        def behind(version, edition=edition):
            # As Edition.objects.outdated(): the source's edition has a newer live version.
            source = version.translation_of if version is not None else None
            return bool(source and source.edition_id != edition.pk
                        and live_numbers.get(source.edition_id, 0) > source.number)

        cells.append(MatrixCell(
            language, edition, latest.status if latest else "missing", public_state(edition) == "live",
            behind(latest), behind(live), edition.pk == article.original_edition_id,
        ))
    return cells
