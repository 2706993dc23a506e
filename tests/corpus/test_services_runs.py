"""corpus.services.runs: a run whose process is gone is shown as interrupted."""

from __future__ import annotations

import os
import socket
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from corpus.models import ImportRun
from corpus.services import (
    import_batch_finish,
    import_batch_start,
    import_runs_mark_interrupted,
    ingest_paths,
    runs,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOST = socket.gethostname()


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def make_run(**fields) -> ImportRun:
    run = ImportRun.objects.create(**fields)
    if "started_at" in fields:
        ImportRun.objects.filter(pk=run.pk).update(started_at=fields["started_at"])
    return run


def status(run: ImportRun) -> str:
    run.refresh_from_db()
    return run.status


def test_a_run_whose_process_is_gone_is_marked_interrupted():
    gone = make_run(host=HOST, pid=dead_pid(), heartbeat_at=timezone.now())
    alive = make_run(host=HOST, pid=os.getpid(), process_started=runs.process_started(os.getpid()),
                     heartbeat_at=timezone.now())
    assert import_runs_mark_interrupted() == 1
    assert status(gone) == "interrupted" and gone.finished_at is not None
    assert status(alive) == "running"


def test_a_reused_process_id_does_not_keep_a_dead_run_alive():
    reused = make_run(host=HOST, pid=os.getpid(), process_started="1", heartbeat_at=timezone.now())
    import_runs_mark_interrupted()
    assert status(reused) == "interrupted"


def test_runs_on_other_hosts_are_judged_by_their_heartbeat(settings):
    settings.NEWSDESK_IMPORT_STALE_SECONDS = 60
    quiet = make_run(host="elsewhere", pid=1, heartbeat_at=timezone.now() - timedelta(minutes=5))
    beating = make_run(host="elsewhere", pid=1, heartbeat_at=timezone.now())
    old_style = make_run(started_at=timezone.now() - timedelta(hours=2))  # before pids were recorded
    import_runs_mark_interrupted()
    assert (status(quiet), status(beating), status(old_style)) == ("interrupted", "running", "interrupted")


def test_finished_runs_are_never_touched():
    done = make_run(host=HOST, pid=dead_pid(), status=ImportRun.Status.FINISHED)
    assert import_runs_mark_interrupted() == 0
    assert status(done) == "finished"


def test_a_new_import_records_its_process_and_reaps_dead_runs(tmp_path):
    gone = make_run(host=HOST, pid=dead_pid(), heartbeat_at=timezone.now())
    batch = import_batch_start(arguments={})
    assert status(gone) == "interrupted"
    assert (batch.run.host, batch.run.pid) == (HOST, os.getpid())
    assert batch.run.process_started == runs.process_started(os.getpid()) != ""


def test_heartbeat_stores_progress_while_running(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"A council met on day {i} to vote on the harbour budget for next year.\n")
    monkeypatch.setattr(runs, "HEARTBEAT_SECONDS", 0)
    batch = import_batch_start(arguments={})
    before = batch.run.heartbeat_at
    seen = []
    for _ in ingest_paths([Path(tmp_path)], batch=batch):
        run = ImportRun.objects.get(pk=batch.run.pk)
        seen.append(run.counts.get("new"))
        assert run.status == "running" and run.heartbeat_at >= before
    assert seen == [1, 2, 3]
    import_batch_finish(batch=batch, interrupted=True)
    assert status(batch.run) == "interrupted" and batch.run.counts == {"new": 3}


def test_admin_lists_show_dead_runs_as_interrupted(client):
    gone = make_run(host=HOST, pid=dead_pid(), heartbeat_at=timezone.now())
    client.force_login(UserFactory(username="boss", is_staff=True, is_superuser=True))
    page = client.get(reverse("admin:corpus_importrun_changelist")).content.decode()
    assert status(gone) == "interrupted" and "Interrupted" in page
    assert client.get(reverse("admin:corpus_importrun_change", args=[gone.pk])).status_code == 200
