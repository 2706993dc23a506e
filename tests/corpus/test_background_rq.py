"""Background imports on the Redis backend (NEWSDESK_TASKS_BACKEND=rq), run by real RQ workers.

Everything runs as the README says to run it on several machines:
``import_seeds --background`` and ``manage.py rqworker`` as processes, with
only the environment choosing the backend, against a database the test reads
(see tests/corpus/processes.py) and the Redis on 127.0.0.1:6379. The tests
use their own Redis database (NEWSDESK_TEST_REDIS_URL, default number 3) and
flush only that one; without a reachable Redis they skip, saying so.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest
import redis

from tests.corpus.background_support import write_stories
from tests.corpus.processes import ROOT, database_url, environment, migrated_sqlite  # noqa: F401
from tests.corpus.test_command_processes import query, wait_for

pytestmark = pytest.mark.django_db(transaction=True)

REDIS_URL = os.environ.get("NEWSDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/3")
TABLES = ("corpus_sourcedocument", "corpus_trackedfile", "editorial_article", "editorial_version")


@pytest.fixture
def queue() -> redis.Redis:
    """The tests' own Redis database, empty before and after each test."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"Redis is not reachable at {REDIS_URL} ({exc}): the RQ backend's tests need one (CI has it).")
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


def rq_environment(url: str, **extra: str) -> dict[str, str]:
    return {**environment(url), "NEWSDESK_TASKS_BACKEND": "rq", "REDIS_URL": REDIS_URL, **extra}


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)


def enqueue(folder, env: dict[str, str]) -> int:
    queued = manage("import_seeds", "--background", str(folder), env=env)
    assert queued.returncode == 0, queued.stderr
    assert "manage.py rqworker" in queued.stdout
    return int(re.search(r"run #(\d+)", queued.stdout).group(1))


def burst(env: dict[str, str], name: str = "burst") -> None:
    """A real RQ worker, as the README starts it, draining the queue and exiting."""
    done = manage("rqworker", "--burst", "--name", name, env=env)
    assert done.returncode == 0, done.stderr


