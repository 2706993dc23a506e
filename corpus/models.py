"""What came in: import runs and the source documents they brought.

A :class:`SourceDocument` keeps the file's bytes verbatim, forever, together
with everything the cleaning pipeline concluded about them. Rows are written
once by :mod:`corpus.services` and never updated.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from corpus.glossary import GlossaryError, compile_entry


class ImportRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        FINISHED_WITH_ERRORS = "finished_with_errors", _("Finished with errors")
        INTERRUPTED = "interrupted", _("Interrupted")
        CANCELLED = "cancelled", _("Cancelled")

    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=32, choices=Status.choices, default=Status.RUNNING
    )
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    arguments = models.JSONField(_("arguments"), default=dict, blank=True)
    counts = models.JSONField(_("counts per status"), default=dict, blank=True)
    failures = models.JSONField(
        _("failures"), default=list, blank=True, help_text=_("Files that could not be imported, and why.")
    )
    # Which process runs the import, so a run whose process is gone can be
    # shown as interrupted instead of running forever (corpus.services.runs).
    host = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("process id"), null=True, blank=True)
    process_started = models.CharField(
        _("process start"), max_length=40, blank=True,
        help_text=_("Start time of the process as the system reports it; tells a reused process id apart."),
    )
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    # Background runs (corpus.services.background): their files are split
    # into chunks that task workers import; progress is summed over chunks.
    background = models.BooleanField(_("in the background"), default=False)
    total_files = models.PositiveIntegerField(_("files in all"), default=0)
    done_files = models.PositiveIntegerField(_("files done"), default=0)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")

    def __str__(self) -> str:
        return f"Import #{self.pk} ({self.started_at:%Y-%m-%d %H:%M})"


class ImportChunk(models.Model):
    """Some files of a background run: what one task imports.

    ``files`` lists the files as found when the run was queued; ``done``
    files of them are imported (the first ones), with ``counts`` and
    ``failures`` so far, saved at each heartbeat and at the end, so a chunk
    retried after a crash goes on where it stopped. ``attempt`` grows each
    time a worker takes the chunk; a worker whose attempt is no longer the
    chunk's stops writing (another took over).
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        SKIPPED = "skipped", _("Skipped (run cancelled)")
        INTERRUPTED = "interrupted", _("Interrupted")

    run = models.ForeignKey(ImportRun, verbose_name=_("import run"), on_delete=models.CASCADE, related_name="chunks")
    number = models.PositiveIntegerField(_("number"))
    files = models.JSONField(_("files"), default=list)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    attempt = models.PositiveIntegerField(_("attempt"), default=0)
    done = models.PositiveIntegerField(_("files done"), default=0)
    counts = models.JSONField(_("counts per status"), default=dict, blank=True)
    failures = models.JSONField(_("failures"), default=list, blank=True)
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    host = models.CharField(_("host"), max_length=255, blank=True)
    pid = models.PositiveIntegerField(_("process id"), null=True, blank=True)
    process_started = models.CharField(_("process start"), max_length=40, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["run", "number"]
        constraints = [
            models.UniqueConstraint(fields=["run", "number"], name="corpus_importchunk_unique"),
        ]
        indexes = [models.Index(fields=["status"], name="corpus_importchunk_status")]
        verbose_name = _("import chunk")
        verbose_name_plural = _("import chunks")

    def __str__(self) -> str:
        return f"{self.run} chunk {self.number}"


class SourceDocument(models.Model):
    """One imported file: raw bytes plus the pipeline's findings. Immutable."""

    import_run = models.ForeignKey(
        ImportRun, verbose_name=_("import run"), on_delete=models.PROTECT, related_name="documents"
    )
    source_name = models.CharField(
        _("identity"),
        max_length=500,
        db_index=True,
        help_text=_(
            "Source and path relative to it, as one key (\"source:path\"); a changed file keeps it. "
            "The article of this file has the same key."
        ),
    )
    source = models.CharField(
        _("source"),
        max_length=1000,
        db_index=True,
        help_text=_("The named source (--source), or the absolute path of the imported folder."),
    )
    relative_path = models.TextField(_("path in the source"))
    file_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    raw = models.BinaryField(_("raw bytes"))
    encoding = models.CharField(_("encoding"), max_length=40)
    was_html = models.BooleanField(_("was HTML"), default=False)
    language = models.CharField(_("language"), max_length=16, db_index=True)
    language_confidence = models.FloatField(_("language confidence"))
    cleaned_paragraphs = models.JSONField(_("cleaned paragraphs"), default=list)
    proposed_title = models.CharField(_("proposed title"), max_length=500, blank=True)
    proposed_summary = models.TextField(_("proposed summary"), blank=True)
    report = models.JSONField(
        _("cleaning report"),
        default=dict,
        help_text=_("What was removed and why, suggested corrections, repairs applied."),
    )
    pipeline_version = models.CharField(_("pipeline version"), max_length=20)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)

    class Meta:
        ordering = ["-imported_at", "-pk"]
        verbose_name = _("source document")
        verbose_name_plural = _("source documents")

    def __str__(self) -> str:
        return self.source_name

    @property
    def raw_text(self) -> str:
        """The raw bytes decoded with the encoding found at import, for display."""
        return bytes(self.raw).decode(self.encoding, errors="replace")

    @property
    def removed(self) -> list[dict]:
        return self.report.get("removed", [])

    @property
    def corrections(self) -> list[dict]:
        return self.report.get("corrections", [])


