"""Public site benchmark: gunicorn + production settings under wrk.

    python bench/public_bench.py --live 10000             # fill once (bench/out/public-10000.sqlite3), measure
    python bench/public_bench.py --live 1000 10000 --reuse
    python bench/public_bench.py --live 10000 --reuse --database-url postgres://postgres@127.0.0.1:5432/public_cache_bench

Fills a scratch database with about ``--live`` live articles (bench/admin_fill.py's
bulk fill, which keeps every invariant of the services, with most latest
versions approved; some editions stay drafts, in review, withdrawn or
scheduled, as on a real site) and indexes their live versions for search as
``search_entry_update`` does. Then, for each N, in one run:

* **static**: the article page saved as a file, served by Debian's nginx
  (its own config in a temporary folder, one worker);
* **plain Django**: a tutorial-style detail view of the same article
  (bench/plain_urls.py: one ``get()``, one template) under the same
  gunicorn and production settings;
* **product, page cache off**: the article page, a language front page and
  search (varied queries; at 32 connections, and at 2 connections for the
  service time the p95 target is about);
* **product, page cache on**: the article page and the front page from the
  file cache (the embedded set-up) and from Redis (production), and a
  conditional GET answered 304;
* **nginx in front**: the article through nginx's proxy cache with
  ``NEWSDESK_PAGE_MAX_AGE=1`` (a one-second micro-cache revalidated with
  conditional GETs), the README's front-server set-up.

gunicorn runs ``-w 2 -k gthread --threads 4`` (2 cores; gthread keeps
connections alive, as behind a front server) with
``DJANGO_SETTINGS_MODULE=config.settings.prod``; wrk runs ``-t2 -c32 -d10s``
after a 2 s warm-up. The machine is shared: the load average is printed with
each row. Queries per page are counted in-process with the same settings.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"
NGINX = Path("/usr/sbin/nginx")
WRK = Path("/usr/bin/wrk")
# Status of an edition's latest version for a site that mostly publishes
# (bench/admin_fill.py's desk-shaped weights have a third live).
PUBLIC_LATEST_STATUS = {"approved": 88, "draft": 5, "in_review": 3, "changes_requested": 2, "rejected": 2}
LIVE_SHARE = 0.9  # articles with a published edition, per article filled (measured: see the printout)
PORTS = {"nginx": 18181, "plain": 18182, "off": 18183, "file": 18184, "redis": 18185, "front": 18186, "micro": 18187,
         "baked": 18188, "bakedfront": 18189}

STATS_LUA = """
local paths, n = {}, 0
init = function(args) for _, a in ipairs(args) do paths[#paths + 1] = a end end
request = function()
  if #paths == 0 then return wrk.format(nil) end
  n = n + 1
  return wrk.format(nil, paths[(n % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %.0f %.0f %.0f\\n", summary.requests, summary.duration,
    e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""

NGINX_CONF = """
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  default_type text/html;
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  server {{
    listen 127.0.0.1:{port};
    root {tmp}/static;
    location / {{ try_files $uri $uri/index.html =404; }}
  }}
  # nginx in front of gunicorn as README "Production" shows, caching pages
  # for the max-age the site gives them (NEWSDESK_PAGE_MAX_AGE=1 here) and
  # revalidating with a conditional GET (a 304 from the page cache).
  proxy_cache_path {tmp}/nginx-cache keys_zone=pages:10m max_size=200m inactive=60s use_temp_path=off;
  # nginx answering baked pages itself (NEWSDESK_BAKED_PAGES_DIR, README
  # "Production"), anything else (a cookie, a query, a page not baked yet)
  # from gunicorn.
  map $http_accept_language $newsdesk_ui {{ default en; ~*^de de; ~*^fr fr; }}
  map "$http_cookie$is_args" $newsdesk_baked {{ "" "/$host/$newsdesk_ui"; default "/-"; }}
  upstream newsdesk_baked {{ server 127.0.0.1:{baked}; keepalive 32; }}
  server {{
    listen 127.0.0.1:{bakedfront};
    root {tmp}/baked/current;
    charset utf-8;
    location / {{ try_files $newsdesk_baked$uri/index.html @django; }}
    location @django {{
      proxy_pass http://newsdesk_baked;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
    }}
  }}
  upstream newsdesk {{ server 127.0.0.1:{micro}; keepalive 32; }}
  server {{
    listen 127.0.0.1:{front};
    location / {{
      proxy_pass http://newsdesk;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_cache pages;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_use_stale updating;
    }}
  }}
}}
"""


def env_for(database_url: str, **extra) -> dict:
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_") and k != "REDIS_URL"}
    env = {**inherited, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings.prod",
           "SECRET_KEY": "bench-only-secret-key-" + "x" * 40, "SECURE_SSL_REDIRECT": "0",
           "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "PYTHONPATH": str(ROOT)}
    env.update(extra)
    return env


def setup_django(database_url: str) -> None:
    os.environ.update(env_for(database_url, NEWSDESK_PAGE_CACHE="0"))
    import django

    django.setup()


# -- data -------------------------------------------------------------------

def prepare(live: int, reuse: bool, log=print) -> None:
    from django.core.management import call_command

    from bench import admin_fill
    from editorial.models import Article, Edition

    call_command("migrate", verbosity=0)
    articles = math.ceil(live / LIVE_SHARE)
    have = Article.objects.count()
    if reuse and have == articles:
        log(f"reusing the filled database ({have} articles)")
    else:
        if have:
            log(f"database holds {have} articles, not {articles}: emptying it (a scratch database)")
            call_command("flush", interactive=False, verbosity=0)
            call_command("migrate", verbosity=0)
        admin_fill.LATEST_STATUS = PUBLIC_LATEST_STATUS
        t0 = time.perf_counter()
        admin_fill.fill(articles, log=log)
        index_search(log=log)
        log(f"fill time: {time.perf_counter() - t0:.0f}s for {articles} articles")
    published = Edition.objects.published()
    log(f"live: {published.values('article').distinct().count()} articles, {published.count()} editions "
        f"of {Edition.objects.count()} ({', '.join(f'{row[0]} {row[1]}' for row in _by_language())})")


def _by_language():
    from django.db.models import Count

    from editorial.models import Edition

    return Edition.objects.published().values_list("language").annotate(n=Count("pk")).order_by("-n")


def index_search(log=print) -> None:
    """The search index of every live version, in bulk, with exactly what
    ``editorial.services.search.search_entry_update`` writes."""
    from django.contrib.postgres.search import SearchVector
    from django.db import connection, transaction

    from editorial.models import Edition, SearchEntry
    from editorial.search_text import pg_config, prepare as prepare_text

    t0 = time.perf_counter()
    editions = Edition.objects.filter(live_version__isnull=False).select_related("live_version")
    batch = []
    with transaction.atomic():
        for edition in editions.iterator(chunk_size=2000):
            live = edition.live_version
            batch.append(SearchEntry(edition=edition, version=live, language=edition.language,
                                     title=prepare_text(live.title),
                                     body=prepare_text("\n".join([live.summary, *live.texts]))))
            if len(batch) >= 2000:
                SearchEntry.objects.bulk_create(batch)
                batch = []
        SearchEntry.objects.bulk_create(batch)
        if connection.vendor == "postgresql":
            for language in SearchEntry.objects.values_list("language", flat=True).distinct():
                config = pg_config(language)
                SearchEntry.objects.filter(language=language).update(
                    vector=SearchVector("title", weight="A", config=config)
                    + SearchVector("body", weight="B", config=config)
                    + SearchVector("title", weight="A", config="simple")
                    + SearchVector("body", weight="B", config="simple"))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log(f"  search index: {SearchEntry.objects.count()} live versions ({time.perf_counter() - t0:.0f}s)")


def targets(seed: int = 5) -> dict:
    """The article (English, with tags, an ordinary length), and words
    from live titles for the searches."""
    from django.db.models import Count

    from editorial.models import Edition

    published = Edition.objects.published().with_live()
    edition = (published.filter(language="en").annotate(tags=Count("article__article_tags"))
               .filter(tags__gte=3).order_by("pk")[:200])
    edition = sorted(edition, key=lambda e: abs(len(e.live_version.paragraphs) - 12))[0]
    rng = random.Random(seed)
    titles = list(published.filter(language__in=["en", "de", "fr", "es"]).values_list("live_version__title", flat=True)
                  .order_by("pk")[:2000])
    words = sorted({w.lower() for t in titles for w in re.findall(r"[^\W\d_]{6,}", t)})
    rng.shuffle(words)
    return {"edition": edition, "words": words[:100]}


def count_queries(url: str, urlconf: str | None = None, **headers) -> int:
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    settings = {"ROOT_URLCONF": urlconf} if urlconf else {}
    if urlconf:
        from bench import plain_settings

        settings["TEMPLATES"] = plain_settings.TEMPLATES
    with override_settings(**settings), CaptureQueriesContext(connection) as queries:
        response = Client().get(url, **headers)
        assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def service_times(urls: list[str], *, reps: int = 30, urlconf: str | None = None) -> dict:
    """Wall and CPU time of each request in this process, after a warm-up."""
    from django.test import Client, override_settings

    settings = {}
    if urlconf:
        from bench import plain_settings

        settings = {"ROOT_URLCONF": urlconf, "TEMPLATES": plain_settings.TEMPLATES}
    wall, cpu = [], []
    with override_settings(**settings):
        client = Client()
        for url in urls[:5]:
            client.get(url)
        for _ in range(reps):
            for url in urls:
                start, start_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                wall.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                assert response.status_code == 200, (url, response.status_code)
    wall.sort()
    cpu.sort()
    return {"n": len(wall), "wall_p50": wall[len(wall) // 2], "wall_p95": wall[int(len(wall) * 0.95)],
            "cpu_p50": cpu[len(cpu) // 2], "cpu_p95": cpu[int(len(cpu) * 0.95)]}


# -- servers ------------------------------------------------------------------

def wait_for(port: int, path: str = "/", timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
                response.read()
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"nothing answers on port {port}{path}")


class Server:
    """A process group we started, stopped by its own id."""

    def __init__(self, args: list[str], env: dict, log_path: Path):
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def gunicorn(name: str, env: dict, tmp: Path, workers: int) -> Server:
    port = PORTS[name]
    server = Server([sys.executable, "-m", "gunicorn", "-w", str(workers), "-k", "gthread", "--threads", "4",
                     "--keep-alive", "10", "-b", f"127.0.0.1:{port}", "config.wsgi:application"],
                    env, tmp / f"gunicorn-{name}.log")
    return server


def nginx(tmp: Path, page: bytes, path: str) -> Server:
    target = tmp / "static" / path.strip("/") / "index.html"
    target.parent.mkdir(parents=True)
    target.write_bytes(page)
    (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, port=PORTS["nginx"], front=PORTS["front"],
                                                      micro=PORTS["micro"], baked=PORTS["baked"],
                                                      bakedfront=PORTS["bakedfront"]))
    return Server([str(NGINX), "-c", str(tmp / "nginx.conf"), "-p", str(tmp), "-g", "daemon off;"],
                  dict(os.environ), tmp / "nginx.log")


def wrk(port: int, paths: list[str], *, seconds: int, threads: int, connections: int, tmp: Path,
        headers: dict | None = None) -> dict:
    script = tmp / "stats.lua"
    script.write_text(STATS_LUA)
    base = [str(WRK), f"-t{threads}", f"-c{connections}", "-s", str(script)]
    for name, value in (headers or {}).items():
        base += ["-H", f"{name}: {value}"]
    url = f"http://127.0.0.1:{port}{paths[0]}"
    subprocess.run([*base, "-d2s", url, "--", *paths], capture_output=True, check=True)  # warm-up
    load = os.getloadavg()[0]
    output = subprocess.run([*base, f"-d{seconds}s", url, "--", *paths], capture_output=True, text=True,
                            check=True).stdout
    fields = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)", output)
    if not fields:
        raise SystemExit(f"wrk said:\n{output}")
    requests, micros, bad_status, socket_errors, p50, p95, p99 = map(int, fields.groups())
    return {"rps": requests / (micros / 1e6), "p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000,
            "requests": requests, "non2xx": bad_status, "socket_errors": socket_errors, "load": load}


# -- the run -------------------------------------------------------------------

def run(live: int, database_url: str, args, log=print) -> list[dict]:
    from django.db import connections

    from editorial.pagecache import cache_public_page  # noqa: F401 - fails early if the product lacks it

    prepare(live, args.reuse, log=log)
    chosen = targets()
    edition, words = chosen["edition"], chosen["words"]
    detail = f"/{edition.language}/articles/{edition.article_id}/"
    front = f"/{edition.language}/"
    plain = f"/plain/{edition.live_version_id}/"
    searches = [f"/search/?{urllib.parse.urlencode({'q': word})}" for word in words]
    log(f"article {detail}: {len(edition.live_version.paragraphs)} paragraphs, {edition.tags} tags; "
        f"plain view {plain}; {len(searches)} search words, e.g. {searches[0]}")
    queries = {
        "detail": count_queries(detail),
        "front page": count_queries(front),
        "search": count_queries(searches[0]),
        "plain": count_queries(plain, urlconf="bench.plain_urls"),
    }
    log("queries per page (page cache off): " + ", ".join(f"{k} {v}" for k, v in queries.items()))
    service = {
        "plain": service_times([plain], urlconf="bench.plain_urls"),
        "detail": service_times([detail]),
        "front page": service_times([front]),
        "search": service_times(searches, reps=1),
    }
    log("in-process service time, one request at a time (page cache off; CPU is the figure least "
        "disturbed by other load on the machine):")
    for name, times in service.items():
        log(f"  {name:<11} wall p50 {times['wall_p50']:6.1f} p95 {times['wall_p95']:6.1f} ms, "
            f"CPU p50 {times['cpu_p50']:6.1f} p95 {times['cpu_p95']:6.1f} ms ({times['n']} requests)")
    log(f"  detail / plain CPU: {service['detail']['cpu_p50'] / service['plain']['cpu_p50']:.1f}x")
    connections.close_all()

    rows: list[dict] = []
    options = {"seconds": args.seconds, "threads": args.threads, "connections": args.connections}
    tmp = Path(tempfile.mkdtemp(prefix="public-bench-"))
    tmp.chmod(0o755)  # nginx's workers run as another user when started by root
    servers: list[Server] = []

    def measure(label: str, port: int, paths: list[str], *, page_queries="", **extra) -> dict:
        result = wrk(port, paths, tmp=tmp, **{**options, **extra})
        row = {"n": live, "page": label, "queries": page_queries, **result}
        rows.append(row)
        errors = f"  {result['non2xx']} non-2xx!" if result["non2xx"] else ""
        log(f"{label:<44} {result['rps']:9.0f} {result['p50']:8.2f} {result['p95']:8.2f} {result['p99']:8.2f}"
            f" {str(page_queries):>7} {result['load']:5.1f}{errors}", flush=True)
        return row

    try:
        off = gunicorn("off", env_for(database_url, NEWSDESK_PAGE_CACHE="0"), tmp, args.workers)
        servers.append(off)
        wait_for(PORTS["off"], detail)
        with urllib.request.urlopen(f"http://127.0.0.1:{PORTS['off']}{detail}") as response:
            page = response.read()
        servers.append(nginx(tmp, page, detail))
        servers.append(gunicorn("plain", env_for(database_url, DJANGO_SETTINGS_MODULE="bench.plain_settings"), tmp,
                               args.workers))
        cache_dir = tmp / "cache"
        servers.append(gunicorn("file", env_for(database_url, NEWSDESK_CACHE_DIR=str(cache_dir)), tmp, args.workers))
        servers.append(gunicorn("micro", env_for(database_url, NEWSDESK_CACHE_DIR=str(tmp / "cache-micro"),
                                                 NEWSDESK_PAGE_MAX_AGE="1"), tmp, args.workers))
        servers.append(gunicorn("baked", env_for(database_url, NEWSDESK_CACHE_DIR=str(tmp / "cache-baked"),
                                                 NEWSDESK_BAKED_PAGES_DIR=str(tmp / "baked")), tmp, args.workers))
        redis_url = args.redis_url
        if redis_url:
            import redis

            redis.Redis.from_url(redis_url).flushdb()
            servers.append(gunicorn("redis", env_for(database_url, REDIS_URL=redis_url), tmp, args.workers))
        for name in PORTS:
            if name != "redis" or redis_url:
                wait_for(PORTS[name], plain if name == "plain" else detail)
        micro_headers = urllib.request.urlopen(f"http://127.0.0.1:{PORTS['front']}{detail}").headers
        assert "max-age=1" in micro_headers["Cache-Control"], micro_headers

        log(f"\n{'page (wrk -t%d -c%d -d%ds)' % (args.threads, args.connections, args.seconds):<44} "
            f"{'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'queries':>7} {'load':>5}")
        static = measure("static file, nginx (baseline)", PORTS["nginx"], [detail], page_queries=0)
        plain_row = measure("plain Django detail (baseline)", PORTS["plain"], [plain], page_queries=queries["plain"])
        uncached = measure("article, page cache off", PORTS["off"], [detail], page_queries=queries["detail"])
        measure("front page, page cache off", PORTS["off"], [front], page_queries=queries["front page"])
        search32 = measure("search, page cache off", PORTS["off"], searches, page_queries=queries["search"])
        search2 = measure("search, 2 connections", PORTS["off"], searches, page_queries=queries["search"],
                          threads=2, connections=2)
        cached = measure("article, page cache (files)", PORTS["file"], [detail], page_queries=0)
        measure("front page, page cache (files)", PORTS["file"], [front], page_queries=0)
        with urllib.request.urlopen(f"http://127.0.0.1:{PORTS['file']}{detail}") as response:
            etag = response.headers["ETag"]
        measure("article, If-None-Match → 304 (files)", PORTS["file"], [detail], page_queries=0,
                headers={"If-None-Match": etag})
        front_row = measure("article, nginx micro-cache (max-age 1 s)", PORTS["front"], [detail], page_queries=0)
        # The first request through the front server bakes the page.
        urllib.request.urlopen(f"http://127.0.0.1:{PORTS['bakedfront']}{detail}").read()
        baked_file = tmp / "baked" / "current" / "127.0.0.1" / "en" / detail.strip("/") / "index.html"
        assert baked_file.is_file(), f"the article page was not baked as {baked_file}"
        baked_row = measure("article, baked file served by nginx", PORTS["bakedfront"], [detail], page_queries=0)
        redis_row = None
        if redis_url:
            redis_row = measure("article, page cache (Redis)", PORTS["redis"], [detail], page_queries=0)
            measure("front page, page cache (Redis)", PORTS["redis"], [front], page_queries=0)
    finally:
        for server in reversed(servers):
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    best_cached = max([cached] + ([redis_row] if redis_row else []), key=lambda row: row["rps"])
    log(f"\nuncached article / plain Django: {uncached['rps'] / plain_row['rps']:.2f}x (target >= 1.0), "
        f"{queries['detail']} queries (target <= 4)")
    log(f"cached article / static nginx: {best_cached['rps'] / static['rps']:.0%} (target >= 25%; "
        f"files {cached['rps'] / static['rps']:.0%}"
        + (f", Redis {redis_row['rps'] / static['rps']:.0%}" if redis_row else "") + ")")
    log(f"article baked to a file on publish, served by nginx / static nginx: "
        f"{baked_row['rps'] / static['rps']:.0%} (target >= 25%; purged by every publishing change)")
    log(f"article through nginx's 1 s micro-cache / static nginx: {front_row['rps'] / static['rps']:.0%} "
        "(pages may lag a publishing change by up to 1 s)")
    log(f"search p95 at {live} live articles: {search2['p95']:.1f} ms at 2 connections (target < 50 ms), "
        f"{search32['p95']:.1f} ms at {args.connections}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", type=int, nargs="+", default=[10000], help="live articles (one run per value)")
    parser.add_argument("--reuse", action="store_true", help="keep and reuse the filled database")
    parser.add_argument("--database-url", help="PostgreSQL URL (one --live value); default: bench/out/public-N.sqlite3")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/15", help="'' to skip the Redis runs")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    for tool in (NGINX, WRK):
        if not tool.exists():
            raise SystemExit(f"{tool} is missing: apt-get install -y wrk nginx-light")
    if args.database_url and len(args.live) > 1:
        raise SystemExit("--database-url takes one --live value")
    rows = []
    OUT.mkdir(exist_ok=True)
    for live in args.live:
        database_url = args.database_url or f"sqlite:///{OUT / f'public-{live}.sqlite3'}"
        print(f"\n== {live} live articles, {database_url.split(':')[0]} ==", flush=True)
        if len(args.live) > 1:
            # One Django per process: each N runs in a child with its own database.
            child = [sys.executable, __file__, "--live", str(live), "--seconds", str(args.seconds),
                     "--threads", str(args.threads), "--connections", str(args.connections),
                     "--workers", str(args.workers), "--redis-url", args.redis_url]
            if args.reuse:
                child.append("--reuse")
            part = OUT / f"public-{live}.json"
            subprocess.run([*child, "--json", str(part)], check=True)
            rows += json.loads(part.read_text())
            continue
        setup_django(database_url)
        collectstatic()
        rows += run(live, database_url, args)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


def collectstatic() -> None:
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


if __name__ == "__main__":
    main()
