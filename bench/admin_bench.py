"""Admin benchmark: the desk's screens on N = 100,000 realistic articles.

    python bench/admin_bench.py --reuse bench/out/admin-100k.sqlite3
    python bench/admin_bench.py --database-url postgres://postgres@127.0.0.1:5432/helper_e --reuse

Fills the database once (bench/admin_fill.py: bulk inserts that keep the
services' invariants, ~1.5 editions, ~3 versions of 3-6 KB, ~10 tag
suggestions and ~3 tags per article) and, with ``--reuse``, keeps it for the
next run. Then renders with Django's test client, logged in as a user in the
Editor and Reviewer groups (and as a superuser), after warm-up runs:

* the article changelist under every subset of its five filters (state,
  review, language, tag, pending tag suggestions: 32 combinations, each
  with its least selective value) and every value of each filter alone, with
  search, sorting and Django 5's facet counts (``_facets=1``);
* the page size: the same pages with ``list_per_page`` 20 and 100, whose
  query counts must be equal;
* the desk (change page), both compare screens and the review queue.

For each page: median and p95 render time (wall clock), the median CPU time
of this process (on SQLite that includes the database's work; it is the
figure least disturbed by other load on the machine), the query count, and the
ratio of the median to the baseline measured in the same run: Django's own
admin changelist of ``auth.Group`` with as many rows, same page size (the
same middleware, session, permission checks, paginator count and template
rendering, with a trivial model: whatever the desk costs beyond it is ours).
Pages over the target (300 ms, SQLite) get their slowest query explained
(EXPLAIN QUERY PLAN / EXPLAIN ANALYZE) with ``--explain``.
"""

from __future__ import annotations

import argparse
import itertools
import re
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 300.0
SLOW_MS = 5000.0  # a page slower than this in warm-up is timed once, not --reps times
CHANGELIST = "/admin/editorial/article/"


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    os.environ.setdefault("SECRET_KEY", "bench")
    os.environ["DEBUG"] = "0"  # as in production: cached templates, no query log
    os.environ["ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()


def prepare(n: int, reuse: bool, copy_from: str | None = None, workers: int = 3, log=print) -> None:
    """Fill an empty database, or check that a reused one holds ``n`` articles."""
    from django.core.management import call_command

    from editorial.models import Article

    call_command("migrate", verbosity=0)
    have = Article.objects.count()
    if reuse and have == n:
        log(f"reusing the filled database ({have} articles)")
        return
    if reuse and 0 < have < n and not copy_from:
        log(f"resuming a partial fill ({have} articles)")
    elif have:
        log(f"database holds {have} articles, not {n}: emptying it (a scratch database)")
        call_command("flush", interactive=False, verbosity=0)
        call_command("migrate", verbosity=0)  # the role groups again
    from bench.admin_fill import fill, fill_groups
    from bench.admin_fill_db import copy_from_sqlite

    t0 = time.perf_counter()
    if copy_from:
        copy_from_sqlite(copy_from, log=log)
    else:
        fill(n, workers=workers, log=log)
    from django.contrib.auth.models import Group

    fill_groups(n - Group.objects.filter(name__startswith="bench group").count())
    log(f"fill time: {time.perf_counter() - t0:.0f}s for {n} articles (+ {n} auth groups for the baseline)")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


class Bench:
    def __init__(self, *, reps: int, warmup: int, explain: bool, skip: str | None = None):
        from django.test import Client

        self.reps, self.warmup, self.explain = reps, warmup, explain
        self.skip = re.compile(skip) if skip else None
        self.client = Client()
        self.rows: list[dict] = []
        self.baseline_ms: float | None = None

    def login(self, username: str) -> None:
        from django.contrib.auth.models import User

        self.client.force_login(User.objects.get(username=username))

    def measure(self, name: str, url: str, *, reps: int | None = None, group: str = "") -> dict:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        if self.skip and self.skip.search(name):
            print(f"{name:<58} skipped (--skip)", flush=True)
            return {"median": float("nan")}
        times, cpu, counts, slowest = [], [], set(), None
        runs = reps or self.reps
        for _ in range(self.warmup):
            start = time.perf_counter()
            response = self.client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{name}: {url} answered {response.status_code}")
            if (time.perf_counter() - start) * 1000 > SLOW_MS:
                runs = 1  # hopeless page: one timed run says enough
                break
        for _ in range(runs):
            with CaptureQueriesContext(connection) as ctx:
                start, start_cpu = time.perf_counter(), time.process_time()
                response = self.client.get(url)
                if hasattr(response, "render") and not response.is_rendered:
                    response.render()
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            counts.add(len(ctx.captured_queries))
            top = max(ctx.captured_queries, key=lambda q: float(q["time"]), default=None)
            if top and (slowest is None or float(top["time"]) > float(slowest["time"])):
                slowest = top
        row = {"group": group, "name": name, "url": url, "median": statistics.median(times),
               "p95": percentile(times, 0.95), "cpu": statistics.median(cpu), "queries": sorted(counts),
               "slowest": slowest}
        self.rows.append(row)
        ratio = f"{row['median'] / self.baseline_ms:5.1f}x" if self.baseline_ms else "  —  "
        flag = "" if row["median"] < TARGET_MS else "  OVER TARGET"
        queries = "/".join(map(str, row["queries"]))
        print(f"{name:<58} {row['median']:8.1f} {row['p95']:8.1f} {row['cpu']:8.1f} {queries:>7} {ratio}{flag}",
              flush=True)
        if self.explain and row["median"] >= TARGET_MS and slowest:
            print(explain(slowest["sql"], float(slowest["time"])), flush=True)
        return row


def explain(sql: str, seconds: float) -> str:
    from django.db import connection

    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql)
        plan = "\n".join("      " + " | ".join(str(c) for c in row) for row in cursor.fetchall())
    return f"    slowest query ({seconds * 1000:.0f} ms): {sql[:600]}\n{plan}"


