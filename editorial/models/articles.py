"""Articles, their per-language editions and append-only versions.

An :class:`Article` is one story. Each language it exists in is an
:class:`Edition`, which holds two pointers: ``latest_version`` (what editors
work on) and ``live_version`` (what the public sees). A :class:`Version` is
written once and never rewritten: an edit appends a new version and moves
``latest_version``; approving moves ``live_version``. That keeps "what is live
in language X" one indexed join for thousands of articles.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from editorial.choices import VersionOrigin, VersionStatus
from editorial.querysets import EditionQuerySet


class Article(models.Model):
    source_name = models.CharField(
        _("source name"),
        max_length=500,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Name of the imported file this article comes from; re-imports match on it."),
    )
    original_language = models.CharField(_("original language"), max_length=16)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self) -> str:
        # Titles live on versions; keep __str__ query-free for admin lists.
        return f"Article #{self.pk}" + (f" ({self.source_name})" if self.source_name else "")


class Edition(models.Model):
    """The state of one article in one language: latest and live pointers."""

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
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("edition")
        verbose_name_plural = _("editions")
        constraints = [
            models.UniqueConstraint(fields=["article", "language"], name="edition_unique_language"),
        ]
        indexes = [models.Index(fields=["language", "live_version"], name="edition_live_idx")]

    def __str__(self) -> str:
        return f"{self.article_id}/{self.language}"


class Version(models.Model):
    """One immutable state of an edition's text."""

    Status = VersionStatus
    Origin = VersionOrigin

    edition = models.ForeignKey(
        Edition, verbose_name=_("edition"), on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("number"))
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
    # A list of paragraph strings: later code aligns and diffs versions
    # paragraph by paragraph (compare screens, translations, outdated marks).
    paragraphs = models.JSONField(_("paragraphs"), default=list)
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
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["edition", "-number"]
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="version_unique_number"),
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.number}, {self.get_status_display()})"

    @property
    def language(self) -> str:
        return self.edition.language

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)
