"""Editions and versions as plain read-only lists (the desk is where work
happens); versions are append-only, so nothing here can change one."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from editorial.models import Edition, Version

from .readonly import ReadOnlyAdminMixin


class VersionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Version
    fields = ["number", "status", "origin", "title", "title_is_proposed", "created_by", "created_at"]
    readonly_fields = fields
    extra = 0
    show_change_link = True


@admin.register(Edition)
class EditionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "language", "latest_version", "live_version", "go_live_at", "expire_at",
                    "is_withdrawn", "updated_at"]
    list_filter = ["language", "is_withdrawn"]
    list_select_related = ["latest_version", "live_version"]
    inlines = [VersionInline]


@admin.register(Version)
class VersionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["title", "edition", "number", "status", "origin", "title_is_proposed", "created_by", "created_at"]
    list_filter = ["status", "origin", "edition__language"]
    list_select_related = ["edition", "created_by"]
    search_fields = ["title"]
    fields = [
        "edition", "number", "status", "origin", "title", "title_is_proposed", "summary",
        "summary_is_proposed", "text_paragraphs", "based_on", "translation_of", "source_document",
        "comment", "created_by", "submitted_by", "created_at",
    ]
    readonly_fields = fields

    @admin.display(description=_("text"))
    def text_paragraphs(self, obj):
        return format_html_join("", '<p data-paragraph-id="{}">{}</p>', ((p["id"], p["text"]) for p in obj.paragraphs))
