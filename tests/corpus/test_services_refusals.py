"""corpus.services: nothing is skipped silently, and junk alone is never an article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.models import SourceDocument
from corpus.pipeline import (
    CleanedDocument,
    LanguageGuess,
    RefusalReason,
    RefusedInput,
    Removal,
    RemovalReason,
)
from corpus.services import IngestStatus, import_batch_finish, import_batch_start, ingest_paths
from corpus.services import ingest as services
from editorial.models import Article
from tests.corpus import deep_trees

pytestmark = pytest.mark.django_db

STORY = (
    "The harbour authority confirmed on Tuesday that the northern pier will close for repairs.\n"
    "Fishing crews will use the southern quay until the work ends in the spring.\n"
)


def run_import(*paths, workers=0):
    batch = import_batch_start(arguments={})
    results = list(ingest_paths([Path(p) for p in paths], batch=batch, workers=workers))
    import_batch_finish(batch=batch)
    return batch, results


def by_name(results):
    return {r.relative_path: r for r in results}


def test_special_entries_are_reported_and_the_run_still_succeeds(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    batch, results = run_import(tmp_path)
    found = by_name(results)
    assert found["story.txt"].status is IngestStatus.NEW
    for name in ("pipe.txt", "zero.txt", "loop.txt"):
        assert found[name].status is IngestStatus.SKIPPED and found[name].error
    assert batch.counts == {"new": 1, "skipped": 3}
    assert batch.run.status == batch.run.Status.FINISHED
    assert {f["file"] for f in batch.run.failures} == {str(tmp_path / n) for n in ("pipe.txt", "zero.txt", "loop.txt")}
    assert all(f["status"] == "skipped" for f in batch.run.failures)


def test_fifo_and_device_given_directly_fail_without_being_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block forever
    batch, results = run_import(tmp_path / "pipe.txt", Path("/dev/zero"))
    assert [r.status for r in results] == [IngestStatus.FAILED, IngestStatus.FAILED]
    assert "FIFO" in results[0].error and "character device" in results[1].error
    assert batch.run.status == batch.run.Status.FINISHED_WITH_ERRORS


def test_a_file_swapped_for_a_fifo_after_the_walk_is_refused_when_opened(tmp_path):
    from corpus.sources import source_files

    target = tmp_path / "story.txt"
    target.write_text(STORY)
    files = list(source_files([tmp_path]))
    target.unlink()
    os.mkfifo(target)
    batch = import_batch_start(arguments={})
    (result,) = [services.ingest_file(source=f, batch=batch) for f in files]
    assert result.status is IngestStatus.FAILED and "FIFO" in result.error


def test_non_utf8_file_names_are_stored_in_a_visible_form(tmp_path):
    raw_name = os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.txt")
    with open(raw_name, "w") as handle:
        handle.write(STORY)
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.NEW
    assert result.relative_path == "r\\xe9sum\\xe9.txt"
    document = SourceDocument.objects.get()
    assert document.relative_path == "r\\xe9sum\\xe9.txt"
    assert document.file_name == "r\\xe9sum\\xe9.txt"
    assert Article.objects.get().source_name == document.source_name
    _, (again,) = run_import(tmp_path)
    assert again.status is IngestStatus.UNCHANGED


def test_deep_tree_imports_its_file(tmp_path):
    deep_trees.build(tmp_path, 1050, file_name="deep.txt", text=STORY)
    try:
        _, (result,) = run_import(tmp_path)
    finally:
        deep_trees.remove(tmp_path)
    assert result.status is IngestStatus.NEW
    assert len(Article.objects.get().source_name) <= 500


# --- only boilerplate -------------------------------------------------------------------------


def cleaned_with(paragraphs, removed=()):
    return CleanedDocument(
        raw_size=10, encoding="utf-8", was_html=False, paragraphs=tuple(paragraphs),
        language=LanguageGuess("en", 0.9), title="", summary="", removed=tuple(removed),
    )


@pytest.mark.parametrize("paragraphs", [(), ("   ",), ("-----", "|", "* * *")], ids=["none", "blank", "rules"])
def test_nothing_left_after_cleaning_is_refused_with_the_cut_lines(tmp_path, monkeypatch, paragraphs):
    (tmp_path / "junk.txt").write_text("Share this story\n-----\n")
    cut = Removal("Share this story", RemovalReason.PROMPT_LINE, "A share prompt.")
    monkeypatch.setattr(services, "clean_document", lambda data, **kw: cleaned_with(paragraphs, [cut]))
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.FAILED
    assert result.error.startswith("Only boilerplate")
    assert "«Share this story»" in result.error
    removed = result.as_json()["removed"]
    assert removed[0] == {"text": "Share this story", "reason": "prompt_line", "detail": "A share prompt."}
    assert [r["text"] for r in removed[1:]] == [p for p in paragraphs if p.strip()]
    assert result.as_json()["paragraphs"] == []
    assert SourceDocument.objects.count() == 0 and Article.objects.count() == 0


def test_a_pipeline_refusal_for_no_text_lists_every_line_as_cut(tmp_path, monkeypatch):
    (tmp_path / "junk.txt").write_text("Subscribe to our newsletter\n\nFollow us\n")

    def refuse(data, **kwargs):
        raise RefusedInput(RefusalReason.NO_TEXT, "Nothing readable is left once boilerplate is removed.")

    monkeypatch.setattr(services, "clean_document", refuse)
    _, (result,) = run_import(tmp_path)
    assert result.status is IngestStatus.FAILED and result.error.startswith("Only boilerplate")
    assert "«Subscribe to our newsletter»; «Follow us»" in result.error
    assert [r["text"] for r in result.as_json()["removed"]] == ["Subscribe to our newsletter", "Follow us"]
    assert {r["reason"] for r in result.as_json()["removed"]} == {"no_content"}


def test_a_refusal_that_lists_its_cuts_is_believed(tmp_path, monkeypatch):
    (tmp_path / "junk.txt").write_text("Subscribe to our newsletter\n")
    cut = (Removal("Subscribe to our newsletter", RemovalReason.PROMPT_LINE, "A subscribe prompt."),)

    def refuse(data, **kwargs):
        refusal = RefusedInput(RefusalReason.NO_TEXT, "Nothing readable is left once boilerplate is removed.")
        refusal.removed = cut
        raise refusal

    monkeypatch.setattr(services, "clean_document", refuse)
    _, (result,) = run_import(tmp_path)
    assert result.error.startswith("Only boilerplate")
    assert result.as_json()["removed"] == [
        {"text": "Subscribe to our newsletter", "reason": "prompt_line", "detail": "A subscribe prompt."}
    ]


def test_real_rules_only_file_is_refused_end_to_end(tmp_path):
    (tmp_path / "rules.txt").write_text("-----\n|\n***\n")
    (tmp_path / "story.txt").write_text(STORY)
    batch, results = run_import(tmp_path)
    found = by_name(results)
    assert found["rules.txt"].status is IngestStatus.FAILED
    assert "Only boilerplate" in found["rules.txt"].error
    assert found["story.txt"].status is IngestStatus.NEW
    assert batch.failures == [{"file": str(tmp_path / "rules.txt"), "error": found["rules.txt"].error}]


def test_many_cut_lines_are_summarised_in_the_error(tmp_path, monkeypatch):
    (tmp_path / "junk.txt").write_text("x\n")
    cuts = [Removal(f"Junk line {i}", RemovalReason.PROMPT_LINE) for i in range(15)]
    monkeypatch.setattr(services, "clean_document", lambda data, **kw: cleaned_with((), cuts))
    _, (result,) = run_import(tmp_path)
    assert "«Junk line 9»" in result.error and "«Junk line 10»" not in result.error
    assert result.error.endswith("and 5 more.")
    assert len(result.as_json()["removed"]) == 15