def header(title: str) -> None:
    print(f"\n## {title}\n{'page (ms)':<58} {'median':>8} {'p95':>8} {'cpu':>8} {'queries':>7} ratio", flush=True)


def filter_values():
    """Every value of each changelist filter, the least selective first."""
    from django.db.models import Count

    from editorial.models import ArticleTag, Edition

    languages = list(Edition.objects.values("language").annotate(n=Count("pk")).order_by("-n")
                     .values_list("language", flat=True))
    tag_use = list(ArticleTag.objects.values("tag").annotate(n=Count("pk")).order_by("-n").values_list("tag", "n"))
    popular, rare = tag_use[0][0], tag_use[-1][0]
    return {
        "state": ["draft", "in_review", "changes_requested", "approved", "rejected", "live"],
        "waiting": ["any", "me"],
        "language": languages,
        "tag": [str(popular), str(rare)],
        "pending_tags": ["no", "yes"],
    }


def query(params: dict) -> str:
    from urllib.parse import urlencode

    return CHANGELIST + ("?" + urlencode(params) if params else "")


def run_changelist(bench: Bench, values: dict, exhaustive: bool) -> None:
    header("Article changelist: every filter value alone")
    bench.measure("unfiltered", CHANGELIST, group="filters")
    for name, options in values.items():
        for value in options:
            bench.measure(f"{name}={value}", query({name: value}), group="filters")
    header("Article changelist: every combination of filters (least selective value each)")
    names = list(values)
    for size in range(2, len(names) + 1):
        for combo in itertools.combinations(names, size):
            params = {name: values[name][0] for name in combo}
            bench.measure("&".join(f"{k}={v}" for k, v in params.items()), query(params), group="combinations")
    header("Article changelist: selective combinations")
    for params in (
        {"state": "in_review", "waiting": "me", "language": "de"},
        {"state": "approved", "language": "ar", "tag": values["tag"][1]},
        {"state": "live", "tag": values["tag"][0], "pending_tags": "yes"},
        {"state": "rejected", "waiting": "any", "language": values["language"][-1], "tag": values["tag"][1],
         "pending_tags": "yes"},
    ):
        bench.measure("&".join(f"{k}={v}" for k, v in params.items()), query(params), group="combinations")
    if exhaustive:
        header("Article changelist: exhaustive sweep (every value of every filter, combined)")
        choices = [[None, *values[name]] for name in names]
        for combo in itertools.product(*choices):
            params = {name: value for name, value in zip(names, combo) if value is not None}
            bench.measure("&".join(f"{k}={v}" for k, v in params.items()) or "unfiltered", query(params),
                          reps=3, group="exhaustive")
    header("Article changelist: search, sorting, facets")
    from editorial.models import Article

    sample = Article.objects.order_by("pk")[len_half()]
    title = sample.original_edition.latest_version.title
    number = next((w.strip(".。") for w in sample.original_edition.latest_version.texts[0].split()
                   if w.strip(".。").isdigit() and len(w) > 4), "")
    for label, term in (("a common word", "budget"), ("a word in one article's text", number),
                        ("an article's title", title[:40]), ("no match", "zzqxjv")):
        bench.measure(f"q={label}", query({"q": term}), group="search")
    bench.measure("q=a common word & state=draft & language=en",
                  query({"q": "budget", "state": "draft", "language": values["language"][0]}), group="search")
    bench.measure("sort by title (o=1)", query({"o": "1"}), group="sort")
    bench.measure("sort by title descending (o=-1)", query({"o": "-1"}), group="sort")
    bench.measure("sort by updated (o=5)", query({"o": "5"}), group="sort")
    bench.measure("sort by updated ascending (o=-5)", query({"o": "-5"}), group="sort")
    bench.measure("sort by title & state=draft", query({"o": "1", "state": "draft"}), group="sort")
    bench.measure("facets (_facets=1)", query({"_facets": "1"}), group="facets")
    bench.measure("facets & state=draft & language=en",
                  query({"_facets": "1", "state": "draft", "language": values["language"][0]}), group="facets")
    bench.measure("facets & q=a common word", query({"_facets": "1", "q": "budget"}), group="facets")


