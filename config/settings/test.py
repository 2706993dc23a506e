"""Test runs: fast hashing, a fixed key, whatever DATABASE_URL says."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests configure machine-translation engines themselves (against local test
# servers); a developer's NEWSDESK_DEEPL_API_KEY must never reach them.
NEWSDESK_MACHINE_TRANSLATION = {}
# Each test process has its own memory cache; the page cache is off unless a
# test turns it on (tests/editorial/test_page_cache.py), since many tests
# change rows directly, without the services that move the generation.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
NEWSDESK_PAGE_CACHE = False
