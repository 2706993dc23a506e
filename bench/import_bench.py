"""Import benchmark: pipeline, full import, re-import, memory, vs. a baseline.

    python bench/import_bench.py --n 10000
    python bench/import_bench.py --scaling 1000,5000,10000   # peak memory vs N
    python bench/import_bench.py --cpu 2000 --dump out.jsonl --profile prof.txt
    python bench/import_bench.py --workers-scaling --files 10000 --database-url postgres://.../scratch


One run generates N realistic raw files (bench/corpus_gen.py), then measures
on a fresh database (SQLite by default, or --database-url):

* pipeline only: clean_document() over every file, no database;
* baseline: bulk-inserting the same rows (source document, article, edition,
  version) with no processing at all — the floor any import pays;
* full import: ``manage.py import_seeds`` on the folder;
* re-import: the same command again (everything unchanged);
* peak memory: max RSS of this process (which also runs the pipeline-only
  stage, so it holds the same caches a cleaning worker does).

and prints each figure plus the ratio of full import to the baseline.

``--cpu N`` measures CPU time instead of wall time (the machine is shared, so
wall time says more about the neighbours than about the code): the pipeline
over the first N generated files in this process (warm: the first 50 files
cleaned once before), then a full import and a re-import with ``--workers 0``, so cleaning
and writing are both counted in this process's ``time.process_time()``.
``--dump`` writes every cleaned document as one JSON line (compare two runs
with ``cmp`` or ``diff``: the cleaning must not change); ``--profile`` writes
the pipeline's cProfile (CPU-time timer) sorted by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus_gen import generate  # noqa: E402
from bench.workers_bench import run_workers_scaling  # noqa: E402


def peak_rss_mb() -> float:
    """Max RSS of this process (pipeline-only stage and the importer)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ.setdefault("DEBUG", "0")  # as in production: no query log
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    # A given --database-url must be a scratch database: start it empty.
    call_command("flush", interactive=False, verbosity=0)


