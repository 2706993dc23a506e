"""import_seeds --watch: the real loop, bounded by --passes; a real process
ended by SIGTERM records its run as finished; flags that make no sense with
--watch are refused."""

from __future__ import annotations

import signal
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from corpus.models import ImportRun
from corpus.services import import_run_resume
from editorial.models import Article
from tests.corpus.background_support import RefusingBackend, drain, write_stories
from tests.corpus.processes import ROOT, database_url, environment, migrated_sqlite  # noqa: F401
from tests.corpus.test_command_processes import query, wait_for
from tests.corpus.test_services_watch import age_all

pytestmark = pytest.mark.django_db(transaction=True)


def import_seeds(*args: str, stderr: StringIO | None = None) -> str:
    out = StringIO()
    call_command("import_seeds", *args, stdout=out, stderr=stderr if stderr is not None else StringIO())
    return out.getvalue()


def test_watch_imports_then_reports_each_pass_that_did_something(tmp_path):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 2, "watch")
    age_all(inbox)
    out = import_seeds("--watch", str(inbox), "--interval", "0.05", "--passes", "3")
    run = ImportRun.objects.get()
    assert f"Watching {inbox} every 0.05 s" in out
    assert f"Pass 1: 2 new; 0 not read (same size, time and inode). Import run #{run.pk}." in out
    assert f"  new: {inbox / 'story-000.txt'}" in out
    assert "Pass 2" not in out and "Pass 3" not in out  # idle passes are quiet
    assert out.strip().endswith("Stopped watching after 3 passes.")
    assert run.arguments["watch"] and Article.objects.count() == 2
    verbose = import_seeds("--watch", str(inbox), "--interval", "0.05", "--passes", "1", "--verbosity", "2")
    assert "Pass 1: 2 not read (same size, time and inode)." in verbose


def test_watch_in_the_background_queues_each_pass_and_prints_its_page(tmp_path):
    inbox = tmp_path / "inbox"
    write_stories(inbox, 3, "watch-bg")
    age_all(inbox)
    out = import_seeds("--watch", str(inbox), "--background", "--passes", "1", "--site-url", "https://desk.example")
    run = ImportRun.objects.get()
    assert f"Pass 1: queued import run #{run.pk} (3 files)" in out
    assert f"https://desk.example/admin/corpus/importrun/{run.pk}/change/" in out
    assert run.status == ImportRun.Status.QUEUED and not Article.objects.exists()
    drain()
    assert Article.objects.count() == 3


def test_watch_goes_on_when_the_task_queue_refuses_and_the_run_resumes(tmp_path, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "tests.corpus.background_support.RefusingBackend"}}
    monkeypatch.setattr(RefusingBackend, "sent", 0)
    monkeypatch.setattr(RefusingBackend, "accept", 0)
    inbox = tmp_path / "inbox"
    write_stories(inbox, 2, "watch-refused")
    age_all(inbox)
    err = StringIO()
    out = import_seeds("--watch", str(inbox), "--background", "--passes", "2", "--interval", "0.05", stderr=err)
    run = ImportRun.objects.get()  # one run: the second pass does not queue the same files again
    assert run.status == ImportRun.Status.INTERRUPTED
    assert "refused the import" in err.getvalue() and f"import_seeds --resume {run.pk}" in err.getvalue()
    assert out.strip().endswith("Stopped watching after 2 passes.")
    monkeypatch.setattr(RefusingBackend, "accept", 10)
    import_run_resume(run=run)
    drain()
    assert Article.objects.count() == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dry-run"], "--dry-run cannot be combined with --watch"),
        (["--json"], "--json cannot be combined with --watch"),
        (["--workers", "2"], "--workers cannot be combined with --watch"),
        (["--interval", "0"], "--interval must be a positive"),
        (["--passes", "0"], "--passes must be 1 or more"),
        (["extra-path"], "give no other paths"),
        (["--source", " x"], "--source: A source name must not"),
    ],
)
def test_watch_refuses_what_does_not_fit(tmp_path, args, message):
    with pytest.raises(CommandError, match=message):
        import_seeds("--watch", str(tmp_path), *args)
    with pytest.raises(CommandError, match="is not a folder"):
        import_seeds("--watch", str(tmp_path / "missing"))
    assert not ImportRun.objects.exists()


def test_sigterm_ends_a_real_watch_cleanly(tmp_path, database_url):  # noqa: F811
    inbox = tmp_path / "inbox"
    write_stories(inbox, 2, "signal")
    age_all(inbox)
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_seeds", "--watch", str(inbox), "--interval", "0.2"],
        cwd=ROOT, env=environment(database_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert wait_for(lambda: query(database_url, "SELECT status FROM corpus_importrun") == [("finished",)])
        (first,) = query(database_url, "SELECT id FROM corpus_importrun")
        write_stories(inbox, 3, "signal")  # story-002 arrives; 000 and 001 are written again, same bytes
        age_all(inbox)
        assert wait_for(lambda: query(database_url, f"SELECT status FROM corpus_importrun WHERE id > {first[0]}") == [
            ("finished",)])
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Stopped watching (SIGTERM) after" in out
    # Rewritten with the same bytes: read again (new time stamps), found unchanged.
    assert "1 new, 2 unchanged; 0 not read (same size, time and inode)." in out
    statuses = query(database_url, "SELECT status FROM corpus_importrun ORDER BY id")
    assert statuses == [("finished",), ("finished",)]