def len_half() -> int:
    from editorial.models import Article

    return Article.objects.count() // 2


def run_page_sizes(bench: Bench) -> None:
    """Query counts must not grow with the page size."""
    from django.contrib import admin

    from editorial.models import Article

    header("Page size: list_per_page 20 vs 100 (query counts must be equal)")
    article_admin = admin.site._registry[Article]
    original = article_admin.list_per_page
    try:
        for per_page in (20, 100):
            article_admin.list_per_page = per_page
            for label, params in (("unfiltered", {}), ("state=draft&language=de", {"state": "draft", "language": "de"}),
                                  ("q=budget", {"q": "budget"})):
                bench.measure(f"{per_page} per page: {label}", query(params), group=f"per-page-{per_page}")
    finally:
        article_admin.list_per_page = original
    by_label: dict[str, set] = {}
    for row in bench.rows:
        if row["group"].startswith("per-page"):
            by_label.setdefault(row["name"].split(": ", 1)[1], set()).update(row["queries"])
    for label, counts in by_label.items():
        verdict = "constant" if len(counts) == 1 else "GROWS WITH PAGE SIZE"
        print(f"  {label}: queries {sorted(counts)} -> {verdict}")


def run_screens(bench: Bench) -> None:
    from django.db.models import Count, F

    from editorial.models import Article, Edition, Version

    header("Desk, compare screens, review queue")
    articles = list(
        Article.objects.annotate(n=Count("editions")).filter(n=3).order_by("pk").values_list("pk", flat=True)[:1]
    ) + list(Article.objects.annotate(n=Count("editions")).filter(n=1).order_by("pk").values_list("pk", flat=True)[:1])
    big = (Edition.objects.filter(latest_version__number=4, live_version__isnull=False)
           .exclude(live_version=F("latest_version")).order_by("pk").first())
    for label, pk in (("3 editions", articles[0]), ("1 edition", articles[1]),
                      ("4 versions, live + newer draft", big.article_id)):
        bench.measure(f"desk ({label})", f"/admin/editorial/article/{pk}/change/", group="desk")
    bench.measure("compare latest ↔ live", f"/admin/editorial/article/{big.article_id}/compare/{big.pk}/",
                  group="compare")
    first = Version.objects.filter(edition=big, number=1).get()
    bench.measure("compare v1 ↔ v4", f"/admin/editorial/article/{big.article_id}/compare/{big.pk}/"
                  f"?a={first.pk}&b={big.latest_version_id}", group="compare")
    imported = Version.objects.filter(source_document__isnull=False, edition__article_id=big.article_id).get()
    bench.measure("source ↔ cleaned (imported version)",
                  f"/admin/editorial/article/{big.article_id}/source/{imported.pk}/", group="compare")
    bench.measure("review queue (waiting for me)", "/admin/editorial/reviewitem/", group="queue")
    bench.measure("review queue (everything in review)", "/admin/editorial/reviewitem/?for=all", group="queue")
    bench.measure("review queue (search)", "/admin/editorial/reviewitem/?for=all&q=budget", group="queue")


