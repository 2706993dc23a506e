"""import_seeds as real processes: four at once, killed, stopped.

These start ``manage.py import_seeds`` processes against a database they
share with the test: on SQLite a migrated file (the test database lives in
memory), on PostgreSQL the test database itself (hence transaction=True, so
what the processes commit is visible here and flushed afterwards).
"""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from django.db import connection

from tests.corpus.processes import database_url, manage, migrated_sqlite, start  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)

PARAGRAPH = (
    "The regional council met on {day} to discuss the harbour, the schools and the new bus line, "
    "and members from every party spoke for several minutes about costs and timing."
)


def query(url: str, sql: str) -> list[tuple]:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute(sql).fetchall()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def write_stories(folder: Path, count: int, variant: str, parts: int = 3) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = "\n\n".join(PARAGRAPH.format(day=f"day {i} ({variant}, part {p})") for p in range(parts))
        (folder / f"story-{i:03}.txt").write_text(text + "\n", encoding="utf-8")


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; nothing may reap it in a container


def wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_four_concurrent_imports_of_the_same_names_never_fail_a_file(tmp_path, database_url):
    # Enough files that the four overlap whatever their start-up times; short
    # ones, so the test stays quick. The retry paths themselves are tested
    # one by one in test_services_concurrency.py.
    files, processes = 100, 4
    for n in range(processes):
        write_stories(tmp_path / f"desk{n}", files, f"desk {n}", parts=1)
    started = [start("--json", "--no-progress", "--workers", "0", "--source", "shared", str(tmp_path / f"desk{n}"),
                     url=database_url) for n in range(processes)]
    outputs = [p.communicate(timeout=300) for p in started]
    for process, (out, err) in zip(started, outputs):
        assert process.returncode == 0, err
        statuses = [json.loads(line)["status"] for line in out.splitlines()]
        assert len(statuses) == files
        assert set(statuses) <= {"new", "updated", "unchanged"}, err
    assert query(database_url, "SELECT count(*) FROM editorial_article") == [(files,)]
    assert query(database_url, "SELECT count(*) FROM editorial_version") == [(files * processes,)]
    # Every article's latest draft is the text of the bytes its file holds now.
    mismatched = query(
        database_url,
        "SELECT count(*) FROM corpus_trackedfile t JOIN editorial_article a ON a.source_name = t.source_name "
        "JOIN editorial_edition e ON e.article_id = a.id JOIN editorial_version v ON v.id = e.latest_version_id "
        "WHERE v.source_document_id <> t.document_id",
    )
    assert mismatched == [(0,)]
    assert query(database_url, "SELECT DISTINCT status FROM corpus_importrun") == [("finished",)]


def test_a_killed_import_is_shown_interrupted_and_its_workers_exit(tmp_path, database_url):
    write_stories(tmp_path / "inbox", 400, "kill")
    process = start("--no-progress", "--workers", "1", str(tmp_path / "inbox"), url=database_url)
    try:
        assert wait_for(lambda: query(database_url, "SELECT count(*) FROM corpus_sourcedocument")[0][0] >= 3)
        workers = children(process.pid)
        assert workers, "the import should be running cleaning workers"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert wait_for(lambda: not any(running(pid) for pid in workers), timeout=20), "workers outlived the import"
    finally:
        process.kill()
        process.communicate()
    assert query(database_url, "SELECT status FROM corpus_importrun") == [("running",)]
    (tmp_path / "empty").mkdir()
    manage("import_seeds", "--no-progress", str(tmp_path / "empty"), url=database_url, check=True)
    assert query(database_url, "SELECT status FROM corpus_importrun ORDER BY id") == [("interrupted",), ("finished",)]


def test_a_terminated_import_records_itself_as_interrupted(tmp_path, database_url):
    write_stories(tmp_path / "inbox", 400, "term")
    process = start("--no-progress", "--workers", "1", str(tmp_path / "inbox"), url=database_url)
    assert wait_for(lambda: query(database_url, "SELECT count(*) FROM corpus_sourcedocument")[0][0] >= 3)
    workers = children(process.pid)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "Interrupted (SIGTERM)" in err
    assert wait_for(lambda: not any(running(pid) for pid in workers), timeout=20)
    ((status, counts),) = query(database_url, "SELECT status, counts FROM corpus_importrun")
    assert status == "interrupted"
    counts = counts if isinstance(counts, dict) else json.loads(counts)  # jsonb arrives decoded
    assert 3 <= counts["new"] < 400
