"""Settings shared by every environment, read from the environment.

``DATABASE_URL`` selects the database (SQLite file by default, PostgreSQL in
production), ``SECRET_KEY``, ``DEBUG`` and ``ALLOWED_HOSTS`` follow the usual
twelve-factor names.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool_from(environ, name: str, default: bool) -> bool:
    value = environ.get(name)
    if value is None:
        return default
    if value.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if value.strip().lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}.")


def env_bool(name: str, default: bool) -> bool:
    return env_bool_from(os.environ, name, default)


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "import_export",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "corpus",
    "editorial",
]

MIDDLEWARE = [
    # First: a cached public page is answered before anything else runs.
    "editorial.pagecache.PublicPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Project-wide overrides of the admin's templates (language switch).
        "DIRS": [BASE_DIR / "config" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DEFAULT_SQLITE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", DEFAULT_SQLITE_URL), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the site read while an import writes; NORMAL sync is durable in
    # WAL mode except on power loss of the last commit. IMMEDIATE transactions
    # avoid "database is locked" upgrades from read to write locks.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
# Languages of the admin (the interface), not of articles: articles come in
# any language. Catalogues live in locale/ and are compiled by `make install`.
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# Caches. With REDIS_URL (production: one cache shared by every worker and
# server) Django's Redis backend; without it, files under NEWSDESK_CACHE_DIR,
# which all gunicorn workers of one machine share (the embedded set-up).
REDIS_URL = os.environ.get("REDIS_URL", "")
NEWSDESK_CACHE_DIR = Path(os.environ.get("NEWSDESK_CACHE_DIR", BASE_DIR / "var" / "cache"))
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(NEWSDESK_CACHE_DIR),
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("NEWSDESK_CACHE_MAX_ENTRIES", 20000))},
        }
    }
# The published-page path (editorial/pagecache.py): public pages served
# from the cache until the next publishing change or scheduled go-live or
# expiry. NEWSDESK_PAGE_CACHE=0 renders every request.
NEWSDESK_PAGE_CACHE = env_bool("NEWSDESK_PAGE_CACHE", True)
NEWSDESK_PAGE_CACHE_ALIAS = "default"
# Longest life of a cached page even if nothing changes (seconds).
NEWSDESK_PAGE_CACHE_SECONDS = int(os.environ.get("NEWSDESK_PAGE_CACHE_SECONDS", 3600))
# Cache-Control max-age of public pages for browsers and front servers;
# 0 (default) makes them revalidate every time (a cheap 304).
NEWSDESK_PAGE_MAX_AGE = int(os.environ.get("NEWSDESK_PAGE_MAX_AGE", 0))
# A folder where published pages are also written as files for the front
# server to answer by itself (editorial/baking.py, README "Production");
# empty (default): nothing is baked.
NEWSDESK_BAKED_PAGES_DIR = os.environ.get("NEWSDESK_BAKED_PAGES_DIR", "")

# Four eyes: nobody approves or rejects their own work. Only a one-person
# newsroom should turn it off (NEWSDESK_FOUR_EYES=0).
NEWSDESK_FOUR_EYES = env_bool("NEWSDESK_FOUR_EYES", True)

# Ingest: files larger than this are refused before being read.
NEWSDESK_MAX_IMPORT_BYTES = int(os.environ.get("NEWSDESK_MAX_IMPORT_BYTES", 5 * 1024 * 1024))
NEWSDESK_SEEDS_DIR = Path(os.environ.get("NEWSDESK_SEEDS_DIR", BASE_DIR / "seeds"))
# A paragraph found in this many files of one source is template junk ("0" turns it off).
NEWSDESK_REPEATED_LINE_MIN_DOCS = int(os.environ.get("NEWSDESK_REPEATED_LINE_MIN_DOCS", 5))
# An import run with no heartbeat for this long is shown as interrupted.
# The languages the newsroom publishes in: the desk's language matrix shows
# each (missing / draft / in review / live / outdated) and the changelist can
# filter on "missing language X". Editions in other languages still appear.
NEWSDESK_LANGUAGES = [code.strip().lower() for code in os.environ.get("NEWSDESK_LANGUAGES", "en,de,fr").split(",")
                      if code.strip()]
# A live translation whose source has a newer live version stays live (it was
# approved); its public page says "the original has been updated" unless off.
NEWSDESK_OUTDATED_TRANSLATION_NOTE = env_bool("NEWSDESK_OUTDATED_TRANSLATION_NOTE", True)
NEWSDESK_IMPORT_STALE_SECONDS = int(os.environ.get("NEWSDESK_IMPORT_STALE_SECONDS", 600))
# Background imports: files per chunk, the unit a task worker takes at once
# (smaller chunks spread over more workers and lose less on a crash).
NEWSDESK_IMPORT_CHUNK_FILES = int(os.environ.get("NEWSDESK_IMPORT_CHUNK_FILES", 200))
# A machine-draft request no task worker finished in this long is marked
# failed (no worker running, or one killed), so it can be asked again.
NEWSDESK_MACHINE_TRANSLATION_STALE_SECONDS = int(os.environ.get("NEWSDESK_MACHINE_TRANSLATION_STALE_SECONDS", 1800))

# The admin's import screen (corpus/services/uploads.py, corpus/services/folders.py).
# Uploads are stored in a folder of their own per run under this folder, and
# kept (a resumed run reads them again; delete old ones when runs are over).
NEWSDESK_IMPORT_UPLOAD_DIR = Path(os.environ.get("NEWSDESK_IMPORT_UPLOAD_DIR", BASE_DIR / "var" / "uploads"))
# Limits of one upload, files inside ZIP archives counted and measured unpacked.
NEWSDESK_IMPORT_UPLOAD_MAX_FILES = int(os.environ.get("NEWSDESK_IMPORT_UPLOAD_MAX_FILES", 1000))
NEWSDESK_IMPORT_UPLOAD_MAX_BYTES = int(os.environ.get("NEWSDESK_IMPORT_UPLOAD_MAX_BYTES", 200 * 1024 * 1024))
NEWSDESK_IMPORT_UPLOAD_MAX_FILE_BYTES = int(
    os.environ.get("NEWSDESK_IMPORT_UPLOAD_MAX_FILE_BYTES", NEWSDESK_MAX_IMPORT_BYTES)
)
# A ZIP member packed tighter than this (unpacked : packed) is refused as a likely zip bomb.
NEWSDESK_IMPORT_ZIP_MAX_RATIO = int(os.environ.get("NEWSDESK_IMPORT_ZIP_MAX_RATIO", 100))
# Django refuses a request with more files than this (400) before any view runs.
DATA_UPLOAD_MAX_NUMBER_FILES = max(100, NEWSDESK_IMPORT_UPLOAD_MAX_FILES)


def inboxes_from_env(value: str) -> dict[str, str]:
    """NEWSDESK_IMPORT_INBOXES="agency=/srv/inbox/agency,wire=/srv/wire" as a dict."""
    inboxes = {}
    for item in value.split(","):
        name, sep, folder = item.partition("=")
        if not item.strip():
            continue
        if not sep or not name.strip() or not folder.strip():
            raise ImproperlyConfigured(f"NEWSDESK_IMPORT_INBOXES: {item.strip()!r} is not name=/folder.")
        inboxes[name.strip()] = folder.strip()
    return inboxes


# Server folders editors may import from the admin, by name; nothing else on
# the server can be chosen there (no path is ever typed in the admin).
NEWSDESK_IMPORT_INBOXES = inboxes_from_env(os.environ.get("NEWSDESK_IMPORT_INBOXES", ""))

# Background work (Django's tasks API, django-tasks backport), chosen by
# NEWSDESK_TASKS_BACKEND alone (see tasks_from_env): "database" (default) keeps
# tasks in the project's database, run by `manage.py db_worker` (`make run`
# starts one beside the web server); "rq" keeps them in Redis, run by
# `manage.py rqworker` on as many machines as share the database and Redis.
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
}


def tasks_from_env(environ, redis_url: str = "") -> dict:
    """TASKS and what its backend needs (apps, RQ queues) from the environment.

    NEWSDESK_TASKS_BACKEND is a name from TASKS_BACKENDS or any backend's
    dotted path. The RQ backend takes its Redis from NEWSDESK_TASKS_REDIS_URL,
    else REDIS_URL, and refuses to start without one; its jobs may run for
    NEWSDESK_TASKS_TIMEOUT seconds (a chunk stopped by the timeout is
    interrupted and can be resumed).
    """
    name = environ.get("NEWSDESK_TASKS_BACKEND", "").strip() or "database"
    backend = TASKS_BACKENDS.get(name, name)
    if "." not in backend:
        raise ImproperlyConfigured(
            f"NEWSDESK_TASKS_BACKEND must be {', '.join(TASKS_BACKENDS)} or a dotted path, not {name!r}."
        )
    found = {"TASKS": {"default": {"BACKEND": backend, "QUEUES": ["default"]}}, "apps": []}
    if backend == TASKS_BACKENDS["rq"]:
        url = environ.get("NEWSDESK_TASKS_REDIS_URL", "").strip() or redis_url
        if not url:
            raise ImproperlyConfigured("NEWSDESK_TASKS_BACKEND=rq needs REDIS_URL (or NEWSDESK_TASKS_REDIS_URL).")
        found["apps"] = ["django_rq", "django_tasks_rq"]
        found["RQ_QUEUES"] = {
            "default": {"URL": url, "DEFAULT_TIMEOUT": int(environ.get("NEWSDESK_TASKS_TIMEOUT", 3600))}
        }
        # `manage.py rqworker` needs no options: django-tasks' job class, and
        # jobs run in the worker's own process (config/rq_worker.py says why).
        found["RQ"] = {"JOB_CLASS": "django_tasks_rq.Job", "WORKER_CLASS": "config.rq_worker.SimpleWorker"}
    return found


_tasks = tasks_from_env(os.environ, REDIS_URL)
TASKS = _tasks["TASKS"]
INSTALLED_APPS += _tasks["apps"]
if "RQ_QUEUES" in _tasks:
    RQ_QUEUES, RQ = _tasks["RQ_QUEUES"], _tasks["RQ"]
    # No "Django-RQ" entry in the admin: editors follow runs on the import-run page.
    RQ_SHOW_ADMIN_LINK = False


def machine_translation_from_env(environ) -> dict:
    """NEWSDESK_MACHINE_TRANSLATION from environment variables (README's table).

    An engine is configured when its variable is set: LibreTranslate by its
    URL, DeepL by its API key, Argos Translate by NEWSDESK_ARGOS=1 (it is used
    only if the argostranslate package and its models are installed). None
    set: no machine translation. Edit the dict below for anything else.
    """
    engines = {}
    if environ.get("NEWSDESK_LIBRETRANSLATE_URL"):
        engines["libretranslate"] = {
            "ENGINE": "editorial.machine_translation.libretranslate.LibreTranslateEngine",
            "URL": environ["NEWSDESK_LIBRETRANSLATE_URL"],
            "API_KEY": environ.get("NEWSDESK_LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": float(environ.get("NEWSDESK_LIBRETRANSLATE_TIMEOUT", 30)),
            "OPTIONS": {
                # The server's --char-limit and --batch-limit, if it sets them.
                "MAX_SIZE": int(environ.get("NEWSDESK_LIBRETRANSLATE_MAX_CHARS", 5000)),
                "MAX_TEXTS": int(environ.get("NEWSDESK_LIBRETRANSLATE_MAX_TEXTS", 50)),
            },
        }
    if environ.get("NEWSDESK_DEEPL_API_KEY"):
        variants = environ.get("NEWSDESK_DEEPL_TARGET_VARIANTS", "")
        engines["deepl"] = {
            "ENGINE": "editorial.machine_translation.deepl.DeepLEngine",
            # Empty: api-free.deepl.com for keys ending in ":fx", else api.deepl.com.
            "URL": environ.get("NEWSDESK_DEEPL_URL", ""),
            "API_KEY": environ["NEWSDESK_DEEPL_API_KEY"],
            "TIMEOUT": float(environ.get("NEWSDESK_DEEPL_TIMEOUT", 30)),
            "OPTIONS": {
                # "en=EN-US,pt=PT-BR": what a bare target language means.
                "TARGET_VARIANTS": {
                    language.strip(): variant.strip()
                    for language, _sep, variant in (
                        item.partition("=") for item in variants.split(",") if "=" in item
                    )
                },
            },
        }
    if env_bool_from(environ, "NEWSDESK_ARGOS", False):
        engines["argos"] = {"ENGINE": "editorial.machine_translation.argos.ArgosEngine"}
    return engines



# Machine-translation engines by name, offered in this order (see
# editorial/machine_translation/registry.py for the shape). Empty: none.
NEWSDESK_MACHINE_TRANSLATION = machine_translation_from_env(os.environ)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
