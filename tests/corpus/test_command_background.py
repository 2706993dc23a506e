"""import_seeds --background, --cancel and --resume; db_worker as a real process, killed mid-chunk."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from corpus.models import ImportChunk, ImportRun, SourceDocument
from editorial.models import Article
from tests.corpus.background_support import drain, write_stories
from tests.corpus.processes import ROOT, database_url, environment, manage, migrated_sqlite  # noqa: F401
from tests.corpus.test_command_processes import query, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def import_seeds(*args: str) -> str:
    out = StringIO()
    call_command("import_seeds", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_background_only_queues_and_prints_the_admin_page_of_the_run(tmp_path, settings):
    settings.NEWSDESK_IMPORT_CHUNK_FILES = 2
    write_stories(tmp_path / "inbox", 5, "bg")
    out = import_seeds("--background", "--site-url", "https://desk.example/", str(tmp_path / "inbox"))
    run = ImportRun.objects.get()
    assert f"Queued import run #{run.pk}: 5 files in 3 chunks" in out
    assert f"https://desk.example/admin/corpus/importrun/{run.pk}/change/" in out.splitlines()
    assert run.status == ImportRun.Status.QUEUED and run.arguments["paths"] == [str(tmp_path / "inbox")]
    assert not SourceDocument.objects.exists()
    drain()
    run.refresh_from_db()
    assert (run.status, run.counts) == (ImportRun.Status.FINISHED, {"new": 5})
    assert Article.objects.count() == 5


def test_without_background_the_import_happens_here(tmp_path):
    write_stories(tmp_path / "inbox", 2, "fg")
    out = import_seeds("--no-progress", str(tmp_path / "inbox"))
    assert "2 files: 2 new" in out
    assert not ImportRun.objects.get().background and not ImportChunk.objects.exists()


@pytest.mark.parametrize("flag", [["--dry-run"], ["--json"], ["--workers", "2"]])
def test_background_refuses_what_only_a_foreground_import_does(tmp_path, flag):
    write_stories(tmp_path / "inbox", 1, "flags")
    with pytest.raises(CommandError, match="cannot be combined with --background"):
        import_seeds("--background", *flag, str(tmp_path / "inbox"))
    assert not ImportRun.objects.exists()


def test_cancel_and_resume_from_the_command_line(tmp_path, settings):
    settings.NEWSDESK_IMPORT_CHUNK_FILES = 1
    write_stories(tmp_path / "inbox", 3, "cli")
    import_seeds("--background", str(tmp_path / "inbox"))
    run = ImportRun.objects.get()
    assert f"Import run #{run.pk} cancelled (0 of 3 files done)." in import_seeds("--cancel", str(run.pk))
    drain()
    assert not SourceDocument.objects.exists()
    with pytest.raises(CommandError, match="already cancelled"):
        import_seeds("--cancel", str(run.pk))
    assert f"Import run #{run.pk} queued again: 3 files left." in import_seeds("--resume", str(run.pk))
    drain()
    run.refresh_from_db()
    assert (run.status, run.done_files) == (ImportRun.Status.FINISHED, 3)
    with pytest.raises(CommandError, match="Only an interrupted or cancelled"):
        import_seeds("--resume", str(run.pk))
    with pytest.raises(CommandError, match="no import run #999"):
        import_seeds("--resume", "999")
    with pytest.raises(CommandError, match="not both"):
        import_seeds("--resume", str(run.pk), "--cancel", str(run.pk))
    with pytest.raises(CommandError, match="no paths"):
        import_seeds("--resume", str(run.pk), str(tmp_path))


def test_a_killed_worker_leaves_an_interrupted_run_that_resumes_without_duplicates(tmp_path, database_url):
    files = 300
    write_stories(tmp_path / "inbox", files, "killed", parts=1)
    env = {**environment(database_url), "NEWSDESK_IMPORT_CHUNK_FILES": "100"}

    def manage_env(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300)

    queued = manage_env("import_seeds", "--background", str(tmp_path / "inbox"))
    assert queued.returncode == 0, queued.stderr
    number = int(re.search(r"run #(\d+)", queued.stdout).group(1))
    assert query(database_url, "SELECT count(*) FROM corpus_sourcedocument") == [(0,)]

    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload", "--interval", "0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: query(database_url, "SELECT count(*) FROM corpus_sourcedocument")[0][0] >= 3)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        worker.kill()
        worker.wait()
    stored = query(database_url, "SELECT count(*) FROM corpus_sourcedocument")[0][0]
    assert 3 <= stored < files
    assert query(database_url, f"SELECT status FROM corpus_importrun WHERE id = {number}") == [("running",)]

    # The worker's process is gone on this host: resuming first finds the run interrupted.
    resumed = manage_env("import_seeds", "--resume", str(number))
    assert resumed.returncode == 0, resumed.stderr
    assert f"Import run #{number} queued again" in resumed.stdout
    drained = manage_env("db_worker", "--batch", "--no-startup-delay", "--no-reload")
    assert drained.returncode == 0, drained.stderr

    assert query(database_url, f"SELECT status, done_files FROM corpus_importrun WHERE id = {number}") == [
        ("finished", files)
    ]
    for table in ("corpus_sourcedocument", "corpus_trackedfile", "editorial_article", "editorial_version"):
        assert query(database_url, f"SELECT count(*) FROM {table}") == [(files,)], table
    assert query(database_url, "SELECT max(attempt) FROM corpus_importchunk") == [(2,)]


def test_db_worker_batch_as_a_process_drains_the_queue(tmp_path, database_url):
    write_stories(tmp_path / "inbox", 3, "batch")
    assert manage("import_seeds", "--background", str(tmp_path / "inbox"), url=database_url).returncode == 0
    done = manage("db_worker", "--batch", "--no-startup-delay", "--no-reload", url=database_url)
    assert done.returncode == 0, done.stderr
    assert query(database_url, "SELECT status, done_files, total_files FROM corpus_importrun") == [("finished", 3, 3)]


def test_two_workers_at_once_share_the_chunks_and_the_last_one_finishes_the_run(tmp_path, database_url):
    files = 120
    write_stories(tmp_path / "inbox", files, "pair", parts=1)
    env = {**environment(database_url), "NEWSDESK_IMPORT_CHUNK_FILES": "10"}
    queued = subprocess.run([sys.executable, "manage.py", "import_seeds", "--background", str(tmp_path / "inbox")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert queued.returncode == 0, queued.stderr
    workers = [
        subprocess.Popen([sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload",
                          "--worker-id", f"w{n}"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for n in range(2)
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
    assert query(database_url, "SELECT status, done_files, counts FROM corpus_importrun")[0][:2] == ("finished", files)
    assert query(database_url, "SELECT count(*), min(attempt), max(attempt) FROM corpus_importchunk "
                               "WHERE status = 'done'") == [(12, 1, 1)]
    for table in ("corpus_sourcedocument", "editorial_article", "editorial_version"):
        assert query(database_url, f"SELECT count(*) FROM {table}") == [(files,)], table
