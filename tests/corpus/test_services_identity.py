"""corpus.services: a file is only ever an update of itself, and its article follows it."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest
from django.apps import apps

from corpus.models import ImportRun, SourceDocument, TrackedFile
from corpus.services import IngestStatus, import_batch_finish, import_batch_start, ingest_paths
from corpus.sources import folder_source, identity_key
from editorial.models import Article, Edition, Version
from editorial.services import version_create
from tests.conftest import FRENCH_SEED

pytestmark = pytest.mark.django_db

STORY = (
    "The harbour authority confirmed on Tuesday that the northern pier will close for repairs.\n"
    "Fishing crews will use the southern quay until the work ends in the spring.\n"
)
OTHER = (
    "A regional orchestra announced a free concert series in three village halls this summer.\n"
    "The programme includes works by local composers and a choir of schoolchildren.\n"
)


def run_import(*paths, source=None, dry_run=False):
    batch = import_batch_start(arguments={}, dry_run=dry_run)
    results = list(ingest_paths([Path(p) for p in paths], batch=batch, source=source))
    import_batch_finish(batch=batch)
    return results


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_given_directly_never_updates_an_unrelated_article(tmp_path):
    write(tmp_path / "inbox" / "a.txt", STORY)
    run_import(tmp_path / "inbox")
    (result,) = run_import(write(tmp_path / "inbox2" / "sub" / "a.txt", OTHER))
    assert result.status is IngestStatus.NEW
    assert result.source == str(tmp_path / "inbox2" / "sub")
    assert Article.objects.count() == 2
    assert Version.objects.filter(number=2).count() == 0


def test_same_name_in_two_folders_is_two_articles(tmp_path):
    write(tmp_path / "monday" / "story.txt", STORY)
    write(tmp_path / "tuesday" / "story.txt", OTHER)
    assert run_import(tmp_path / "monday")[0].status is IngestStatus.NEW
    assert run_import(tmp_path / "tuesday")[0].status is IngestStatus.NEW
    assert sorted(Article.objects.values_list("source_name", flat=True)) == sorted(
        identity_key(folder_source(tmp_path / day), "story.txt") for day in ("monday", "tuesday")
    )


def test_a_named_source_follows_a_feed_across_dated_folders(tmp_path):
    write(tmp_path / "2026-01-01" / "story.txt", STORY)
    write(tmp_path / "2026-01-02" / "story.txt", STORY + "The pier reopens in April.\n")
    assert run_import(tmp_path / "2026-01-01", source="harbour")[0].status is IngestStatus.NEW
    (second,) = run_import(tmp_path / "2026-01-02", source="harbour")
    assert second.status is IngestStatus.UPDATED and second.name == "harbour:story.txt"
    document = SourceDocument.objects.get(sha256=second.sha256)
    assert (document.source, document.relative_path, document.source_name) == ("harbour", "story.txt", second.name)


def test_file_given_directly_under_an_imported_folder_is_the_same_file(tmp_path):
    story = write(tmp_path / "inbox" / "sub" / "a.txt", STORY)
    run_import(tmp_path / "inbox")
    write(story, STORY + "The harbour master said the repairs were overdue.\n")
    (result,) = run_import(story)
    assert result.status is IngestStatus.UPDATED
    assert result.name == identity_key(str(tmp_path / "inbox"), "sub/a.txt")


def test_identical_bytes_under_another_name_are_still_a_duplicate(tmp_path):
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "b.txt", OTHER)
    run_import(tmp_path)
    write(tmp_path / "b.txt", STORY)
    (_, b) = run_import(tmp_path)
    assert b.status is IngestStatus.DUPLICATE
    assert b.duplicate_of == identity_key(folder_source(tmp_path), "a.txt")


# --- the article follows the file -------------------------------------------------------------


def latest_text(name: str) -> str:
    return Edition.objects.get(article__source_name=name).latest_version.text


def test_reverting_the_bytes_makes_a_new_draft_that_matches_the_file(tmp_path):
    story = write(tmp_path / "story.txt", STORY)
    (first,) = run_import(tmp_path)
    edition = Edition.objects.get()
    # An editor works on the imported text.
    version_create(
        edition=edition, paragraphs=["Edited by the desk."], title="Desk title", based_on=edition.latest_version
    )
    write(story, OTHER)
    assert run_import(tmp_path)[0].status is IngestStatus.UPDATED
    write(story, STORY)
    (back,) = run_import(tmp_path)
    assert back.status is IngestStatus.UPDATED
    assert back.stored_pk == SourceDocument.objects.get(sha256=first.sha256).pk
    edition.refresh_from_db()
    latest = edition.latest_version
    assert latest.number == 4 and latest.status == Version.Status.DRAFT
    assert latest.texts == SourceDocument.objects.get(sha256=first.sha256).cleaned_paragraphs
    assert latest.source_document.sha256 == first.sha256
    # The bytes are stored once; the file now points at them again.
    assert SourceDocument.objects.count() == 2
    assert TrackedFile.objects.get(source_name=first.name).document.sha256 == first.sha256
    # And importing again is a no-op.
    (again,) = run_import(tmp_path)
    assert again.status is IngestStatus.UNCHANGED
    assert Version.objects.count() == 4


def test_unchanged_file_keeps_the_editors_draft(tmp_path):
    write(tmp_path / "story.txt", STORY)
    run_import(tmp_path)
    edition = Edition.objects.get()
    version_create(edition=edition, paragraphs=["Edited."], title="Desk", based_on=edition.latest_version)
    assert run_import(tmp_path)[0].status is IngestStatus.UNCHANGED
    assert Edition.objects.get().latest_version.texts == ["Edited."]


def test_a_revert_in_a_dry_run_is_reported_and_writes_nothing(tmp_path):
    story = write(tmp_path / "story.txt", STORY)
    run_import(tmp_path)
    write(story, OTHER)
    run_import(tmp_path)
    write(story, STORY)
    (result,) = run_import(tmp_path, dry_run=True)
    assert result.status is IngestStatus.UPDATED
    assert Version.objects.count() == 2
    assert result.as_json()["paragraphs"] == STORY.strip().splitlines()


def test_revert_json_repeats_the_stored_findings(tmp_path):
    story = write(tmp_path / "story.txt", STORY)
    (first,) = run_import(tmp_path)
    write(story, OTHER)
    run_import(tmp_path)
    write(story, STORY)
    (back,) = run_import(tmp_path)
    data = back.as_json()
    assert data["status"] == "updated" and data["title"] == first.cleaned.title
    assert data["source"] == str(tmp_path) and data["relative_path"] == "story.txt"
    assert data["source_name"] == first.name


# --- migrating rows imported before identities ------------------------------------------------


def test_migration_names_old_rows_by_their_folder_and_renames_their_articles(tmp_path):
    migration = importlib.import_module("corpus.migrations.0002_source_identity")
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(FRENCH_SEED, folder)
    run_import(folder)
    write(tmp_path / "gone" / "lost.txt", STORY)
    run_import(tmp_path / "gone" / "lost.txt")
    shutil.rmtree(tmp_path / "gone")
    # Put the rows back the way the first release stored them.
    for document in SourceDocument.objects.all():
        SourceDocument.objects.filter(pk=document.pk).update(source_name=document.relative_path, source="", relative_path="")
    for article in Article.objects.all():
        Article.objects.filter(pk=article.pk).update(source_name=article.source_name.rsplit(":", 1)[1])
    ImportRun.objects.update(arguments={"paths": [str(folder)]})
    TrackedFile.objects.all().delete()

    migration.forward(apps, None)

    french = SourceDocument.objects.get(relative_path=FRENCH_SEED.name)
    assert french.source == str(folder) and french.source_name == identity_key(str(folder), FRENCH_SEED.name)
    lost = SourceDocument.objects.get(relative_path="lost.txt")
    assert lost.source == "legacy" and lost.source_name == "legacy:lost.txt"
    assert sorted(Article.objects.values_list("source_name", flat=True)) == sorted(
        [french.source_name, lost.source_name]
    )
    assert TrackedFile.objects.count() == 2
    # The folder imported again is recognised, not duplicated.
    assert run_import(folder)[0].status is IngestStatus.UNCHANGED

    migration.backward(apps, None)
    assert sorted(Article.objects.values_list("source_name", flat=True)) == sorted([FRENCH_SEED.name, "lost.txt"])
