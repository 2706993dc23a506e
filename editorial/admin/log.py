"""The audit log: every event of every article, filterable by user and action."""

from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

from editorial.models import Event

from .readonly import ReadOnlyAdminMixin


@admin.register(Event)
class EventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["created_at", "actor_name", "action", "article_link", "edition", "version_number",
                    "transition", "comment"]
    list_filter = ["action", ("actor", admin.RelatedOnlyFieldListFilter), "created_at"]
    search_fields = ["comment", "actor__username", "article__source_name"]
    list_select_related = ["actor", "article", "edition", "version"]
    date_hierarchy = "created_at"
    show_full_result_count = False

    @admin.display(description=gettext_lazy("who"), ordering="actor__username")
    def actor_name(self, obj):
        return obj.actor.get_username() if obj.actor else gettext_lazy("system")

    @admin.display(description=gettext_lazy("article"))
    def article_link(self, obj):
        if obj.article_id is None:
            return "—"
        return format_html('<a href="{}">{}</a>', reverse("admin:editorial_article_change", args=[obj.article_id]),
                           obj.article)

    @admin.display(description=gettext_lazy("version"))
    def version_number(self, obj):
        return f"v{obj.version.number}" if obj.version_id else "—"

    @admin.display(description=gettext_lazy("from → to"))
    def transition(self, obj):
        return f"{obj.from_state or '·'} → {obj.to_state}" if obj.to_state else "—"
