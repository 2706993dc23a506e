"""Import/export of corpus data (django-import-export), shared by admin and command line."""

from __future__ import annotations

from import_export import resources

from corpus.models import GlossaryEntry


class GlossaryEntryResource(resources.ModelResource):
    """The MT glossary as a spreadsheet: one row per artefact.

    Rows are matched on (language, pattern), so importing an edited export
    updates entries instead of duplicating them. Every row is validated like
    an admin form (an invalid regular expression is refused with its row).
    """

    class Meta:
        model = GlossaryEntry
        fields = ("language", "pattern", "is_regex", "suggestion", "note", "active")
        import_id_fields = ("language", "pattern")
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def before_import_row(self, row, **kwargs):
        # Spreadsheets leave the language cell empty for "every language"
        # and may pad cells with spaces; store both the way the admin would.
        for key in ("language", "pattern"):
            if key in row:
                row[key] = (row[key] or "").strip()