class TrackedFile(models.Model):
    """One file of one source, followed across imports.

    ``document`` points at the bytes the file held when last imported. The
    pointer moves (a revert to earlier bytes points it back at the earlier
    document); source documents themselves are never rewritten, and identical
    bytes are stored once.

    ``size``, ``mtime_ns`` and ``inode`` are what ``stat`` said about the
    file just before it was last read (corpus.sources.Fingerprint), so
    watching a folder (corpus.services.watch) skips unchanged files without
    opening them. Empty until the file is imported with a fingerprint.
    """

    source_name = models.CharField(_("identity"), max_length=500, unique=True)
    document = models.ForeignKey(
        SourceDocument,
        verbose_name=_("current document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    size = models.BigIntegerField(_("size in bytes when read"), null=True, blank=True)
    mtime_ns = models.BigIntegerField(_("modification time when read (ns)"), null=True, blank=True)
    inode = models.BigIntegerField(_("inode when read"), null=True, blank=True)

    class Meta:
        ordering = ["source_name"]
        verbose_name = _("source file")
        verbose_name_plural = _("source files")

    def __str__(self) -> str:
        return self.source_name


class LineCount(models.Model):
    """In how many files of a source a paragraph (normalised) was seen.

    Counted once per file, at its first import, inside the import's
    transaction (corpus.services.repetition); read to cut a source's
    template lines from later documents (corpus.repetition).
    """

    source_hash = models.BigIntegerField(_("source hash"))
    line_hash = models.BigIntegerField(_("line hash"))
    documents = models.PositiveIntegerField(_("documents"), default=0)
    source = models.CharField(_("source"), max_length=1000)
    text = models.CharField(_("line, as first seen"), max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source_hash", "line_hash"], name="corpus_linecount_unique"),
        ]
        verbose_name = _("repeated line")
        verbose_name_plural = _("repeated lines")

    def __str__(self) -> str:
        return f"{self.text} ({self.documents})"


class GlossaryEntry(models.Model):
    """A known machine-translation artefact and the correction to suggest.

    Matches are never changed in the text: the import flags them as suggested
    corrections, with where they were seen, for the editor to apply or
    dismiss (corpus.glossary).
    """

    language = models.CharField(
        _("language"), max_length=16, blank=True, db_index=True,
        help_text=_('ISO 639-1 code of the texts it applies to ("fr"); empty for every language.'),
    )
    pattern = models.CharField(
        _("phrase or pattern"), max_length=300,
        help_text=_("A phrase, matched as whole words whatever its case; or a regular expression."),
    )
    is_regex = models.BooleanField(_("regular expression"), default=False)
    suggestion = models.CharField(
        _("suggested correction"), max_length=300,
        help_text=_("For a regular expression, \\1 or \\g<name> insert what a group matched."),
    )
    note = models.TextField(_("note"), blank=True, help_text=_("Why this is an artefact; shown to the editor."))
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["language", "pattern"]
        constraints = [
            models.UniqueConstraint(fields=["language", "pattern"], name="corpus_glossaryentry_unique"),
        ]
        verbose_name = _("MT glossary entry")
        verbose_name_plural = _("MT glossary")

    def __str__(self) -> str:
        return f"{self.pattern} → {self.suggestion}"

    def clean(self) -> None:
        try:
            compile_entry(self.pattern, is_regex=self.is_regex, suggestion=self.suggestion)
        except GlossaryError as exc:
            raise ValidationError({"pattern": str(exc)}) from None


class NameSpelling(models.Model):
    """In how many files a person's name was spelled this way, per source and language.

    Two rows per spelling: one for its source, and one for the whole corpus
    (``source_hash`` 0, ``source`` empty). Counted once per file, at its
    first import, inside the import's transaction (corpus.services.names);
    read to flag a rare spelling that is a near-miss of a frequent one
    (corpus.names). ``block`` (first letter and number of words) is where
    close spellings are looked for, so a document never reads the whole table.
    """

    source_hash = models.BigIntegerField(_("source hash"), help_text=_("0 for the whole corpus."))
    language = models.CharField(_("language"), max_length=16)
    key = models.CharField(_("spelling, case-folded"), max_length=200)
    block = models.CharField(_("first letter and number of words"), max_length=20)
    name = models.CharField(_("spelling, as first seen"), max_length=200)
    documents = models.PositiveIntegerField(_("documents"), default=0)
    source = models.CharField(_("source"), max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_hash", "language", "key"], name="corpus_namespelling_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["source_hash", "language", "block", "documents"], name="corpus_namespelling_block"),
        ]
        verbose_name = _("name spelling")
        verbose_name_plural = _("name spellings")

    def __str__(self) -> str:
        return f"{self.name} ({self.documents})"
