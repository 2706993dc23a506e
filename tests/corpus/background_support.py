"""Helpers for background-import tests: stories to import, and the real task worker."""

from __future__ import annotations

from pathlib import Path

from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker

PARAGRAPH = (
    "The regional council met on {day} to discuss the harbour, the schools and the new bus line, "
    "and members from every party spoke for several minutes about costs and timing."
)


def write_stories(folder: Path, count: int, variant: str, parts: int = 3) -> None:
    """``count`` distinct, importable stories named story-000.txt, ... (``variant`` changes their bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        text = "\n\n".join(PARAGRAPH.format(day=f"day {i} ({variant}, part {p})") for p in range(parts))
        (folder / f"story-{i:03}.txt").write_text(text + "\n", encoding="utf-8")


def drain(max_tasks: int | None = None) -> None:
    """Run queued tasks with django-tasks-db's own worker, as ``db_worker --batch`` does, here."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


class RefusingBackend(DatabaseBackend):
    """The database backend, refusing every task after the first ``accept`` (a queue gone mid-enqueue)."""

    accept = 1
    sent = 0

    def enqueue(self, task, args, kwargs):
        if RefusingBackend.sent >= RefusingBackend.accept:
            raise ConnectionError("queue unreachable")
        RefusingBackend.sent += 1
        return super().enqueue(task, args, kwargs)
