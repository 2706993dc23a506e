"""Changelist filters of the desk. Each is one indexed condition so every
combination stays fast on 100,000 articles (bench/admin_bench.py)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from editorial.choices import SuggestionStatus, VersionStatus
from editorial.models import ArticleTag, Edition, Tag, TagSuggestion, Version


class StateFilter(admin.SimpleListFilter):
    title = _("state (latest version, any language)")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return VersionStatus.choices + [("live", _("Has a live edition"))]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.filter(Exists(Edition.objects.filter(article=OuterRef("pk"), live_version__isnull=False)))
        if self.value() in VersionStatus.values:
            return queryset.filter(
                Exists(Edition.objects.filter(article=OuterRef("pk"), latest_version__status=self.value()))
            )
        return queryset


class LanguageFilter(admin.SimpleListFilter):
    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        languages = Edition.objects.order_by("language").values_list("language", flat=True).distinct()
        return [(code, code) for code in languages]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(Exists(Edition.objects.filter(article=OuterRef("pk"), language=self.value())))
        return queryset


class TagFilter(admin.SimpleListFilter):
    title = _("tag")
    parameter_name = "tag"

    def lookups(self, request, model_admin):
        # The most used tags; any other tag id works in the URL (the tag
        # page links here).
        used = Tag.objects.filter(article_tags__isnull=False).distinct().order_by("name")[:30]
        selected = Tag.objects.filter(pk=self.value()) if (self.value() or "").isdigit() else Tag.objects.none()
        return [(str(tag.pk), tag.name) for tag in {*used, *selected}]

    def queryset(self, request, queryset):
        if (self.value() or "").isdigit():
            return queryset.filter(Exists(ArticleTag.objects.filter(article=OuterRef("pk"), tag_id=self.value())))
        return queryset


class PendingSuggestionsFilter(admin.SimpleListFilter):
    title = _("tag suggestions")
    parameter_name = "pending_tags"

    def lookups(self, request, model_admin):
        return [("yes", _("Has pending suggestions")), ("no", _("All decided"))]

    def queryset(self, request, queryset):
        pending = Exists(
            TagSuggestion.objects.filter(article=OuterRef("pk"), status=SuggestionStatus.SUGGESTED)
        )
        if self.value() == "yes":
            return queryset.filter(pending)
        if self.value() == "no":
            return queryset.filter(~pending)
        return queryset


class WaitingForMeFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("me", _("Waiting for my review")), ("any", _("Waiting for review"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            versions = Version.objects.reviewable_by(request.user)
        elif self.value() == "any":
            versions = Version.objects.in_review()
        else:
            return queryset
        return queryset.filter(Exists(versions.filter(edition__article=OuterRef("pk"))))
