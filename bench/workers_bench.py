"""Background import over 1, 2, 4... task workers (``import_bench.py --workers-scaling``).

For each backend and worker count, on a database emptied first:

* enqueue: ``import_seeds --background`` on the folder, in this process (the
  parent's part: walking the folder, the run, its chunks and their tasks);
* import: K worker processes started at once (``db_worker --batch`` on the
  database backend, ``rqworker --burst`` on the RQ backend), timed until the
  last one exits: docs/s, speed-up against one worker, and the time until the
  first draft is visible (the first editorial Article row, polled every 0.1 s);
* cost: the workers' CPU (their rusage), and on PostgreSQL the database's
  side: CPU of the server processes serving this database (sampled from
  /proc every 0.25 s), transactions and rows from ``pg_stat_database``, growth
  of ``pg_database_size`` and of the write-ahead log (the WAL is the whole
  cluster's: other databases' writes are counted too), per document.

First, in this process, statements per document: the first chunk-sized run of
files imported on an empty database by the chunk task's own code
(``import_chunk_run``) under ``connection.execute_wrapper``, counting statements
and the bytes of SQL and parameters sent. Then, on PostgreSQL, ``ANALYZE``.
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
WORKER_COMMANDS = {
    "database": ["db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.1"],
    "rq": ["rqworker", "--burst"],
}
PG_COUNTERS = ("xact_commit", "xact_rollback", "tup_returned", "tup_fetched", "tup_inserted", "tup_updated",
               "tup_deleted")


@dataclass
class Measure:
    backend: str
    workers: int
    files: int = 0
    enqueue_s: float = 0.0
    import_s: float = 0.0
    first_draft_s: float | None = None
    worker_cpu_s: float = 0.0
    db_cpu_s: float | None = None
    status: str = ""
    loads: tuple[float, float] = (0.0, 0.0)
    pg: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.files / self.import_s if self.import_s else 0.0


def fresh_database() -> None:
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class ServerCPU:
    """CPU seconds of the PostgreSQL backends serving ``database`` (same host only).

    A backend's CPU is read from /proc while it lives; one that exits keeps
    its last sample (so up to one sampling period per backend is missed).
    """

    def __init__(self, database: str):
        self.database = database.encode()
        self.seen: dict[int, float] = {}
        self.tick = os.sysconf("SC_CLK_TCK")
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _sample(self) -> None:
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                    cmdline = handle.read()
                if not cmdline.startswith(b"postgres: ") or b" " + self.database + b" " not in cmdline:
                    continue
                with open(f"/proc/{entry.name}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            # After the command name: utime and stime are the 12th and 13th fields.
            self.seen[int(entry.name)] = (int(fields[11]) + int(fields[12])) / self.tick

    def _loop(self) -> None:
        while not self.stop.is_set():
            self._sample()
            self.stop.wait(0.25)

    def __enter__(self) -> ServerCPU:
        self._sample()
        self.before = dict(self.seen)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()
        self._sample()

    @property
    def seconds(self) -> float:
        return sum(cpu - self.before.get(pid, 0.0) for pid, cpu in self.seen.items())


def pg_snapshot() -> dict[str, float]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            f"SELECT {', '.join(PG_COUNTERS)}, pg_database_size(current_database()), "
            "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') FROM pg_stat_database WHERE datname = current_database()"
        )
        row = cursor.fetchone()
    return dict(zip((*PG_COUNTERS, "size", "wal"), map(float, row)))


def first_article_exists() -> bool:
    from editorial.models import Article

    return Article.objects.exists()


def measure(folder: Path, backend: str, workers: int, env: dict[str, str]) -> Measure:
    """One background import of ``folder`` by ``workers`` processes, on an empty database."""
    from django.core.management import call_command
    from django.db import connection
    from django.test import override_settings

    from config.settings.base import tasks_from_env
    from corpus.models import ImportRun

    fresh_database()
    if backend == "rq":
        redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    # This process enqueues on the backend measured, as the workers' environment chooses it.
    tasks = {key: value for key, value in tasks_from_env(env, env.get("REDIS_URL", "")).items() if key != "apps"}
    result = Measure(backend=backend, workers=workers)
    postgres = connection.vendor == "postgresql"
    before = pg_snapshot() if postgres else {}
    start = time.perf_counter()
    with override_settings(**tasks):
        call_command("import_seeds", "--background", str(folder), stdout=io.StringIO())
    result.enqueue_s = time.perf_counter() - start
    run = ImportRun.objects.get()
    result.files = run.total_files
    cpu_before, load_before = children_cpu(), os.getloadavg()[0]
    server = ServerCPU(connection.settings_dict["NAME"]) if postgres else None
    if server:
        server.__enter__()
    start = time.perf_counter()
    processes = [
        subprocess.Popen([sys.executable, "manage.py", *WORKER_COMMANDS[backend], *name_option(backend, n)],
                         cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for n in range(workers)
    ]
    while any(p.poll() is None for p in processes):
        if result.first_draft_s is None and first_article_exists():
            result.first_draft_s = time.perf_counter() - start
        time.sleep(0.1)
    result.import_s = time.perf_counter() - start
    for process in processes:
        if process.returncode:
            raise SystemExit(f"worker failed ({process.returncode}): {process.stderr.read()[-2000:]}")
        process.stderr.close()
    if server:
        server.__exit__(None, None, None)
        result.db_cpu_s = server.seconds
    result.worker_cpu_s = children_cpu() - cpu_before
    result.loads = (load_before, os.getloadavg()[0])
    run.refresh_from_db()
    result.status = f"{run.status}, {run.done_files}/{run.total_files}, {run.counts}"
    if postgres:
        time.sleep(1.0)  # backends flush their statistics on exit; let them land
        after = pg_snapshot()
        result.pg = {key: after[key] - before[key] for key in after}
    return result


def name_option(backend: str, n: int) -> list[str]:
    return ["--worker-id", f"bench{n}"] if backend == "database" else ["--name", f"bench{n}"]


def statements_per_document(folder: Path, files: int) -> dict[str, float]:
    """Statements and bytes the chunk task sends per document (in this process, on an empty database)."""
    from django.db import connection

    from corpus.models import ImportRun
    from corpus.services import import_chunk_run, import_run_enqueue, source_files

    fresh_database()
    listed = list(source_files([folder], source="bench"))[:files]
    counted = {"statements": 0, "bytes": 0}
    shapes: dict[str, list[float]] = {}

    def count(execute, sql, params, many, context):
        counted["statements"] += 1
        counted["bytes"] += len(sql.encode()) + sum(len(str(p).encode()) for p in (params or ()))
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            shape = shapes.setdefault(" ".join(sql.split()[:6])[:90], [0, 0.0])
            shape[0] += 1
            shape[1] += time.perf_counter() - start

    # Enqueued without any worker: the chunks are run right here, one after the other.
    run = import_run_enqueue(files=listed, arguments={"paths": [str(folder)]}, chunk_files=files)
    with connection.execute_wrapper(count):
        for chunk in run.chunks.order_by("number"):
            import_chunk_run(chunk_id=chunk.pk)
    run = ImportRun.objects.get(pk=run.pk)
    done = max(1, run.done_files)
    print("statement shapes by round-trip time (client side), per document:")
    for shape, (calls, seconds) in sorted(shapes.items(), key=lambda item: -item[1][1])[:8]:
        print(f"  {calls / done:5.2f} x {1000 * seconds / done:6.2f} ms  {shape}")
    return {key: value / done for key, value in counted.items()} | {"files": run.done_files}


def worker_environment(database_url: str, backend: str, chunk_files: int, redis_url: str) -> dict[str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "NEWSDESK_TASKS_BACKEND": backend,
           "NEWSDESK_IMPORT_CHUNK_FILES": str(chunk_files), "PYTHONPATH": str(ROOT)}
    if backend == "rq":
        env["REDIS_URL"] = redis_url
    return env


HEADER = ("| backend | workers | docs/s | speed-up | first draft s | enqueue s | worker CPU ms/doc | DB CPU ms/doc "
          "| commits/doc | rows read/doc | rows written/doc | DB growth KB/doc | WAL KB/doc (cluster) "
          "| load before/after | run |")


def row(m: Measure, one: Measure | None) -> str:
    """One measurement as a Markdown table row (speed-up against ``one``, the same backend's single worker)."""
    speed = f"{m.rate / one.rate:.2f}x" if one and one.rate else "-"
    draft = f"{m.first_draft_s:.1f}" if m.first_draft_s is not None else "-"
    db_cpu = f"{1000 * m.db_cpu_s / m.files:.2f}" if m.db_cpu_s is not None else "-"
    cells = [m.backend, str(m.workers), f"{m.rate:.1f}", speed, draft, f"{m.enqueue_s:.1f}",
             f"{1000 * m.worker_cpu_s / m.files:.2f}", db_cpu]
    if m.pg:
        per = {key: value / m.files for key, value in m.pg.items()}
        written = per["tup_inserted"] + per["tup_updated"] + per["tup_deleted"]
        cells += [f"{per['xact_commit']:.1f}", f"{per['tup_returned'] + per['tup_fetched']:.0f}", f"{written:.1f}",
                  f"{per['size'] / 1024:.1f}", f"{per['wal'] / 1024:.1f}"]
    else:
        cells += ["-"] * 5
    cells += [f"{m.loads[0]:.1f}/{m.loads[1]:.1f}", m.status]
    return "| " + " | ".join(cells) + " |"


def run_workers_scaling(*, folder: Path, counts: list[int], backends: list[str], database_url: str,
                        chunk_files: int, redis_url: str) -> None:
    """Measure every backend and worker count on ``folder`` (Django set up on ``database_url``), a row each."""
    from django.db import connection

    files = sum(1 for _ in folder.rglob("*.txt"))
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']}), {files} files, "
          f"chunks of {chunk_files}, {os.cpu_count()} CPUs, load {os.getloadavg()}")
    sample = statements_per_document(folder, min(files, chunk_files))
    print(f"chunk task, measured in-process over {sample['files']:.0f} files: "
          f"{sample['statements']:.1f} statements/doc, {sample['bytes'] / 1024:.1f} KB of SQL+parameters/doc")
    print(HEADER)
    print("|---" * (HEADER.count("|") - 1) + "|", flush=True)
    results: list[Measure] = []
    for backend in backends:
        env = worker_environment(database_url, backend, chunk_files, redis_url)
        for workers in counts:
            m = measure(folder, backend, workers, env)
            results.append(m)
            one = next((r for r in results if r.backend == backend and r.workers == 1), None)
            print(row(m, one), flush=True)
