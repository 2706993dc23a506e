"""CPU time of the import's writing half alone (everything after the pipeline).

    python bench/import_writing.py CHECKOUT N [--queries] [--profile out.txt] [--dump rows.txt] [--db URL]

CHECKOUT is the code to measure (this repository, or an exported older
commit: `git archive <commit> | tar -x -C /tmp/before`), so before and after
run on the same generated files (bench/corpus_gen.py, seed 7, kept in
$TMPDIR/newsdesk-writing-corpus-N). Every file is cleaned first; then ``import_seeds
--workers 0`` runs with ``clean_document`` answered from those results, so
its ``process_time`` is the writing only (full import, then re-import).
``--queries`` counts statements per document by table, with the CPU each
kind takes below Django's cursor (SQLite's own work included), ``--profile`` writes a cProfile (CPU timer),
``--dump`` every corpus/editorial row and the desk FTS table, timestamps
left out (compare two checkouts after replacing the random paragraph ids:
``sed -E 's/"id": "p[0-9a-f]{10}"/"id": "P"/g'``).
"""
import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("root")
ap.add_argument("n", type=int)
ap.add_argument("--profile")
ap.add_argument("--dump")
ap.add_argument("--db")
ap.add_argument("--queries", action="store_true")
a = ap.parse_args()
root = Path(a.root).resolve()  # the checkout measured
sys.path.insert(0, str(root))
os.chdir(root)

corpus_dir = Path(tempfile.gettempdir()) / f"newsdesk-writing-corpus-{a.n}"  # generated once, reused
if not corpus_dir.exists():
    from bench.corpus_gen import generate
    generate(corpus_dir, a.n)

tmp = Path(tempfile.mkdtemp(prefix="isp-"))
os.environ["DATABASE_URL"] = a.db or f"sqlite:///{tmp}/db.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("SECRET_KEY", "bench")
os.environ["DEBUG"] = "0"
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("flush", interactive=False, verbosity=0)
import corpus.services.ingest as ingest
assert str(Path(ingest.__file__).resolve()).startswith(str(root)), ingest.__file__
from corpus.pipeline import RefusedInput, build_matcher, clean_document

files = sorted(corpus_dir.rglob("*.txt"))
cache = {}
real = clean_document
for p in files:
    d = p.read_bytes()
    try:
        cache[d] = ("ok", real(d, matcher=build_matcher([])))
    except RefusedInput as e:
        cache[d] = ("err", e)


def cached(data, **kw):
    kind, v = cache[data]
    if kind == "err":
        raise v
    return v


ingest.clean_document = cached

from collections import Counter

from django.db import connection

counts: Counter = Counter()
spent: Counter = Counter()


def timed(execute, sql, params, many, context):
    """Statements by kind and table, with the CPU they take (SQLite runs in this process)."""
    word = sql.split(" ")[0]
    key = word + " " + (sql.split('"')[1] if '"' in sql and word not in ("SAVEPOINT", "RELEASE") else "")
    start = time.process_time()
    try:
        return execute(sql, params, many, context)
    finally:
        counts[key] += 1
        spent[key] += time.process_time() - start


prof = cProfile.Profile(time.process_time) if a.profile else None
for label in ("full", "again"):
    out, err = io.StringIO(), io.StringIO()
    counts.clear()
    spent.clear()
    t0 = time.process_time()
    w0 = time.perf_counter()
    if prof and label == "full":
        prof.enable()
    if a.queries:
        with connection.execute_wrapper(timed):
            call_command("import_seeds", str(corpus_dir), "--no-progress", "--workers", "0", stdout=out, stderr=err)
    else:
        call_command("import_seeds", str(corpus_dir), "--no-progress", "--workers", "0", stdout=out, stderr=err)
    if prof and label == "full":
        prof.disable()
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    first = (out.getvalue().strip() or err.getvalue()).splitlines()[0][:200]
    print(f"{label:6} {1000*cpu/len(files):6.3f} ms CPU/doc  wall {1000*wall/len(files):6.3f} ms/doc  {first}")
    if a.queries and label == "full":
        print(f"  statements/doc {sum(counts.values())/len(files):.2f}, "
              f"{1000*sum(spent.values())/len(files):.3f} ms CPU/doc in the driver and database")
        for key, n in counts.most_common():
            print(f"   {n/len(files):6.2f} {1000*spent[key]/len(files):7.3f} ms  {key}")
if prof:
    with open(a.profile, "w") as f:
        st = pstats.Stats(prof, stream=f)
        st.sort_stats("tottime").print_stats(60)
        st.sort_stats("cumulative").print_stats(120)
        for fn in ("desk_search_entry_update", "version_create", "article_import_source", "_store",
                   "_suggest_tags", "record_event"):
            st.print_callees(fn)

if a.dump:
    # Every row of the tables the import writes, ids kept (same order of
    # inserts must give the same ids), timestamps dropped.
    from django.apps import apps
    skip_cols = {"created_at", "updated_at", "started_at", "finished_at", "heartbeat_at", "imported_at"}
    with open(a.dump, "w") as f:
        for model in sorted(apps.get_models(), key=lambda m: m._meta.db_table):
            if model._meta.app_label not in ("corpus", "editorial"):
                continue
            cols = [fl.column for fl in model._meta.concrete_fields if fl.column not in skip_cols
                    and "_at" not in fl.column]
            if model._meta.db_table == "corpus_importrun":
                continue
            qn = connection.ops.quote_name
            with connection.cursor() as cur:
                cur.execute(f"SELECT {', '.join(qn(c) for c in cols)} FROM {qn(model._meta.db_table)} ORDER BY 1")
                rows = cur.fetchall()
            f.write(f"## {model._meta.db_table} {len(rows)} {cols}\n")
            for r in rows:
                f.write(repr(tuple(bytes(x).hex()[:64] if isinstance(x, (bytes, memoryview)) else x for x in r)) + "\n")
        for t in ("editorial_desk_fts",) if connection.vendor == "sqlite" else ():
            with connection.cursor() as cur:
                cur.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")
                rows = cur.fetchall()
            f.write(f"## {t} {len(rows)}\n")
            for r in rows:
                f.write(repr(r) + "\n")
