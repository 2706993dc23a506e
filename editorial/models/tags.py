"""The controlled tag vocabulary and per-article tag suggestions.

A :class:`Tag` has one canonical name, any number of aliases (surface forms in
any language: "Trump", "Trumps", "特朗普") and one display label per language.
A :class:`TagSuggestion` records what the pipeline proposed for an article,
with its evidence, and the editor's decision (who, when), because the
vocabulary learns from decisions.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from editorial.choices import SuggestionStatus, TagKind
from editorial.querysets import ArticleTagQuerySet, TagQuerySet


class Tag(models.Model):
    """A controlled-vocabulary entry: one canonical name, aliases, labels."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    kind = models.CharField(_("kind"), max_length=16, choices=TagKind.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = TagQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class TagAlias(models.Model):
    tag = models.ForeignKey(Tag, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=200)
    language = models.CharField(
        _("language"), max_length=16, blank=True, help_text=_("Empty: the alias applies to every language.")
    )

    class Meta:
        ordering = ["alias"]
        verbose_name = _("tag alias")
        verbose_name_plural = _("tag aliases")
        constraints = [
            models.UniqueConstraint(fields=["tag", "alias", "language"], name="tagalias_unique"),
        ]

    def __str__(self) -> str:
        return self.alias


class TagLabel(models.Model):
    tag = models.ForeignKey(Tag, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="labels")
    language = models.CharField(_("language"), max_length=16)
    label = models.CharField(_("label"), max_length=200)

    class Meta:
        ordering = ["language"]
        verbose_name = _("tag label")
        verbose_name_plural = _("tag labels")
        constraints = [
            models.UniqueConstraint(fields=["tag", "language"], name="taglabel_unique_language"),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({self.language})"


class TagSuggestion(models.Model):
    Status = SuggestionStatus

    article = models.ForeignKey(
        "editorial.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="tag_suggestions"
    )
    tag = models.ForeignKey(
        Tag,
        verbose_name=_("tag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestions",
        help_text=_("Set when the suggestion matched the vocabulary or was accepted into it."),
    )
    key = models.CharField(
        _("key"), max_length=200, help_text=_("Tag slug when matched, else the case-folded name.")
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=TagKind.choices)
    score = models.FloatField(_("score"))
    evidence = models.JSONField(_("evidence"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SUGGESTED
    )
    version = models.ForeignKey(
        "editorial.Version",
        verbose_name=_("suggested for version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["article", "-score"]
        verbose_name = _("tag suggestion")
        verbose_name_plural = _("tag suggestions")
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="tagsuggestion_unique_key"),
        ]
        indexes = [models.Index(fields=["status", "article"], name="tagsuggestion_status_idx")]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()}, {self.get_status_display()})"


class ArticleTag(models.Model):
    """A vocabulary tag on an article: from an accepted suggestion or added by hand."""

    article = models.ForeignKey(
        "editorial.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="article_tags"
    )
    tag = models.ForeignKey(Tag, verbose_name=_("tag"), on_delete=models.CASCADE, related_name="article_tags")
    suggestion = models.ForeignKey(
        TagSuggestion,
        verbose_name=_("from suggestion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    objects = ArticleTagQuerySet.as_manager()

    class Meta:
        ordering = ["tag__name"]
        verbose_name = _("article tag")
        verbose_name_plural = _("article tags")
        constraints = [models.UniqueConstraint(fields=["article", "tag"], name="articletag_unique")]
        indexes = [models.Index(fields=["tag", "article"], name="articletag_tag_idx")]

    def __str__(self) -> str:
        return f"{self.tag} on {self.article_id}"
