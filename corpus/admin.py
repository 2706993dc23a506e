"""Read-only admin for what came in: nobody edits a source document."""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportModelAdmin

from corpus.admin_imports import ImportScreenMixin
from corpus.models import GlossaryEntry, ImportRun, LineCount, SourceDocument, TrackedFile
from corpus.resources import GlossaryEntryResource
from corpus.services import import_runs_mark_interrupted


class ReadOnlyAdminMixin:
    """Lists and detail pages, but no add, change or delete."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdminMixin, ImportScreenMixin, admin.ModelAdmin):
    """Runs, read-only; the import screen and each run's live progress come from ImportScreenMixin."""

    list_display = ["__str__", "status", "progress", "started_by", "counts", "heartbeat_at", "finished_at"]
    list_filter = ["status", "background"]
    readonly_fields = [
        "started_at", "finished_at", "status", "progress", "started_by", "arguments", "counts", "failures",
        "background", "cancelled_at", "host", "pid", "process_started", "heartbeat_at",
    ]
    # The progress panel above (live) says status, counts and failures; the
    # stored fields stay one click away, folded.
    fieldsets = [(_("Details"), {"classes": ["collapse"], "fields": readonly_fields})]

    @admin.display(description=_("files done"))
    def progress(self, obj):
        # Foreground runs count as they go; background runs sum their chunks.
        if obj.background:
            return f"{obj.done_files} / {obj.total_files}"
        return str(sum(obj.counts.values()))

    def changelist_view(self, request, extra_context=None):
        # A run whose process is gone must not be listed as running forever.
        import_runs_mark_interrupted()
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        import_runs_mark_interrupted()
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(TrackedFile)
class TrackedFileAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Each file of each source, and the document it holds now."""

    list_display = ["source_name", "document", "updated_at"]
    search_fields = ["source_name"]
    readonly_fields = ["source_name", "document", "updated_at"]
    list_select_related = ["document"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("document__raw", "document__cleaned_paragraphs")


@admin.register(SourceDocument)
class SourceDocumentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = [
        "relative_path",
        "source",
        "proposed_title",
        "language",
        "language_confidence",
        "encoding",
        "size",
        "removed_count",
        "imported_at",
    ]
    list_filter = ["source", "language", "encoding", "was_html", "import_run"]
    search_fields = ["source_name", "relative_path", "sha256", "proposed_title"]
    date_hierarchy = "imported_at"
    fieldsets = [
        (None, {"fields": ["source", "relative_path", "source_name", "import_run", "imported_at", "pipeline_version"]}),
        (_("File"), {"fields": ["sha256", "size", "encoding", "was_html"]}),
        (_("Findings"), {"fields": ["language", "language_confidence", "proposed_title", "proposed_summary"]}),
        (_("Raw and cleaned"), {"fields": ["side_by_side", "removed_table", "corrections_table"]}),
    ]
    readonly_fields = [
        "source", "relative_path", "source_name", "file_name", "import_run", "imported_at", "pipeline_version", "sha256",
        "size", "encoding", "was_html", "language", "language_confidence", "proposed_title",
        "proposed_summary", "side_by_side", "removed_table", "corrections_table",
    ]

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        # The list never shows the raw bytes: don't load megabytes per page.
        if request.resolver_match and request.resolver_match.url_name.endswith("_changelist"):
            qs = qs.defer("raw", "cleaned_paragraphs")
        return qs

    @admin.display(description=_("removed spans"))
    def removed_count(self, obj):
        return len(obj.removed)

    @admin.display(description=_("raw text | cleaned text"))
    def side_by_side(self, obj):
        cleaned = format_html_join("", "<p>{}</p>", ((p,) for p in obj.cleaned_paragraphs))
        return format_html(
            '<div class="newsdesk-compare" style="display:grid;grid-template-columns:1fr 1fr;gap:1em">'
            '<pre style="white-space:pre-wrap;max-height:40em;overflow:auto">{}</pre>'
            '<div style="max-height:40em;overflow:auto">{}</div></div>',
            obj.raw_text,
            cleaned,
        )

    @admin.display(description=_("removed, and why"))
    def removed_table(self, obj):
        if not obj.removed:
            return _("Nothing was removed.")
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            ((r["reason"], r.get("detail", ""), r["text"]) for r in obj.removed),
        )
        return format_html("<table><tr><th>reason</th><th>why</th><th>text</th></tr>{}</table>", rows)

    @admin.display(description=_("suggested corrections"))
    def corrections_table(self, obj):
        if not obj.corrections:
            return _("None.")
        return format_html_join(
            "",
            "<div>{} → {} ({}×) {}</div>",
            ((c["original"], c["suggestion"], c["occurrences"], c.get("detail", "")) for c in obj.corrections),
        )


@admin.register(GlossaryEntry)
class GlossaryEntryAdmin(ImportExportModelAdmin):
    """Editors keep the MT glossary here; imports flag its matches as suggested corrections."""

    resource_classes = [GlossaryEntryResource]
    list_display = ["pattern", "suggestion", "language", "is_regex", "active", "updated_at"]
    list_editable = ["active"]
    list_filter = ["active", "is_regex", "language"]
    search_fields = ["pattern", "suggestion", "note"]
    fields = ["language", "pattern", "is_regex", "suggestion", "note", "active"]


@admin.register(LineCount)
class LineCountAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """What each source repeats: the evidence behind "repeated in N documents" cuts."""

    list_display = ["text", "documents", "source"]
    list_filter = ["source"]
    search_fields = ["text"]
    ordering = ["-documents"]
