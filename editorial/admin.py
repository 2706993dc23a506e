"""Editorial admin. For now it shows what was imported; the review workflow
(submit, approve, compare) arrives with its services in the next issue."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import F
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from corpus.admin import ReadOnlyAdminMixin
from editorial.models import Article, Edition, Tag, TagAlias, TagLabel, TagSuggestion, Version


class EditionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Edition
    fields = ["language", "latest_version", "live_version", "updated_at"]
    readonly_fields = fields
    extra = 0
    show_change_link = True


class TagSuggestionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = TagSuggestion
    fields = ["name", "kind", "score", "status", "tag", "evidence", "decided_by", "decided_at"]
    readonly_fields = fields
    extra = 0


@admin.register(Article)
class ArticleAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "latest_title", "latest_status", "created_at"]
    list_filter = ["original_edition__language"]
    search_fields = ["source_name", "editions__latest_version__title"]
    inlines = [EditionInline, TagSuggestionInline]
    readonly_fields = ["source_name", "created_at"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                latest_title=F("original_edition__latest_version__title"),
                latest_status=F("original_edition__latest_version__status"),
            )
        )

    @admin.display(description=_("title (latest version)"), ordering="latest_title")
    def latest_title(self, obj):
        return obj.latest_title

    @admin.display(description=_("status (latest version)"))
    def latest_status(self, obj):
        return Version.Status(obj.latest_status).label if obj.latest_status else "—"


class VersionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Version
    fields = ["number", "status", "origin", "title", "title_is_proposed", "created_by", "created_at"]
    readonly_fields = fields
    extra = 0
    show_change_link = True


@admin.register(Edition)
class EditionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "language", "latest_version", "live_version", "updated_at"]
    list_filter = ["language"]
    list_select_related = ["latest_version", "live_version"]
    inlines = [VersionInline]


@admin.register(Version)
class VersionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title", "edition", "number", "status", "origin", "title_is_proposed", "created_at"]
    list_filter = ["status", "origin", "edition__language"]
    list_select_related = ["edition"]
    search_fields = ["title"]
    fields = [
        "edition", "number", "status", "origin", "title", "title_is_proposed", "summary",
        "summary_is_proposed", "text_paragraphs", "based_on", "translation_of", "source_document",
        "comment", "created_by", "created_at",
    ]
    readonly_fields = fields

    @admin.display(description=_("text"))
    def text_paragraphs(self, obj):
        return format_html_join("", "<p>{}</p>", ((p,) for p in obj.texts))


class TagAliasInline(admin.TabularInline):
    model = TagAlias
    extra = 1


class TagLabelInline(admin.TabularInline):
    model = TagLabel
    extra = 1


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug", "created_at"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "aliases__alias", "labels__label"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TagAliasInline, TagLabelInline]