def counts(url: str) -> list[int]:
    return [query(url, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES]


def test_an_rq_worker_imports_a_run_queued_with_the_backend_chosen_by_the_environment(
    tmp_path, database_url, queue
):
    write_stories(tmp_path / "inbox", 25, "rq", parts=1)
    env = rq_environment(database_url, NEWSDESK_IMPORT_CHUNK_FILES="10")
    number = enqueue(tmp_path / "inbox", env)
    # Three jobs wait in Redis, not in the database; nothing is imported yet.
    assert queue.llen("rq:queue:default") == 3
    assert query(database_url, "SELECT count(*) FROM django_tasks_database_dbtaskresult") == [(0,)]
    assert counts(database_url) == [0, 0, 0, 0]

    burst(env)
    assert query(database_url, f"SELECT status, done_files, total_files FROM corpus_importrun WHERE id = {number}") == [
        ("finished", 25, 25)
    ]
    assert counts(database_url) == [25, 25, 25, 25]
    chunks = query(database_url, "SELECT task_id, status, attempt FROM corpus_importchunk ORDER BY number")
    assert [row[1:] for row in chunks] == [("done", 1)] * 3
    # Each chunk names its RQ job, which the worker finished.
    assert [queue.hget(f"rq:job:{task_id}", "status") for task_id, *_ in chunks] == [b"finished"] * 3
    assert queue.llen("rq:queue:default") == 0


def test_two_rq_workers_share_the_chunks_and_import_each_file_once(tmp_path, database_url, queue):
    files = 60
    write_stories(tmp_path / "inbox", files, "pair", parts=1)
    env = rq_environment(database_url, NEWSDESK_IMPORT_CHUNK_FILES="5")
    number = enqueue(tmp_path / "inbox", env)
    workers = [
        subprocess.Popen([sys.executable, "manage.py", "rqworker", "--burst", "--name", f"w{n}"], cwd=ROOT, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for n in range(2)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    assert query(database_url, f"SELECT status, done_files FROM corpus_importrun WHERE id = {number}") == [
        ("finished", files)
    ]
    assert counts(database_url) == [files] * 4
    assert query(database_url, "SELECT count(*), max(attempt) FROM corpus_importchunk WHERE status = 'done'") == [
        (12, 1)
    ]


def test_an_rq_worker_killed_mid_chunk_leaves_a_run_that_resumes_without_duplicates(tmp_path, database_url, queue):
    files = 300
    write_stories(tmp_path / "inbox", files, "killed", parts=1)
    env = rq_environment(database_url, NEWSDESK_IMPORT_CHUNK_FILES="100")
    number = enqueue(tmp_path / "inbox", env)

    worker = subprocess.Popen([sys.executable, "manage.py", "rqworker", "--name", "doomed"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: query(database_url, "SELECT count(*) FROM corpus_sourcedocument")[0][0] >= 3)
        # The chunk is imported by the worker's own process (no work horse left behind).
        assert query(database_url, "SELECT pid FROM corpus_importchunk WHERE status = 'running'") == [(worker.pid,)]
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        worker.kill()
        worker.wait()
    stored = counts(database_url)[0]
    assert 3 <= stored < files
    assert query(database_url, f"SELECT status FROM corpus_importrun WHERE id = {number}") == [("running",)]

    resumed = manage("import_seeds", "--resume", str(number), env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert f"Import run #{number} queued again" in resumed.stdout
    burst(env, "after")
    assert query(database_url, f"SELECT status, done_files FROM corpus_importrun WHERE id = {number}") == [
        ("finished", files)
    ]
    assert counts(database_url) == [files] * 4
    assert query(database_url, "SELECT max(attempt) FROM corpus_importchunk") == [(2,)]


def test_a_cancelled_run_imports_nothing_on_an_rq_worker_until_resumed(tmp_path, database_url, queue):
    write_stories(tmp_path / "inbox", 3, "cancel", parts=1)
    env = rq_environment(database_url, NEWSDESK_IMPORT_CHUNK_FILES="1")
    number = enqueue(tmp_path / "inbox", env)
    cancelled = manage("import_seeds", "--cancel", str(number), env=env)
    assert cancelled.returncode == 0, cancelled.stderr
    burst(env)  # the jobs run and find their chunks skipped
    assert queue.llen("rq:queue:default") == 0
    assert counts(database_url) == [0, 0, 0, 0]
    assert query(database_url, f"SELECT status, done_files FROM corpus_importrun WHERE id = {number}") == [
        ("cancelled", 0)
    ]
    assert manage("import_seeds", "--resume", str(number), env=env).returncode == 0
    burst(env)
    assert query(database_url, f"SELECT status, done_files FROM corpus_importrun WHERE id = {number}") == [
        ("finished", 3)
    ]
    assert counts(database_url) == [3, 3, 3, 3]


def test_with_redis_down_the_run_is_interrupted_and_resumes_once_it_is_back(tmp_path, database_url, queue):
    write_stories(tmp_path / "inbox", 4, "down", parts=1)
    down = {**rq_environment(database_url, NEWSDESK_IMPORT_CHUNK_FILES="2"), "REDIS_URL": "redis://127.0.0.1:1/3"}
    refused = manage("import_seeds", "--background", str(tmp_path / "inbox"), env=down)
    assert refused.returncode == 1
    assert "The task queue refused the import" in refused.stderr and "Traceback" not in refused.stderr
    [(number, status)] = query(database_url, "SELECT id, status FROM corpus_importrun")
    assert status == "interrupted"
    assert query(database_url, "SELECT status FROM corpus_importchunk") == [("interrupted",)] * 2

    env = rq_environment(database_url)
    assert manage("import_seeds", "--resume", str(number), env=env).returncode == 0
    burst(env)
    assert query(database_url, f"SELECT status, done_files FROM corpus_importrun WHERE id = {number}") == [
        ("finished", 4)
    ]