def run_baseline(bench: Bench) -> None:
    """Django's own changelist of a trivial model with as many rows."""
    from django.contrib import admin
    from django.contrib.auth.models import Group

    from editorial.models import Article

    header("Baselines (same run)")
    group_admin = admin.site._registry[Group]
    original = group_admin.list_per_page
    group_admin.list_per_page = admin.site._registry[Article].list_per_page
    try:
        row = bench.measure(f"auth.Group changelist, {Group.objects.count()} rows, superuser",
                            "/admin/auth/group/", group="baseline")
    finally:
        group_admin.list_per_page = original
    bench.baseline_ms = row["median"]
    times, cpu = [], []
    for _ in range(bench.warmup + bench.reps):
        start, start_cpu = time.perf_counter(), time.process_time()
        list(Article.objects.order_by("-updated_at")[:50])
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    times, cpu = times[bench.warmup:], cpu[bench.warmup:]
    print(f"{'Article.objects.order_by(-updated_at)[:50] (ORM only)':<58} {statistics.median(times):8.1f} "
          f"{percentile(times, 0.95):8.1f} {statistics.median(cpu):8.1f} {1:>7}")


def summary(bench: Bench) -> None:
    print("\n## Summary")
    rows = [r for r in bench.rows if r["group"] != "baseline"]
    for group in dict.fromkeys(r["group"] for r in rows):
        members = [r for r in rows if r["group"] == group]
        worst = max(members, key=lambda r: r["median"])
        over = sum(r["median"] >= TARGET_MS for r in members)
        print(f"{group:<16} {len(members):4} pages, worst median {worst['median']:7.1f} ms ({worst['name']}), "
              f"{over} over {TARGET_MS:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="articles (default: %(default)s)")
    parser.add_argument("--database-url", help="a SCRATCH database (emptied unless it already holds --n articles "
                        "and --reuse is given); default: SQLite at --reuse or bench/out/admin-<n>.sqlite3")
    parser.add_argument("--reuse", nargs="?", const="", default=None, metavar="SQLITE_PATH",
                        help="keep the filled database between runs (optionally: the SQLite file to use)")
    parser.add_argument("--copy-from", metavar="SQLITE_PATH",
                        help="PostgreSQL: copy the rows of a database this script filled instead of filling again")
    parser.add_argument("--workers", type=int, default=3, help="processes building rows for the fill")
    parser.add_argument("--reps", type=int, default=7, help="timed repetitions per page (default: %(default)s)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed runs per page first (default: %(default)s)")
    parser.add_argument("--exhaustive", action="store_true",
                        help="also sweep the full product of every filter value (1,512 pages, 3 runs each)")
    parser.add_argument("--explain", action="store_true", help="explain the slowest query of pages over target")
    parser.add_argument("--no-check", action="store_true", help="do not re-check the fill's invariants")
    parser.add_argument("--skip", metavar="REGEX", help="do not measure pages whose name matches")
    parser.add_argument("--only", choices=["changelist", "pages", "screens"], help="measure one part only")
    args = parser.parse_args()
    if args.database_url:
        url = args.database_url
    else:
        path = Path(args.reuse) if args.reuse else ROOT / "bench" / "out" / f"admin-{args.n}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        if args.reuse is None and path.exists():
            path.unlink()  # a fresh fill unless asked to reuse
        url = f"sqlite:///{path.resolve()}"
    setup_django(url)
    from django.db import connection

    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
    prepare(args.n, args.reuse is not None, args.copy_from, args.workers)
    from bench.admin_fill_db import check_invariants

    if not args.no_check:
        broken = {k: v for k, v in check_invariants().items() if v}
        print("invariants: " + ("all hold" if not broken else f"BROKEN {broken}"), flush=True)
    bench = Bench(reps=args.reps, warmup=args.warmup, explain=args.explain, skip=args.skip)
    bench.login("root")
    run_baseline(bench)
    bench.login("desk")
    if args.only in (None, "changelist"):
        run_changelist(bench, filter_values(), args.exhaustive)
    if args.only in (None, "pages"):
        run_page_sizes(bench)
    if args.only in (None, "screens"):
        run_screens(bench)
    if args.only is None:
        bench.login("root")
        header("Superuser")
        bench.measure("superuser: changelist unfiltered", CHANGELIST, group="superuser")
        bench.measure("superuser: state=draft&waiting=me", query({"state": "draft", "waiting": "me"}),
                      group="superuser")
        bench.measure("superuser: review queue", "/admin/editorial/reviewitem/", group="superuser")
    summary(bench)


if __name__ == "__main__":
    main()