def files_of(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


def bench_pipeline(folder: Path) -> tuple[float, int]:
    from corpus.pipeline import RefusedInput, build_matcher, clean_document

    matcher = build_matcher([])
    count = 0
    start = time.perf_counter()
    for path in files_of(folder):
        try:
            clean_document(path.read_bytes(), matcher=matcher)
        except RefusedInput:
            pass
        count += 1
    return time.perf_counter() - start, count


def bench_baseline(folder: Path) -> float:
    """Bulk-insert the same rows with no processing, then remove them."""
    from django.db import connection, transaction

    from corpus.models import ImportRun, SourceDocument
    from editorial.models import Article, Edition, Event, Version

    start = time.perf_counter()
    run = ImportRun.objects.create()
    batch: list[tuple[Path, bytes]] = []

    def flush() -> None:
        with transaction.atomic():
            docs = SourceDocument.objects.bulk_create(
                SourceDocument(
                    import_run=run, source_name=str(p), file_name=p.name,
                    sha256=hashlib.sha256(d).hexdigest(), size=len(d), raw=d, encoding="utf-8",
                    language="und", language_confidence=0.0, cleaned_paragraphs=[],
                    report={}, pipeline_version="baseline",
                )
                for p, d in batch
            )
            articles = Article.objects.bulk_create(Article(source_name=str(p)) for p, _ in batch)
            editions = Edition.objects.bulk_create(Edition(article=a, language="und") for a in articles)
            for article, edition in zip(articles, editions):
                article.original_edition = edition
            Article.objects.bulk_update(articles, ["original_edition"])
            versions = Version.objects.bulk_create(
                Version(
                    edition=e, number=1, origin="import", title=p.name,
                    # PostgreSQL's jsonb refuses NUL characters (UTF-16 files).
                    paragraphs=[{"id": "p1", "text": d.decode("utf-8", "replace").replace("\x00", "")}],
                    source_document=doc,
                )
                for e, doc, (p, d) in zip(editions, docs, batch)
            )
            Event.objects.bulk_create(
                Event(article=e.article, edition=e, version=v, action="imported", to_state="draft")
                for e, v in zip(editions, versions)
            )
        batch.clear()

    for path in files_of(folder):
        batch.append((path, path.read_bytes()))
        if len(batch) >= 500:
            flush()
    flush()
    elapsed = time.perf_counter() - start
    # Plain DELETEs: the ORM's delete() would load every row into memory
    # first, and the peak memory figure is about the import, not cleanup.
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {Edition._meta.db_table} SET latest_version_id = NULL, live_version_id = NULL")
        cursor.execute(f"UPDATE {Article._meta.db_table} SET original_edition_id = NULL")
        for model in (Event, Version, Edition, Article, SourceDocument, ImportRun):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")
    return elapsed


def bench_command(folder: Path) -> tuple[float, str]:
    from django.core.management import call_command
    from django.core.management.base import CommandError

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    try:
        call_command("import_seeds", str(folder), "--no-progress", stdout=out, stderr=err)
    except CommandError as exc:  # some generated files may be refused; still measured
        err.write(str(exc))
    return time.perf_counter() - start, (out.getvalue() + err.getvalue()).strip().splitlines()[0]


def run_once(n: int, database_url: str | None, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        work = keep or Path(tmp)
        folder = work / "corpus"
        t0 = time.perf_counter()
        size = generate(folder, n)
        print(f"generated {n} files, {size / 1e6:.1f} MB, in {time.perf_counter() - t0:.1f}s")
        setup_django(database_url or f"sqlite:///{work / 'bench.sqlite3'}")
        from django.db import connection

        print(f"database: {connection.vendor}")

        pipe_s, count = bench_pipeline(folder)
        base_s = bench_baseline(folder)
        full_s, full_summary = bench_command(folder)
        again_s, again_summary = bench_command(folder)

        def rate(seconds: float) -> float:
            return count / seconds if seconds else float("inf")

        print(f"pipeline only : {rate(pipe_s):9.1f} docs/s  ({pipe_s:.2f}s)")
        print(f"baseline      : {rate(base_s):9.1f} docs/s  ({base_s:.2f}s)  bulk insert, no processing")
        print(f"full import   : {rate(full_s):9.1f} docs/s  ({full_s:.2f}s)  {full_summary}")
        print(f"re-import     : {rate(again_s):9.1f} docs/s  ({again_s:.2f}s)  {again_summary}")
        print(f"peak memory   : {peak_rss_mb():9.1f} MB (max RSS, main process)")
        print(
            f"ratio full import / baseline throughput: {rate(full_s) / rate(base_s):.3f} "
            f"(full import takes {full_s / base_s:.1f}x the baseline's time)"
        )


def cleaned_json(outcome) -> str:
    """One cleaned document (or the refusal) as a stable JSON line."""
    if isinstance(outcome, Exception):
        return json.dumps({"refused": str(outcome)}, ensure_ascii=False)
    return json.dumps(dataclasses.asdict(outcome), ensure_ascii=False, default=str, sort_keys=True)


def run_cpu(n: int, dump: Path | None, profile: Path | None, database_url: str | None) -> None:
    """CPU time per document: pipeline alone, then full import and re-import in one process."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        generate(folder, n)
        files = files_of(folder)
        setup_django(database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        from django.core.management import call_command

        from corpus.pipeline import RefusedInput, build_matcher, clean_document

        matcher = build_matcher([])
        for path in files[:50]:  # warm: models, dictionaries and tables of every language loaded
            try:
                clean_document(path.read_bytes(), matcher=matcher)
            except RefusedInput:
                pass
        profiler = cProfile.Profile(time.process_time) if profile else None
        out = dump.open("w", encoding="utf-8") if dump else None
        spent = 0.0
        for path in files:
            data = path.read_bytes()
            start = time.process_time()
            if profiler:
                profiler.enable()
            try:
                outcome = clean_document(data, matcher=matcher)
            except RefusedInput as exc:
                outcome = exc
            if profiler:
                profiler.disable()
            spent += time.process_time() - start
            if out:
                out.write(f"{path.relative_to(folder)}\t{cleaned_json(outcome)}\n")
        if out:
            out.close()
        if profiler:
            with profile.open("w") as stream:
                pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(80)
        print(f"pipeline only : {1000 * spent / len(files):6.2f} ms CPU/doc  ({len(files)} files)")
        for label in ("full import", "re-import"):
            start = time.process_time()
            call_command("import_seeds", str(folder), "--no-progress", "--workers", "0",
                         stdout=io.StringIO(), stderr=io.StringIO())
            spent = time.process_time() - start
            print(f"{label:14}: {1000 * spent / len(files):6.2f} ms CPU/doc  "
                  f"({len(files) / spent:.0f} docs per CPU-second, one process, cleaning included)")


def run_scaling(sizes: list[int], database_url: str | None) -> None:
    print("N, full import docs/s, peak RSS MB")
    for n in sizes:
        cmd = [sys.executable, __file__, "--n", str(n)]
        if database_url:
            cmd += ["--database-url", database_url]
        output = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        full = next(line for line in output.splitlines() if line.startswith("full import"))
        peak = next(line for line in output.splitlines() if line.startswith("peak memory"))
        print(f"{n}, {full.split()[3]}, {peak.split()[3]}")


def run_workers(args: argparse.Namespace) -> None:
    """--workers-scaling: a background import over 1, 2, 4... task workers (bench/workers_bench.py)."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        folder = (args.keep or Path(tmp)) / "corpus"
        if not (args.keep and folder.exists()):
            start = time.perf_counter()
            size = generate(folder, args.files)
            print(f"generated {args.files} files, {size / 1e6:.1f} MB, in {time.perf_counter() - start:.1f}s")
        os.environ["NEWSDESK_IMPORT_CHUNK_FILES"] = str(args.chunk_files)
        database_url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        setup_django(database_url)
        run_workers_scaling(
            folder=folder, counts=[int(x) for x in args.worker_counts.split(",")],
            backends=args.backends.split(","), database_url=database_url, chunk_files=args.chunk_files,
            redis_url=args.redis_url,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="number of documents (default: %(default)s)")
    parser.add_argument(
        "--database-url",
        help="a SCRATCH database, emptied first (default: a fresh SQLite file in a temp folder)",
    )
    parser.add_argument("--scaling", help="comma-separated Ns: run each in its own process, report peak RSS")
    parser.add_argument("--keep", type=Path, help="keep generated files and database in this folder")
    parser.add_argument("--cpu", type=int, metavar="N", help="CPU time per document over N files (see above)")
    parser.add_argument("--dump", type=Path, help="with --cpu: write each cleaned document as a JSON line")
    parser.add_argument("--profile", type=Path, help="with --cpu: write the pipeline's CPU profile here")
    parser.add_argument("--workers-scaling", action="store_true",
                        help="background import over --worker-counts task worker processes (see workers_bench.py)")
    parser.add_argument("--files", type=int, default=100_000, help="with --workers-scaling: files (%(default)s)")
    parser.add_argument("--worker-counts", default="1,2,4", help="with --workers-scaling (default: %(default)s)")
    parser.add_argument("--backends", default="database",
                        help="with --workers-scaling: comma-separated, database and/or rq (default: %(default)s)")
    parser.add_argument("--chunk-files", type=int, default=200, help="files per chunk (default: %(default)s)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/3",
                        help="with --backends rq: a SCRATCH Redis database, emptied first (default: %(default)s)")
    args = parser.parse_args()
    if args.workers_scaling:
        run_workers(args)
    elif args.cpu:
        run_cpu(args.cpu, args.dump, args.profile, args.database_url)
    elif args.scaling:
        run_scaling([int(x) for x in args.scaling.split(",")], args.database_url)
    else:
        run_once(args.n, args.database_url, args.keep)


if __name__ == "__main__":
    main()
