"""The review queue: what is waiting for review, mine first. Each row
opens the compare screen (draft against live) with the decision buttons."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from editorial.choices import VersionStatus
from editorial.models import ReviewItem, Version
from editorial.services.rules import edition_version_rows, own_work_reason

from .readonly import ReadOnlyAdminMixin


class MineFilter(admin.SimpleListFilter):
    title = _("whose review")
    parameter_name = "for"

    def lookups(self, request, model_admin):
        return [("me", _("Waiting for my review")), ("all", _("Everything in review"))]

    def choices(self, changelist):
        # "Waiting for my review" is the default view, so "All" means all.
        for lookup, title in self.lookup_choices:
            yield {
                "selected": (self.value() or "me") == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if (self.value() or "me") == "me":
            return queryset.exclude(created_by=request.user).exclude(submitted_by=request.user)
        return queryset


@admin.register(ReviewItem)
class ReviewQueueAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["review_link", "language", "number", "submitted_by", "created_by", "created_at", "four_eyes"]
    list_display_links = None
    list_filter = [MineFilter, "edition__language"]
    search_fields = ["title"]
    list_select_related = ["edition", "created_by", "submitted_by"]
    ordering = ["created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=VersionStatus.IN_REVIEW).defer("paragraphs")

    def has_module_permission(self, request):
        return request.user.has_perm("editorial.view_version")

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("editorial.view_version")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        version = Version.objects.select_related("edition").get(pk=object_id)
        return HttpResponseRedirect(self.review_url(version))

    @staticmethod
    def review_url(version) -> str:
        url = reverse("admin:editorial_article_compare", args=[version.edition.article_id, version.edition_id])
        return f"{url}?b={version.pk}"

    @admin.display(description=_("title"), ordering="title")
    def review_link(self, obj):
        return format_html('<a href="{}">{}</a>', self.review_url(obj), obj.title)

    @admin.display(description=_("language"), ordering="edition__language")
    def language(self, obj):
        return obj.edition.language

    @admin.display(description=_("can I decide?"))
    def four_eyes(self, obj):
        if self._ancestors is None:  # the whole page's version chains in one query
            page = self._changelist.result_list
            self._ancestors = edition_version_rows(v.edition_id for v in page)
        return own_work_reason(self._request_user, obj, ancestors=self._ancestors) or "✓"

    def get_changelist_instance(self, request):
        self._changelist = super().get_changelist_instance(request)
        return self._changelist

    def changelist_view(self, request, extra_context=None):
        self._request_user, self._ancestors = request.user, None
        return super().changelist_view(request, {"title": _("Waiting for review"), **(extra_context or {})})
