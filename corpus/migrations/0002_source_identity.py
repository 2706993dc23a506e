"""Source identity: every file is named by its source plus its relative path.

Rows imported before this migration only kept the path relative to whatever
folder was given (or the bare file name). The data step recovers the folder
from the import run's arguments when it still exists on disk and holds the
file; otherwise the file is put in the source ``legacy``. The articles of
those files get the same new key (``editorial_article.source_name``), so a
re-import still finds them; editorial's schema is untouched.
"""

import os
from pathlib import Path

import django.db.models.deletion
from django.db import migrations, models

LEGACY_SOURCE = "legacy"
KEY_MAX_LENGTH = 500


def _key(source, relative_path):
    # Same rule as corpus.sources.identity_key, frozen here as migrations must be.
    import hashlib

    key = f"{source.replace('%', '%25').replace(':', '%3A')}:{relative_path}"
    if len(key) <= KEY_MAX_LENGTH:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f"{key[:300]}…{key[-(KEY_MAX_LENGTH - 318):]}#{digest}"


def _legacy_source(name, paths):
    """The folder ``name`` was found in, from the run's arguments, if it can be told."""
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir() and (path / name).is_file():
                return os.path.realpath(path)
            if path.name == name and path.is_file():
                return os.path.realpath(path.parent)
        except OSError:
            continue
    return LEGACY_SOURCE


def forward(apps, schema_editor):
    SourceDocument = apps.get_model("corpus", "SourceDocument")
    TrackedFile = apps.get_model("corpus", "TrackedFile")
    Article = apps.get_model("editorial", "Article")
    renamed = {}  # old article key -> new key, from the latest document of that name
    latest = {}  # new key -> latest document pk
    docs = SourceDocument.objects.order_by("pk").values_list("pk", "source_name", "import_run__arguments")
    batch = []
    for pk, old_name, arguments in docs.iterator(chunk_size=500):
        paths = (arguments or {}).get("paths") or []
        source = _legacy_source(old_name, paths)
        key = _key(source, old_name)
        renamed[old_name] = key
        latest[key] = pk
        batch.append(SourceDocument(pk=pk, source_name=key, source=source, relative_path=old_name))
        if len(batch) >= 500:
            SourceDocument.objects.bulk_update(batch, ["source_name", "source", "relative_path"])
            batch = []
    SourceDocument.objects.bulk_update(batch, ["source_name", "source", "relative_path"])
    TrackedFile.objects.bulk_create(
        [TrackedFile(source_name=key, document_id=pk) for key, pk in latest.items()], batch_size=500
    )
    _rename_articles(Article, renamed)


def _rename_articles(Article, renamed):
    articles = list(Article.objects.filter(source_name__in=list(renamed)).values_list("pk", "source_name"))
    # Two steps, so a new key can never collide with another article's old name.
    Article.objects.bulk_update(
        [Article(pk=pk, source_name=f"__renaming__{pk}") for pk, _ in articles], ["source_name"], batch_size=500
    )
    Article.objects.bulk_update(
        [Article(pk=pk, source_name=renamed[old]) for pk, old in articles], ["source_name"], batch_size=500
    )


def backward(apps, schema_editor):
    SourceDocument = apps.get_model("corpus", "SourceDocument")
    Article = apps.get_model("editorial", "Article")
    renamed = {}
    for key, relative_path in SourceDocument.objects.values_list("source_name", "relative_path").distinct():
        renamed.setdefault(key, relative_path)
    olds = list(renamed.values())
    if len(olds) != len(set(olds)):
        raise RuntimeError(
            "Cannot undo source identity: files of different sources share a relative path "
            "and would become one article again."
        )
    SourceDocument.objects.bulk_update(
        [
            SourceDocument(pk=pk, source_name=renamed[key])
            for pk, key in SourceDocument.objects.values_list("pk", "source_name")
        ],
        ["source_name"],
        batch_size=500,
    )
    _rename_articles(Article, renamed)


class Migration(migrations.Migration):
    dependencies = [
        ("corpus", "0001_initial"),
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="importrun",
            name="status",
            field=models.CharField(
                choices=[
                    ("running", "Running"),
                    ("finished", "Finished"),
                    ("finished_with_errors", "Finished with errors"),
                    ("interrupted", "Interrupted"),
                ],
                default="running",
                max_length=32,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="importrun",
            name="host",
            field=models.CharField(blank=True, max_length=255, verbose_name="host"),
        ),
        migrations.AddField(
            model_name="importrun",
            name="pid",
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="process id"),
        ),
        migrations.AddField(
            model_name="importrun",
            name="process_started",
            field=models.CharField(
                blank=True,
                help_text="Start time of the process as the system reports it; tells a reused process id apart.",
                max_length=40,
                verbose_name="process start",
            ),
        ),
        migrations.AddField(
            model_name="importrun",
            name="heartbeat_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="last sign of life"),
        ),
        migrations.AlterField(
            model_name="sourcedocument",
            name="source_name",
            field=models.CharField(
                db_index=True,
                help_text='Source and path relative to it, as one key ("source:path"); a changed file keeps it. '
                "The article of this file has the same key.",
                max_length=500,
                verbose_name="identity",
            ),
        ),
        migrations.AddField(
            model_name="sourcedocument",
            name="source",
            field=models.CharField(
                db_index=True,
                default="",
                help_text="The named source (--source), or the absolute path of the imported folder.",
                max_length=1000,
                verbose_name="source",
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="sourcedocument",
            name="relative_path",
            field=models.TextField(default="", verbose_name="path in the source"),
            preserve_default=False,
        ),
        migrations.CreateModel(
            name="TrackedFile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("source_name", models.CharField(max_length=500, unique=True, verbose_name="identity")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="last changed")),
                (
                    "document",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="corpus.sourcedocument",
                        verbose_name="current document",
                    ),
                ),
            ],
            options={
                "verbose_name": "source file",
                "verbose_name_plural": "source files",
                "ordering": ["source_name"],
            },
        ),
        migrations.RunPython(forward, backward),
    ]
