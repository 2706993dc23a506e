"""The article changelist (the newsroom's list) and its bulk actions."""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.views.main import PAGE_VAR
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.admin import ImportExportMixin

from editorial import services
from editorial.choices import SuggestionStatus, VersionStatus
from editorial.exceptions import EditorialError
from editorial.forms import ArticleCreateForm, CommentForm
from editorial.models import Article, ArticleTag, Edition, TagSuggestion
from editorial.resources import ArticleResource
from editorial.search import desk_search

from .desk import DeskMixin
from .filters import (
    LanguageFilter,
    PendingSuggestionsFilter,
    StateFilter,
    TagFilter,
    TranslationFilter,
    WaitingForMeFilter,
)
from .pagination import CappedPaginator, count_cap
from .translating import TranslationDeskMixin

S = VersionStatus


def _bulk(request, articles, apply, verb: str) -> None:
    """Run ``apply(article)`` (which yields (label, callable) pairs) row by
    row through the services, then report what was done and what was
    skipped and why. One refusal never stops the others."""
    done, skipped = [], []
    for article in articles:
        steps = list(apply(article))
        if not steps:
            skipped.append(f"{article}: " + _("nothing to %(verb)s") % {"verb": verb})
        for label, call in steps:
            try:
                call()
                done.append(label)
            except EditorialError as error:
                skipped.append(f"{label}: {error.message}")
    if done:
        messages.success(request, _("%(verb)s: %(n)s (%(list)s).") % {"verb": verb.capitalize(), "n": len(done),
                                                                     "list": ", ".join(done)})
    if skipped:
        messages.warning(request, _("Skipped %(n)s: %(list)s") % {"n": len(skipped), "list": " · ".join(skipped)})


def _latest_in(article, states):
    for edition in article.editions.all():
        latest = edition.latest_version
        if latest is not None and latest.status in states:
            yield f"{article} ({edition.language}) v{latest.number}", latest


