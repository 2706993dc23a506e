"""corpus.services: idempotency, duplicates, updates, failures, transactions."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from corpus import sources
from corpus.models import ImportRun, SourceDocument
from corpus.services import IngestStatus, import_batch_finish, import_batch_start, ingest_paths
from corpus.services import ingest as services
from corpus.sources import folder_source, identity_key
from editorial.models import Article, Edition, Tag, TagAlias, TagLabel, TagSuggestion, Version
from tests.conftest import FRENCH_SEED, GERMAN_SEED
from tests.factories import publish

pytestmark = pytest.mark.django_db

ENGLISH = (
    "The city council of Springfield approved a new budget on Monday after a long debate.\n"
    "Mayor Jane Quimby said the plan would fund schools, roads and the public library.\n"
    "Opposition members argued that taxes would rise for small businesses next year.\n"
)


def run_import(*paths, dry_run=False, max_bytes=5 * 1024 * 1024, glob="*.txt"):
    batch = import_batch_start(arguments={}, dry_run=dry_run, max_bytes=max_bytes)
    results = list(ingest_paths([Path(p) for p in paths], glob=glob, batch=batch))
    import_batch_finish(batch=batch)
    return batch, results


def statuses(results):
    return [r.status for r in results]


def test_seeds_import_twice_new_then_unchanged(seeds):
    _, first = run_import(seeds)
    assert statuses(first) == [IngestStatus.NEW, IngestStatus.NEW]
    _, second = run_import(seeds)
    assert statuses(second) == [IngestStatus.UNCHANGED, IngestStatus.UNCHANGED]
    assert SourceDocument.objects.count() == 2
    assert Article.objects.count() == 2
    assert Version.objects.count() == 2
    assert ImportRun.objects.count() == 2
    assert ImportRun.objects.first().counts == {"unchanged": 2}


def test_raw_bytes_kept_verbatim_and_first_version_is_a_draft(seeds):
    run_import(seeds)
    doc = SourceDocument.objects.get(relative_path=GERMAN_SEED.name)
    assert bytes(doc.raw) == GERMAN_SEED.read_bytes()
    assert doc.size == GERMAN_SEED.stat().st_size
    assert doc.language == "de" and doc.language_confidence > 0.9
    assert doc.encoding == "utf-8"
    version = Version.objects.get(source_document=doc)
    assert version.number == 1
    assert version.status == Version.Status.DRAFT
    assert version.title_is_proposed and version.title
    assert version.texts == doc.cleaned_paragraphs
    edition = version.edition
    assert edition.language == "de"
    assert edition.latest_version == version and edition.live_version is None
    assert {r["reason"] for r in doc.removed} >= {"teaser_block", "prompt_line", "author_bio"}
    assert TagSuggestion.objects.filter(article=edition.article).exists()


def test_same_bytes_under_another_name_is_a_duplicate(seeds, tmp_path):
    run_import(seeds)
    copy = tmp_path / "copy-of-french.txt"
    shutil.copy(FRENCH_SEED, copy)
    _, results = run_import(copy)
    assert results[0].status is IngestStatus.DUPLICATE
    assert results[0].duplicate_of == identity_key(folder_source(seeds), FRENCH_SEED.name)
    assert SourceDocument.objects.count() == 2


def test_duplicates_inside_one_batch(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
    _, results = run_import(tmp_path)
    assert statuses(results) == [IngestStatus.NEW, IngestStatus.DUPLICATE]
    assert results[1].duplicate_of == identity_key(folder_source(tmp_path), "a.txt")
    assert SourceDocument.objects.count() == 1


def test_changed_file_adds_a_draft_and_never_touches_live(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    run_import(tmp_path)
    first = Version.objects.get()
    publish(first)

    story.write_text(ENGLISH + "The vote passed with seven votes to four.\n", encoding="utf-8")
    _, results = run_import(tmp_path)
    assert statuses(results) == [IngestStatus.UPDATED]
    edition = Edition.objects.get()
    assert edition.live_version_id == first.pk
    latest = edition.latest_version
    assert latest.number == 2 and latest.status == Version.Status.DRAFT
    assert latest.based_on_id == first.pk
    assert "seven votes to four" in latest.text
    first.refresh_from_db()
    assert first.status == Version.Status.APPROVED
    assert "seven votes" not in first.text
    assert Article.objects.count() == 1 and SourceDocument.objects.count() == 2
    assert list(Edition.objects.published()) == [edition]


def test_names_are_relative_to_the_folder_so_subfolders_do_not_collide(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "index.txt").write_text(f"{ENGLISH}\nFiled from desk {sub}.\n", encoding="utf-8")
    _, results = run_import(tmp_path)
    assert [r.relative_path for r in results] == ["a/index.txt", "b/index.txt"]
    assert {r.source for r in results} == {folder_source(tmp_path)}
    assert statuses(results) == [IngestStatus.NEW, IngestStatus.NEW]


@pytest.mark.parametrize(
    ("content", "reason_words"),
    [
        (b"", "empty"),
        (b"   \n\t \n", "whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4, ""),
        (b"text\x00with\x00nul\x00bytes" * 20 + bytes(range(32)) * 10, ""),
    ],
    ids=["empty", "whitespace", "png", "binary"],
)
def test_bad_files_fail_with_a_reason_and_write_nothing(tmp_path, content, reason_words):
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    batch, results = run_import(tmp_path)
    bad, good = results
    assert bad.status is IngestStatus.FAILED
    assert bad.error and reason_words in bad.error.lower()
    assert good.status is IngestStatus.NEW
    assert list(SourceDocument.objects.values_list("relative_path", flat=True)) == ["good.txt"]
    assert batch.run.status == ImportRun.Status.FINISHED_WITH_ERRORS
    assert batch.run.failures == [{"file": str(tmp_path / "bad.txt"), "error": bad.error}]


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * 50, encoding="utf-8")

    class Unreadable(io.FileIO):
        def read(self, *args):
            raise AssertionError("an oversized file must not be read")

    monkeypatch.setattr(sources, "open", lambda fd, mode, closefd: Unreadable(fd, mode, closefd=closefd), raising=False)
    _, results = run_import(big, max_bytes=1000)
    assert results[0].status is IngestStatus.FAILED
    assert "1000" in results[0].error or "1,000" in results[0].error or "limit" in results[0].error
    assert SourceDocument.objects.count() == 0


def test_missing_path_is_reported_not_skipped(tmp_path):
    _, results = run_import(tmp_path / "nope.txt")
    assert results[0].status is IngestStatus.FAILED
    assert "cannot read" in results[0].error.lower()


def test_unreadable_file_fails_cleanly(tmp_path, monkeypatch):
    target = tmp_path / "locked.txt"
    target.write_text(ENGLISH, encoding="utf-8")

    real_open = os.open

    def denied(path, *args, **kwargs):
        if os.fspath(path) == str(target):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    _, results = run_import(target)
    assert results[0].status is IngestStatus.FAILED
    assert "Permission denied" in results[0].error


def test_each_document_has_its_own_transaction(tmp_path, monkeypatch):
    for name in ("1.txt", "2.txt", "3.txt"):
        (tmp_path / name).write_text(f"{ENGLISH}\nStory number {name}.\n", encoding="utf-8")
    real = services.article_import_source

    def explode_on_second(*, source_document, cleaned):
        if source_document.relative_path == "2.txt":
            real(source_document=source_document, cleaned=cleaned)  # writes rows, then fails
            raise RuntimeError("disk on fire")
        return real(source_document=source_document, cleaned=cleaned)

    monkeypatch.setattr(services, "article_import_source", explode_on_second)
    _, results = run_import(tmp_path)
    assert statuses(results) == [IngestStatus.NEW, IngestStatus.FAILED, IngestStatus.NEW]
    assert "disk on fire" in results[1].error
    assert sorted(SourceDocument.objects.values_list("relative_path", flat=True)) == ["1.txt", "3.txt"]
    assert sorted(Article.objects.values_list("source_name", flat=True)) == [
        identity_key(folder_source(tmp_path), n) for n in ("1.txt", "3.txt")
    ]
    assert Version.objects.count() == 2


def test_pipeline_crash_fails_one_file_only(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH + "More.\n", encoding="utf-8")
    real = services.clean_document
    calls = []

    def crash_first(data, **kwargs):
        calls.append(data)
        if len(calls) == 1:
            raise ValueError("bug")
        return real(data, **kwargs)

    monkeypatch.setattr(services, "clean_document", crash_first)
    _, results = run_import(tmp_path)
    assert statuses(results) == [IngestStatus.FAILED, IngestStatus.NEW]
    assert "Internal error" in results[0].error


def test_dry_run_writes_nothing_but_reports_what_would_happen(seeds, tmp_path):
    shutil.copy(FRENCH_SEED, seeds / "zz-copy.txt")
    batch, results = run_import(seeds, dry_run=True)
    assert statuses(results) == [IngestStatus.NEW, IngestStatus.NEW, IngestStatus.DUPLICATE]
    assert results[2].duplicate_of == identity_key(folder_source(seeds), FRENCH_SEED.name)
    assert batch.run is None
    for model in (ImportRun, SourceDocument, Article, Edition, Version, TagSuggestion):
        assert model.objects.count() == 0, model
    # After a real import, a dry run reports unchanged and updated correctly.
    run_import(seeds)
    (seeds / FRENCH_SEED.name).write_text("Nouveau texte. " * 20, encoding="utf-8")
    _, results = run_import(seeds, dry_run=True)
    assert statuses(results) == [IngestStatus.UPDATED, IngestStatus.UNCHANGED, IngestStatus.DUPLICATE]
    assert Version.objects.count() == 2


def test_concurrent_import_of_same_bytes_reports_unchanged(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    run_import(tmp_path)
    real = services._lookup
    calls = []

    def miss_first(**kwargs):
        # Simulate another process storing the file between our check and our insert.
        calls.append(kwargs)
        return None if len(calls) == 1 else real(**kwargs)

    monkeypatch.setattr(services, "_lookup", miss_first)
    _, results = run_import(tmp_path)
    assert statuses(results) == [IngestStatus.UNCHANGED]
    assert SourceDocument.objects.count() == 1 and Version.objects.count() == 1


def test_glob_selects_files_and_explicit_files_ignore_it(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.md").write_text(ENGLISH + "Markdown.\n", encoding="utf-8")
    _, results = run_import(tmp_path, glob="*.md")
    assert [r.relative_path for r in results] == ["b.md"]
    _, results = run_import(tmp_path / "a.txt", glob="*.md")
    assert [r.relative_path for r in results] == ["a.txt"]


def test_worker_processes_give_the_same_results_in_input_order(tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(f"{ENGLISH}\nStory number {i} of the day.\n", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")  # refused, with its reason, across the process boundary
    shutil.copy(tmp_path / "1.txt", tmp_path / "7.txt")  # duplicate inside the batch
    batch = import_batch_start(arguments={})
    results = list(ingest_paths([tmp_path], batch=batch, workers=1))
    assert [r.relative_path for r in results] == [f"{i}.txt" for i in (0, 1, 2, 3, 4, 5, 7)]
    assert statuses(results) == [IngestStatus.NEW] * 2 + [IngestStatus.FAILED] + [IngestStatus.NEW] * 3 + [
        IngestStatus.DUPLICATE
    ]
    assert "empty" in results[2].error.lower()
    assert results[6].duplicate_of == identity_key(folder_source(tmp_path), "1.txt")
    assert SourceDocument.objects.count() == 5 and Version.objects.count() == 5
    assert results[0].cleaned.language.code == "en"


def test_vocabulary_in_the_database_links_suggestions_to_tags(tmp_path):
    trump = Tag.objects.create(name="Donald Trump", slug="donald-trump", kind="person")
    TagAlias.objects.create(tag=trump, alias="Trump")
    TagLabel.objects.create(tag=trump, language="zh", label="特朗普")
    shutil.copy(GERMAN_SEED, tmp_path)
    _, results = run_import(tmp_path)
    assert statuses(results) == [IngestStatus.NEW]
    suggestion = TagSuggestion.objects.get(tag=trump)
    assert suggestion.key == "donald-trump" and suggestion.kind == "person"
    assert suggestion.status == TagSuggestion.Status.SUGGESTED and suggestion.evidence
    assert not TagSuggestion.objects.filter(name__in=["Trump", "Trumps"]).exists()
    entry = next(e for e in Tag.objects.vocabulary_entries() if e.key == "donald-trump")
    assert set(entry.aliases) == {"Trump", "特朗普"}
