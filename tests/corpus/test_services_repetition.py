"""corpus.services.repetition: counts kept per source as files arrive; template lines cut."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.db import connection

from corpus.models import LineCount, SourceDocument
from corpus.pipeline import clean_document
from corpus.repetition import hash64, normalise, paragraph_hashes
from corpus.services.repetition import repeated_lines_cut
from corpus.services import IngestStatus, import_batch_finish, import_batch_start, ingest_paths

pytestmark = pytest.mark.django_db

# A template line today's pipeline does not recognise on its own.
PROMPT = "Tips for the newsroom go to the front desk at Pier Street"
TOPICS = ["harbour", "library", "tram line", "school roof", "market hall", "bridge", "park"]


def story(i: int, extra: str = "") -> str:
    topic = TOPICS[i % len(TOPICS)]
    return (
        f"The council voted on the {topic} plan on day {i} after a debate that lasted all afternoon.\n\n"
        f"Residents asked how the {topic} work would be paid for and when it would start.\n\n"
        f"{PROMPT}\n\n{extra}"
    )


def write_stories(folder: Path, count: int, start: int = 0) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        (folder / f"{i:02}.txt").write_text(story(i), encoding="utf-8")


def run_import(*paths, source=None, dry_run=False):
    batch = import_batch_start(arguments={}, dry_run=dry_run)
    results = list(ingest_paths([Path(p) for p in paths], batch=batch, source=source))
    import_batch_finish(batch=batch)
    return results


def prompt_count(source: str) -> int:
    row = LineCount.objects.filter(source_hash=hash64(source), line_hash=hash64(normalise(PROMPT))).first()
    return row.documents if row else 0


@pytest.fixture(autouse=True)
def threshold(settings):
    settings.NEWSDESK_REPEATED_LINE_MIN_DOCS = 3


def test_a_line_repeated_across_a_source_is_cut_from_the_third_file_on(tmp_path):
    write_stories(tmp_path, 5)
    results = run_import(tmp_path, source="wire")
    assert [r.status for r in results] == [IngestStatus.NEW] * 5
    kept = [PROMPT in r.cleaned.paragraphs for r in results]
    assert kept == [True, True, False, False, False]
    removal = next(r for r in results[3].as_json()["removed"] if r["text"] == PROMPT)
    assert removal == {"text": PROMPT, "reason": "repeated_line", "detail": "Repeated in 4 documents of this source."}
    stored = SourceDocument.objects.get(sha256=results[4].sha256)
    assert PROMPT not in stored.cleaned_paragraphs
    assert any(r["reason"] == "repeated_line" for r in stored.removed)
    assert prompt_count("wire") == 5


def test_other_sources_do_not_count(tmp_path):
    write_stories(tmp_path / "a", 2)
    write_stories(tmp_path / "b", 2, start=2)
    run_import(tmp_path / "a", source="one")
    results = run_import(tmp_path / "b", source="two")
    assert all(PROMPT in r.cleaned.paragraphs for r in results)
    assert (prompt_count("one"), prompt_count("two")) == (2, 2)


def test_updates_of_one_file_count_once(tmp_path):
    page = tmp_path / "page.txt"
    for round_ in range(4):
        page.write_text(story(0, extra=f"Update number {round_}: the vote was postponed.\n"), encoding="utf-8")
        (result,) = run_import(tmp_path, source="wire")
        assert PROMPT in result.cleaned.paragraphs
    assert prompt_count("wire") == 1


def test_a_dry_run_cuts_but_counts_nothing(tmp_path):
    write_stories(tmp_path / "first", 3)
    run_import(tmp_path / "first", source="wire")
    write_stories(tmp_path / "second", 1, start=3)
    (result,) = run_import(tmp_path / "second", source="wire", dry_run=True)
    assert PROMPT not in result.cleaned.paragraphs
    assert prompt_count("wire") == 3


def test_the_step_can_be_turned_off(tmp_path, settings):
    settings.NEWSDESK_REPEATED_LINE_MIN_DOCS = 0
    write_stories(tmp_path, 4)
    results = run_import(tmp_path, source="wire")
    assert all(PROMPT in r.cleaned.paragraphs for r in results)
    assert prompt_count("wire") == 4  # still counted, ready when it is turned on


def test_counting_rolls_back_with_a_failed_file(tmp_path, monkeypatch):
    from corpus.services import ingest

    write_stories(tmp_path, 1)

    def broken(*, source_document, cleaned):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest, "article_import_source", broken)
    (result,) = run_import(tmp_path, source="wire")
    assert result.status is IngestStatus.FAILED
    assert LineCount.objects.count() == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner only")
def test_reading_the_counts_probes_each_line_even_for_a_source_the_planner_thinks_rare():
    # Many lines counted for one source and no statistics (a first big import,
    # or autovacuum off): the lookup must still fetch only the lines asked for,
    # not every line of the source (reading them all per document was quadratic).
    source = "wire"
    LineCount.objects.bulk_create(
        LineCount(source_hash=hash64(source), line_hash=n, documents=9, source=source, text=f"line {n}")
        for n in range(3000)
    )
    cleaned = clean_document(("\n\n".join(f"Paragraph {n} of the story, long enough." for n in range(4))).encode())
    assert len(cleaned.paragraphs) >= 2
    hashes = [5, 6, *paragraph_hashes(cleaned.paragraphs)[2:]]
    sent = []

    def capture(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        repeated_lines_cut(cleaned=cleaned, source=source, hashes=hashes)
    [(sql, params)] = sent
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM pg_statistic WHERE starelid = %s::regclass", [LineCount._meta.db_table])
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        plan = json.dumps(cursor.fetchone()[0])
        cursor.execute(sql, params)
        assert sorted(cursor.fetchall()) == [(5, 9), (6, 9)]
    assert '"Rows Removed by Filter"' not in plan
    assert "line_hash = line.hash" in plan and '"Index Cond"' in plan