@admin.register(Article)
class ArticleAdmin(DeskMixin, TranslationDeskMixin, ImportExportMixin, admin.ModelAdmin):
    resource_classes = [ArticleResource]
    # Adds "Import files" (the corpus import screen); import-export's buttons extend it.
    change_list_template = "admin/editorial/article/change_list.html"
    list_display = ["title", "languages", "tag_list", "source", "updated_at"]
    list_display_links = ["title"]
    list_filter = [StateFilter, WaitingForMeFilter, LanguageFilter, TranslationFilter, TagFilter,
                   PendingSuggestionsFilter]
    search_fields = ["source_name"]  # declared for the search box; matched through the desk index (below)
    search_help_text = gettext_lazy("Searches the titles and texts of the latest versions (whole words or their beginnings) and source file names.")
    list_per_page = 50
    show_full_result_count = False
    actions = ["submit_selected", "approve_selected", "reject_selected", "accept_suggested_tags"]
    ordering = ["-updated_at", "-pk"]

    class Media:
        css = {"all": ["editorial/desk.css"]}

    def get_queryset(self, request):
        qs = super().get_queryset(request).select_related("original_edition__latest_version")
        if request.resolver_match and request.resolver_match.url_name.endswith("_changelist"):
            qs = qs.defer("original_edition__latest_version__paragraphs").prefetch_related(
                Prefetch(
                    "editions",
                    queryset=Edition.objects.select_related("latest_version").defer("latest_version__paragraphs")
                    .order_by("language"),
                ),
                Prefetch("article_tags", queryset=ArticleTag.objects.select_related("tag")),
            )
        return qs

    def get_paginator(self, request, queryset, per_page, orphans=0, allow_empty_first_page=True):
        # Filtered or searched: count only as far as the reachable pages
        # (editorial/admin/pagination.py). Unfiltered: the exact count is cheap.
        cap = count_cap(page=request.GET.get(PAGE_VAR), per_page=per_page) if queryset.query.has_filters() else None
        return CappedPaginator(queryset, per_page, orphans, allow_empty_first_page, cap=cap)

    def get_search_results(self, request, queryset, search_term):
        # Titles, texts of the latest versions and source file names, through
        # the desk's full-text index (words and word beginnings): a LIKE over
        # every article read 100,000 rows for each search.
        if not search_term.strip():
            return queryset, False
        return desk_search(queryset, search_term), False

    @admin.display(description=gettext_lazy("title"), ordering="title")  # the cached, indexed copy
    def title(self, obj):
        latest = obj.original_edition.latest_version if obj.original_edition_id else None
        if latest is None:
            return str(obj)
        mark = format_html(' <span class="nd-badge nd-proposed" title="{}">?</span>', _("machine-proposed title"))
        return format_html("{}{}", latest.title, mark if latest.title_is_proposed else "")

    @admin.display(description=gettext_lazy("languages and state"))
    def languages(self, obj):
        return format_html_join(
            " ", '<span class="nd-badge nd-{}" title="{}">{} · {}{}</span>',
            (
                (
                    e.latest_version.status if e.latest_version else "none",
                    e.latest_version.get_status_display() if e.latest_version else "",
                    e.language,
                    e.latest_version.get_status_display() if e.latest_version else "—",
                    " · " + _("live") if e.live_version_id and not e.is_withdrawn else "",
                )
                for e in obj.editions.all()
            ),
        )

    @admin.display(description=gettext_lazy("tags"))
    def tag_list(self, obj):
        return ", ".join(link.tag.name for link in obj.article_tags.all()) or "—"

    @admin.display(description=gettext_lazy("source file"), ordering="source_name")
    def source(self, obj):
        return obj.source_name or "—"

    # -- add: a new article by hand, through the same service ---------------

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            return self._permission_denied_redirect(request)
        form = ArticleCreateForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                data = form.cleaned_data
                version = services.article_create(
                    user=request.user, language=data["language"], title=data["title"], summary=data["summary"],
                    paragraphs=data["text"],
                )
            except EditorialError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Article created as a draft."))
                return HttpResponseRedirect(reverse("admin:editorial_article_change", args=[version.edition.article_id]))
        context = {**self.admin_site.each_context(request), "opts": self.opts, "form": form,
                   "title": _("New article"), "add": True}
        return TemplateResponse(request, "admin/editorial/article/add.html", context)

    def _permission_denied_redirect(self, request):
        messages.error(request, _("You are not allowed to create articles."))
        return HttpResponseRedirect(reverse("admin:editorial_article_changelist"))

    def has_change_permission(self, request, obj=None):
        # The desk is the change page; what may be done on it is decided per
        # action by the services. Viewing is enough to open it.
        return self.has_view_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # nothing is lost: articles are withdrawn, never deleted

    # -- bulk actions -----------------------------------------------------

    def _with_editions(self, queryset):
        # Replace the list's own prefetches: actions need whole versions.
        return queryset.prefetch_related(None).prefetch_related(
            Prefetch("editions", queryset=Edition.objects.select_related("latest_version", "article"))
        )

    @admin.action(description=gettext_lazy("Submit the latest drafts for review"))
    def submit_selected(self, request, queryset):
        _bulk(request, self._with_editions(queryset), lambda a: (
            (label, lambda v=v: services.version_submit(version=v, user=request.user))
            for label, v in _latest_in(a, {S.DRAFT, S.CHANGES_REQUESTED})
        ), _("submit"))

    @admin.action(description=gettext_lazy("Approve the versions in review"))
    def approve_selected(self, request, queryset):
        _bulk(request, self._with_editions(queryset), lambda a: (
            (label, lambda v=v: services.version_approve(version=v, user=request.user))
            for label, v in _latest_in(a, {S.IN_REVIEW})
        ), _("approve"))

    @admin.action(description=gettext_lazy("Reject the versions in review…"))
    def reject_selected(self, request, queryset):
        form = CommentForm(request.POST if "comment" in request.POST else None)
        if form.is_bound and form.is_valid():
            comment = form.cleaned_data["comment"]
            _bulk(request, self._with_editions(queryset), lambda a: (
                (label, lambda v=v: services.version_reject(version=v, user=request.user, comment=comment))
                for label, v in _latest_in(a, {S.IN_REVIEW})
            ), _("reject"))
            return None
        context = {**self.admin_site.each_context(request), "opts": self.opts, "form": form,
                   "queryset": queryset, "action": "reject_selected", "title": _("Reject with a comment"),
                   "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME}
        return TemplateResponse(request, "admin/editorial/article/bulk_comment.html", context)

    @admin.action(description=gettext_lazy("Accept all suggested tags"))
    def accept_suggested_tags(self, request, queryset):
        _bulk(request, queryset, lambda a: (
            (f"{a}: {s.name}", lambda s=s: services.tag_suggestion_accept(suggestion=s, user=request.user))
            for s in TagSuggestion.objects.filter(article=a, status=SuggestionStatus.SUGGESTED)
        ), _("accept"))
