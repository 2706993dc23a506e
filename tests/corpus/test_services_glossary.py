"""The MT glossary in the database: flagged at import, edited in the admin, imported and exported."""

from __future__ import annotations

import json
from io import StringIO

import pytest
import tablib
from django.core.management import call_command
from django.urls import reverse

from corpus.models import GlossaryEntry, SourceDocument
from corpus.resources import GlossaryEntryResource
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STORY = (
    "Le géant américain Amazonie a annoncé lundi une baisse de ses ventes en Europe.\n\n"
    "Selon les analystes, la concurrence des plateformes chinoises reste forte sur ce marché.\n"
)


def import_json(folder) -> list[dict]:
    out = StringIO()
    call_command("import_seeds", "--json", str(folder), stdout=out, stderr=StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_import_flags_glossary_matches_as_corrections(tmp_path):
    GlossaryEntry.objects.create(language="fr", pattern="Amazonie", suggestion="Amazon", note="The company.")
    GlossaryEntry.objects.create(language="fr", pattern="plateformes", suggestion="X", active=False)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (line,) = import_json(tmp_path)
    assert line["language"] == "fr"
    (flag,) = [c for c in line["corrections"] if c["kind"] == "mt_glossary"]
    assert flag["original"] == "Amazonie" and flag["suggestion"] == "Amazon" and flag["occurrences"] == 1
    assert "The company." in flag["detail"] and "«Le géant américain Amazonie" in flag["detail"]
    assert set(flag) == {"kind", "original", "suggestion", "occurrences", "detail"}
    document = SourceDocument.objects.get()
    assert document.corrections == line["corrections"]
    assert "Amazonie" in " ".join(document.cleaned_paragraphs)  # flagged, never changed


def test_a_broken_entry_in_the_database_never_stops_an_import(tmp_path):
    GlossaryEntry.objects.create(language="fr", pattern="(broken", is_regex=True, suggestion="x")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (line,) = import_json(tmp_path)
    assert line["status"] == "new"


def test_resource_round_trip_updates_on_language_and_pattern():
    GlossaryEntry.objects.create(language="fr", pattern="Amazonie", suggestion="Amazon")
    dataset = GlossaryEntryResource().export()
    assert dataset.headers == ["language", "pattern", "is_regex", "suggestion", "note", "active"]
    assert dataset.dict[0]["pattern"] == "Amazonie"
    edited = tablib.Dataset(headers=dataset.headers)
    edited.append(["fr", "Amazonie", 0, "Amazon.com", "edited", 1])
    edited.append(["", " électricien ", 0, "e-commerçant", "", 1])
    result = GlossaryEntryResource().import_data(edited, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert GlossaryEntry.objects.get(pattern="Amazonie").suggestion == "Amazon.com"
    assert GlossaryEntry.objects.get(pattern="électricien").language == ""


def test_resource_refuses_an_invalid_pattern_with_its_row():
    bad = tablib.Dataset(headers=["language", "pattern", "is_regex", "suggestion", "note", "active"])
    bad.append(["fr", "(unclosed", 1, "x", "", 1])
    result = GlossaryEntryResource().import_data(bad, dry_run=False)
    assert result.has_validation_errors()
    (row,) = result.invalid_rows
    assert "Not a valid regular expression" in str(row.error_dict)
    assert GlossaryEntry.objects.count() == 0


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    return client


def test_admin_edits_and_validates_entries(admin_client):
    add = reverse("admin:corpus_glossaryentry_add")
    fields = {"language": "fr", "pattern": "(unclosed", "is_regex": "on", "suggestion": "x", "note": "", "active": "on"}
    page = admin_client.post(add, fields).content.decode()
    assert "Not a valid regular expression" in page
    assert GlossaryEntry.objects.count() == 0
    response = admin_client.post(add, {**fields, "pattern": "Amazonie", "is_regex": ""})
    assert response.status_code == 302
    assert GlossaryEntry.objects.get().suggestion == "x"


def test_admin_import_and_export_pages(admin_client):
    GlossaryEntry.objects.create(language="fr", pattern="Amazonie", suggestion="Amazon")
    changelist = admin_client.get(reverse("admin:corpus_glossaryentry_changelist")).content.decode()
    assert "Amazonie" in changelist and "Import" in changelist and "Export" in changelist
    assert admin_client.get(reverse("admin:corpus_glossaryentry_import")).status_code == 200
    assert admin_client.get(reverse("admin:corpus_glossaryentry_export")).status_code == 200
    assert admin_client.get(reverse("admin:corpus_linecount_changelist")).status_code == 200
