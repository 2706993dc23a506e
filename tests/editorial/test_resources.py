"""Import/export of articles (django-import-export), from the command line
and the admin: exports show the latest versions; imports only ever create
drafts, refuse stale rows, and write nothing when any row is bad."""

from __future__ import annotations

import csv
import io
import json

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from editorial.choices import VersionStatus
from editorial.models import Article, Edition, Version
from editorial.resources import ArticleResource
from tests.factories import UserFactory, make_edition, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_article():
    edition = make_edition(language="de", title="Titel", paragraphs=["Erster Absatz.", "Zweiter Absatz."])
    publish(edition.latest_version)
    return edition


def export_rows(fmt="json") -> list[dict]:
    out = io.StringIO()
    call_command("export_articles", "--format", fmt, stdout=out)
    if fmt == "json":
        return json.loads(out.getvalue())
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def write_rows(tmp_path, rows, name="articles.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_export_has_the_latest_version_text_state_and_tags(live_article):
    row = export_rows()[0]
    assert row["language"] == "de" and row["version"] == 1 and row["status"] == VersionStatus.APPROVED
    assert row["text"] == "Erster Absatz.\n\nZweiter Absatz." and row["live_version"] == 1
    assert export_rows("csv")[0]["title"] == "Titel"


def test_xlsx_export_needs_a_file_and_writes_one(live_article, tmp_path):
    with pytest.raises(CommandError, match="--output"):
        call_command("export_articles", "--format", "xlsx", stdout=io.StringIO())
    target = tmp_path / "a.xlsx"
    call_command("export_articles", "--format", "xlsx", "--output", str(target), stderr=io.StringIO())
    dataset = tablib.Dataset().load(target.read_bytes(), format="xlsx")
    assert dataset.dict[0]["title"] == "Titel"


def test_import_makes_a_new_draft_and_never_touches_live(live_article, tmp_path):
    UserFactory(username="erika", roles=["Editor"])
    row = export_rows("csv")[0]
    row["text"] = row["text"].replace("Zweiter", "Geänderter zweiter")
    out = io.StringIO()
    call_command("import_articles", str(write_rows(tmp_path, [row])), "--user", "erika", stdout=out)
    assert "1 new draft version" in out.getvalue()
    edition = Edition.objects.get(pk=live_article.pk)
    assert edition.latest_version.number == 2 and edition.latest_version.status == VersionStatus.DRAFT
    assert edition.latest_version.created_by.username == "erika"
    assert edition.live_version.number == 1 and "Geänderter" not in edition.live_version.text
    assert edition.latest_version.paragraph_ids[0] == edition.live_version.paragraph_ids[0]


def test_dry_run_and_unchanged_rows_write_nothing(live_article, tmp_path):
    UserFactory(username="erika", roles=["Editor"])
    row = export_rows("csv")[0]
    path = write_rows(tmp_path, [row])
    out = io.StringIO()
    call_command("import_articles", str(path), "--user", "erika", stdout=out)
    assert "1 unchanged" in out.getvalue()
    row["title"] = "Neuer Titel"
    call_command("import_articles", str(write_rows(tmp_path, [row])), "--user", "erika", "--dry-run",
                 stdout=(out := io.StringIO()))
    assert out.getvalue().startswith("Would import") and Version.objects.count() == 1


def test_a_row_exported_from_an_older_version_is_refused_and_nothing_is_written(live_article, tmp_path):
    UserFactory(username="erika", roles=["Editor"])
    old = export_rows("csv")[0]
    Article.objects.get()  # someone edits after the export:
    fresh = dict(old, text="Neu.", version="1")
    call_command("import_articles", str(write_rows(tmp_path, [fresh], "a.csv")), "--user", "erika",
                 stdout=io.StringIO())
    stale = dict(old, text="Meine Fassung.", version="1")
    new_article = dict(old, id="", text="Ganz neu.", version="")
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_articles", str(write_rows(tmp_path, [new_article, stale], "b.csv")), "--user",
                     "erika", stdout=io.StringIO(), stderr=(err := io.StringIO()))
    assert "version 2 has been saved since" in err.getvalue()
    assert Article.objects.count() == 1 and Version.objects.count() == 2


def test_import_needs_the_editor_role_and_a_real_file(live_article, tmp_path):
    UserFactory(username="rolf", roles=["Reviewer"])
    row = dict(export_rows("csv")[0], text="Anders.")
    with pytest.raises(CommandError):
        call_command("import_articles", str(write_rows(tmp_path, [row])), "--user", "rolf",
                     stdout=io.StringIO(), stderr=io.StringIO())
    assert Version.objects.count() == 1
    with pytest.raises(CommandError, match="No active user"):
        call_command("import_articles", str(write_rows(tmp_path, [row])), "--user", "ghost")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_articles", str(tmp_path / "missing.csv"), "--user", "rolf")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_articles", str(tmp_path / "bad.json"), "--user", "rolf")


def test_new_rows_become_new_draft_articles():
    editor = UserFactory(username="erika", roles=["Editor"])
    dataset = tablib.Dataset(headers=["id", "language", "title", "summary", "text", "version"])
    dataset.append(["", "pt-br", "Título", "", "Um.\n\nDois.", ""])
    result = ArticleResource().import_data(dataset, dry_run=False, use_transactions=True, user=editor)
    assert not result.has_errors() and not result.has_validation_errors()
    version = Version.objects.get()
    assert version.edition.language == "pt-br" and version.texts == ["Um.", "Dois."]
    assert version.status == VersionStatus.DRAFT


def test_admin_import_previews_then_confirms(live_article, client):
    editor = UserFactory(username="erika", roles=["Editor"], is_superuser=False)
    client.force_login(editor)
    row = dict(export_rows("csv")[0], title="Aus der Tabelle")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(row))
    writer.writeheader()
    writer.writerow(row)
    upload = SimpleUploadedFile("a.csv", buffer.getvalue().encode("utf-8"), content_type="text/csv")
    url = reverse("admin:editorial_article_import")
    preview = client.post(url, {"import_file": upload, "format": "0", "resource": "0"})
    assert preview.status_code == 200 and "Aus der Tabelle" in preview.content.decode()
    assert Version.objects.count() == 1  # the preview wrote nothing
    confirm = preview.context["confirm_form"]
    client.post(reverse("admin:editorial_article_process_import"), confirm.initial)
    assert Edition.objects.get(pk=live_article.pk).latest_version.title == "Aus der Tabelle"
