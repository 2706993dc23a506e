"""The tag vocabulary: tags with aliases and per-language labels, merging,
and the suggestions the imports made."""

from __future__ import annotations

from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.admin import ImportExportMixin

from editorial import services
from editorial.exceptions import EditorialError
from editorial.forms import TagMergeForm
from editorial.models import Tag, TagAlias, TagLabel, TagSuggestion
from editorial.pagecache import publication_changed
from editorial.resources import TagResource

from .readonly import ReadOnlyAdminMixin


class TagAliasInline(admin.TabularInline):
    model = TagAlias
    extra = 1


class TagLabelInline(admin.TabularInline):
    model = TagLabel
    extra = 1


@admin.register(Tag)
class TagAdmin(ImportExportMixin, admin.ModelAdmin):
    resource_classes = [TagResource]
    list_display = ["name", "kind", "slug", "alias_list", "label_list", "article_count"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "aliases__alias", "labels__label"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TagAliasInline, TagLabelInline]
    actions = ["merge_selected"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases", "labels")

    # Tag names and slugs are on public pages (article tags, tag pages,
    # feeds): renaming or deleting a tag drops the cached pages.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            publication_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        publication_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        publication_changed()

    @admin.display(description=gettext_lazy("aliases"))
    def alias_list(self, obj):
        return ", ".join(a.alias + (f" ({a.language})" if a.language else "") for a in obj.aliases.all()) or "—"

    @admin.display(description=gettext_lazy("labels"))
    def label_list(self, obj):
        return ", ".join(f"{label.language}: {label.label}" for label in obj.labels.all()) or "—"

    @admin.display(description=gettext_lazy("articles"))
    def article_count(self, obj):
        return obj.article_tags.count()

    @admin.action(description=gettext_lazy("Merge the selected tags into another tag…"))
    def merge_selected(self, request, queryset):
        form = TagMergeForm(request.POST if "target" in request.POST else None)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["target"]
            merged, refused = [], []
            for tag in queryset.exclude(pk=target.pk):
                try:
                    services.tag_merge(source=tag, target=target, user=request.user)
                    merged.append(tag.name)
                except EditorialError as error:
                    refused.append(f"{tag.name}: {error.message}")
            if merged:
                messages.success(request, _("Merged into “%(target)s”: %(list)s.")
                                 % {"target": target.name, "list": ", ".join(merged)})
            if refused:
                messages.warning(request, _("Skipped: %(list)s") % {"list": "; ".join(refused)})
            return None
        context = {**self.admin_site.each_context(request), "opts": self.opts, "form": form, "queryset": queryset,
                   "action": "merge_selected", "title": _("Merge tags"), "media": self.media + form.media,
                   "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME}
        return TemplateResponse(request, "admin/editorial/tag/merge.html", context)


@admin.register(TagSuggestion)
class TagSuggestionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """All suggestions across articles; decisions are made on the desk."""

    list_display = ["name", "kind", "score", "status", "article", "tag", "decided_by", "decided_at"]
    list_filter = ["status", "kind"]
    search_fields = ["name", "key"]
    list_select_related = ["article", "tag", "decided_by"]
