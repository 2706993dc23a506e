"""Articles, their per-language editions and append-only versions.

An :class:`Article` is one story. Each language it exists in is an
:class:`Edition`, which holds two pointers: ``latest_version`` (what editors
work on) and ``live_version`` (what the public sees), and the live window
(go-live, expiry, withdrawn). A :class:`Version` is written once and never
rewritten: an edit appends a new version and moves ``latest_version``;
approving moves ``live_version``. That keeps "what is live in language X" one
indexed join for thousands of articles.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from editorial.choices import VersionOrigin, VersionStatus
from editorial.models.encoders import UnicodeJSONEncoder
from editorial.querysets import ArticleQuerySet, EditionQuerySet, VersionQuerySet


# The cached state flags of an article, in the order the desk shows them.
ARTICLE_FLAGS = (
    "has_draft", "has_in_review", "has_changes_requested", "has_approved", "has_rejected", "has_live",
    "has_waiting", "has_pending_tags",
)


class Article(models.Model):
    source_name = models.CharField(
        _("source name"),
        max_length=500,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Identity of the imported file this article comes from; re-imports match on it."),
    )
    # The edition in the language the story was written (or imported) in. A
    # relation, not a language string: correcting a mis-detected language
    # moves the edition, and re-imports still find it.
    original_edition = models.OneToOneField(
        "Edition",
        verbose_name=_("original edition"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Written by the services whenever anything happens to the article.
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now, db_index=True)
    # What the desk filters on, cached from the editions and suggestions by
    # editorial.services.events.article_state_refresh in the transaction of
    # every change, so each filter is one indexed column on 100,000 articles.
    has_draft = models.BooleanField(_("has a draft"), default=False, editable=False)
    has_in_review = models.BooleanField(_("latest version in review"), default=False, editable=False)
    has_changes_requested = models.BooleanField(_("changes requested"), default=False, editable=False)
    has_approved = models.BooleanField(_("latest version approved"), default=False, editable=False)
    has_rejected = models.BooleanField(_("latest version rejected"), default=False, editable=False)
    has_live = models.BooleanField(_("has a live edition"), default=False, editable=False)
    has_waiting = models.BooleanField(_("has a version waiting for review"), default=False, editable=False)
    has_pending_tags = models.BooleanField(_("has pending tag suggestions"), default=False, editable=False)
    # The original edition's latest title, cached the same way, so sorting
    # the desk by title is an index walk instead of a join and a sort.
    title = models.CharField(_("title"), max_length=500, blank=True, default="", editable=False)
    # A translation follows an older source than the one live (the desk's
    # "translation outdated" filter), cached the same way.
    has_outdated_translation = models.BooleanField(_("has an outdated translation"), default=False, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=[flag, "-updated_at"], name=f"art_{flag[4:]}_idx"[:30])
            for flag in ARTICLE_FLAGS
        ] + [
            models.Index(fields=["title", "id"], name="art_title_idx"),
            models.Index(fields=["has_outdated_translation", "-updated_at"], name="art_outdated_idx"),
        ]

    def __str__(self) -> str:
        # Titles live on versions; keep __str__ query-free for admin lists.
        label = gettext("Article #%(pk)s") % {"pk": self.pk}
        return label + (f" ({self.source_name})" if self.source_name else "")

    @property
    def original_language(self) -> str:
        return self.original_edition.language if self.original_edition_id else ""


class Edition(models.Model):
    """The state of one article in one language: pointers and live window."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="editions"
    )
    language = models.CharField(_("language"), max_length=16)
    latest_version = models.ForeignKey(
        "Version",
        verbose_name=_("latest version"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    live_version = models.ForeignKey(
        "Version",
        verbose_name=_("live version"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    go_live_at = models.DateTimeField(
        _("go live at"), null=True, blank=True, help_text=_("Empty: live as soon as approved.")
    )
    expire_at = models.DateTimeField(_("expire at"), null=True, blank=True, help_text=_("Empty: never expires."))
    is_withdrawn = models.BooleanField(_("withdrawn"), default=False)
    # Cached from the approval events by version_approve, in the same
    # transaction, because public listings sort on them: the edition's first
    # approval, and the approval (with its comment, the public correction
    # notice) of the live version. See EditionQuerySet.with_publication_dates.
    first_published_at = models.DateTimeField(_("first published at"), null=True, blank=True, editable=False)
    live_approved_at = models.DateTimeField(_("live version approved at"), null=True, blank=True, editable=False)
    live_approval_note = models.TextField(_("correction notice"), blank=True, editable=False)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="edition_unique_language"),
            models.CheckConstraint(
                condition=models.Q(expire_at__isnull=True)
                | models.Q(go_live_at__isnull=True)
                | models.Q(expire_at__gt=models.F("go_live_at")),
                name="edition_expires_after_go_live",
            ),
        ]
        indexes = [
            models.Index(fields=["language", "live_version"], name="edition_live_idx"),
            # The page cache asks for the next go-live and expiry after now.
            models.Index(fields=["go_live_at"], name="edition_go_live_idx"),
            models.Index(fields=["expire_at"], name="edition_expire_idx"),
            # Newest first, on the home page and per language.
            models.Index(fields=["first_published_at"], name="edition_published_idx"),
            models.Index(fields=["language", "first_published_at"], name="edition_lang_published_idx"),
        ]
        permissions = [("publish_edition", _("Can schedule and withdraw editions"))]

    def __str__(self) -> str:
        return f"{self.article_id}/{self.language}"

    @property
    def is_original(self) -> bool:
        return self.article.original_edition_id == self.pk


class Version(models.Model):
    """One immutable state of an edition's text.

    ``paragraphs`` is a list of ``{"id": ..., "text": ...}``: ids survive
    edits, so compare screens, translations and outdated marks align
    paragraphs by id, never by position.
    """

    Status = VersionStatus
    Origin = VersionOrigin

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("number"))
    # A cache of the version's review events, written only by the workflow
    # services (editorial.services.workflow) in the same transaction.
    status = models.CharField(
        _("status"), max_length=32, choices=Status.choices, default=Status.DRAFT
    )
    origin = models.CharField(_("origin"), max_length=16, choices=Origin.choices)
    title = models.CharField(_("title"), max_length=500)
    title_is_proposed = models.BooleanField(
        _("title is machine-proposed"),
        default=False,
        help_text=_("Proposed by the import pipeline; an editor has not confirmed it yet."),
    )
    summary = models.TextField(_("summary"), blank=True)
    summary_is_proposed = models.BooleanField(_("summary is machine-proposed"), default=False)
    paragraphs = models.JSONField(_("paragraphs"), default=list, encoder=UnicodeJSONEncoder)
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("based on"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The version this one was edited from."),
    )
    translation_of = models.ForeignKey(
        "self",
        verbose_name=_("translation of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="translations",
    )
    source_document = models.ForeignKey(
        "corpus.SourceDocument",
        verbose_name=_("source document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="versions",
    )
    comment = models.CharField(_("comment"), max_length=500, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = VersionQuerySet.as_manager()

    class Meta:
        ordering = ["edition", "-number"]
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="version_unique_number"),
        ]
        indexes = [
            # Queues and "waiting for my review": whose work it is is read
            # from the index too (four eyes), not from rows of several KB.
            models.Index(fields=["status", "edition", "created_by", "submitted_by"], name="version_review_idx"),
            # The state of an edition's latest version by its id, without
            # reading the version's row (its paragraphs make rows of several
            # KB): the changelist's state filter looks this up per article.
            models.Index(fields=["id", "status"], name="version_id_status_idx"),
        ]
        permissions = [
            ("submit_version", _("Can submit versions for review")),
            ("review_version", _("Can approve, reject or request changes")),
            ("translate_version", _("Can edit translations")),
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.number}, {self.get_status_display()})"

    @property
    def language(self) -> str:
        return self.edition.language

    @property
    def texts(self) -> list[str]:
        """The paragraphs' texts, in order."""
        return [p["text"] for p in self.paragraphs]

    @property
    def paragraph_ids(self) -> list[str]:
        return [p["id"] for p in self.paragraphs]

    @property
    def text(self) -> str:
        return "\n\n".join(self.texts)
