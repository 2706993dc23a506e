"""The published-page path: public pages rendered once and served from the
cache until the next publishing change, with conditional GET.

Each cached page is keyed by the **publication generation**, a token that
every service changing what the public sees replaces
(:func:`publication_changed`: approve, withdraw, schedule, language change,
tag links, merges and renames). Replacing it makes every cached page
unreachable at once; the old entries just age out. Visibility that follows
the clock (go-live, expiry: ``published()`` checks them at query time, no
cron) is handled by giving every entry a lifetime that ends at the next
scheduled ``go_live_at``/``expire_at`` among editions, found with two
indexed queries and cached under the generation.

Only anonymous-looking public pages are cached: GET/HEAD, the views wrapped
with :func:`cache_public_page` (never the admin, previews or share links),
answers 200 or 410 that set no cookie. A page varies on its URL (host,
scheme, path and query) and the interface language LocaleMiddleware chose
(from the language cookie or Accept-Language), so both are in the key, and
the response says ``Vary: Accept-Language, Cookie`` for caches downstream.

Every wrapped page carries a strong ``ETag`` (hash of the body) and, when
cached, ``Last-Modified`` (when the cached copy was rendered: unchanged
since, or the entry would be gone), and answers ``304 Not Modified`` to a
matching ``If-None-Match`` or ``If-Modified-Since``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import secrets
import time
from datetime import datetime

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

from editorial import baking
from editorial.models import Edition

logger = logging.getLogger(__name__)

GENERATION_KEY = "newsdesk:publication-generation"
CACHEABLE_STATUS = frozenset({200, 410})
# Headers of the view's response kept with the cached body (without the
# outer middleware, the others add theirs, e.g. Content-Language, each time).
KEPT_HEADERS = frozenset({"content-type", "x-robots-tag"})


def _cache():
    return caches[settings.NEWSDESK_PAGE_CACHE_ALIAS]


def _new_generation() -> str:
    # Unique rather than counted: two processes bumping at once both end up
    # on a value no cached page was stored under, and a generation that was
    # evicted never restarts at a number old entries still carry.
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


def generation() -> str:
    """The current publication generation (created on first use)."""
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        value = cache.get(GENERATION_KEY) or _new_generation()
    return value


def bump_generation() -> str:
    value = _new_generation()
    _cache().set(GENERATION_KEY, value, timeout=None)
    return value


def _published_after_commit() -> None:
    baking.switch(bump_generation())


def publication_changed() -> None:
    """Call from a service, inside its transaction, whenever what the
    public may see changes: every cached public page is dropped.

    The generation moves twice: now, so nothing rendered from this
    transaction's own view of the data (a test, a later step of the same
    request) is served stale; and after commit, so a page another process
    rendered from the old data while the transaction was open, and stored
    under the interim generation, is never served either. Baked pages
    (:mod:`editorial.baking`) stop being served now and start again, from
    an empty folder, after commit.
    """
    bump_generation()  # a cache that is down fails the change: better than stale pages later
    baking.unserve()
    transaction.on_commit(_published_after_commit, robust=True)


def next_boundary(now: datetime) -> datetime | None:
    """The next time any edition goes live or expires after ``now`` (the
    next moment ``published()`` can change by itself), or ``None``."""
    bounds = [
        Edition.objects.filter(**{f"{field}__gt": now}).order_by(field).values_list(field, flat=True).first()
        for field in ("go_live_at", "expire_at")
    ]
    bounds = [bound for bound in bounds if bound is not None]
    return min(bounds) if bounds else None


def _boundary(gen: str, now: datetime) -> float | None:
    """:func:`next_boundary` as a timestamp, cached under the generation
    until it passes (a schedule change moves the generation)."""
    cache = _cache()
    key = f"newsdesk:boundary:{gen}"
    cached = cache.get(key)
    if cached is not None and (cached[0] is None or cached[0] > now.timestamp()):
        return cached[0]
    bound = next_boundary(now)
    value = bound.timestamp() if bound else None
    cache.set(key, (value,), timeout=_lifetime(value, now))
    return value


def _lifetime(until: float | None, now: datetime) -> int:
    """Seconds a cache entry may live: the configured maximum, cut at the
    next boundary (entries also check ``until`` themselves, to the
    microsecond; this only lets the backend drop them)."""
    lifetime = settings.NEWSDESK_PAGE_CACHE_SECONDS
    if until is not None:
        lifetime = min(lifetime, int(until - now.timestamp()) + 1)
    return max(1, lifetime)


def _key(request, gen: str, language: str) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return f"newsdesk:page:{gen}:{language}:{digest}"


def _finish(request, response, *, etag: str, last_modified: int | None):
    """Validators, caching headers and the 304 answer to a conditional GET."""
    response["ETag"] = etag
    if last_modified is None:
        # Rendered for this request: no honest date, and the views' own
        # (the feeds' newest item) ignores renames and expiries.
        del response["Last-Modified"]
    else:
        response["Last-Modified"] = http_date(last_modified)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    patch_cache_control(response, public=True, max_age=settings.NEWSDESK_PAGE_MAX_AGE)
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)


def _etag(content: bytes) -> str:
    return '"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'


def _shareable(response, request) -> bool:
    """The same for every reader: a whole 200 or 410 page (or the 304
    standing for one) that sets no cookie and is not marked private, from
    a request that neither read the session nor put a CSRF token in the
    page (their middleware only adds the cookie later, on the way out)."""
    control = response.get("Cache-Control", "")
    session = getattr(request, "session", None)
    return (
        not getattr(response, "streaming", False)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.accessed)
        and response.status_code in CACHEABLE_STATUS | {304}
        and not response.cookies
        and "private" not in control
        and "no-store" not in control
    )


def _unavailable(error: Exception) -> None:
    logger.warning("Page cache unavailable, rendering instead: %r", error)


def _store(key: str, entry: dict, lifetime: int) -> None:
    try:
        _cache().set(key, entry, timeout=lifetime)
    except Exception as error:  # noqa: BLE001 - a page not stored is only a page rendered again
        _unavailable(error)


def _valid(entry, now: datetime) -> bool:
    return entry is not None and (entry["until"] is None or entry["until"] > now.timestamp())


def _from_entry(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    return response


def cache_public_page(view):
    """Serve a public view's page from the cache (when
    ``NEWSDESK_PAGE_CACHE`` is on) and answer conditional GETs with 304.

    Under :class:`PublicPageCacheMiddleware` the middleware looks pages up
    and stores them (with the headers every middleware added), so a hit
    runs no other middleware and no view; without it, this decorator does
    both itself."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        enabled = settings.NEWSDESK_PAGE_CACHE and not getattr(request, "page_cache_down", False)
        outer = getattr(request, "page_cache_outer", False)
        if enabled:
            now = timezone.now()
            try:
                gen = generation()
                key = _key(request, gen, translation.get_language() or "")
                entry = None if outer else _cache().get(key)
            except Exception as error:  # noqa: BLE001 - any backend's failure: render as if the cache were off
                _unavailable(error)
                enabled, entry = False, None
            if _valid(entry, now):
                return _finish(request, _from_entry(entry), etag=entry["etag"],
                               last_modified=entry["rendered"])
        response = view(request, *args, **kwargs)
        if not _shareable(response, request) or response.status_code == 304:
            return response
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        etag = _etag(response.content)
        if not enabled:
            return _finish(request, response, etag=etag, last_modified=None)
        rendered = int(time.time())  # HTTP dates have whole seconds
        try:
            until = _boundary(gen, now)
        except Exception as error:  # noqa: BLE001
            _unavailable(error)
            return _finish(request, response, etag=etag, last_modified=None)
        # A view whose page changes with the clock by its own rule (the news
        # sitemap's 48 hours) says until when it holds.
        own = getattr(response, "cache_until", None)
        if own is not None and (until is None or own.timestamp() < until):
            until = own.timestamp()
        headers = [(name, value) for name, value in response.items() if name.lower() in KEPT_HEADERS]
        # A file cannot be cut at a go-live or expiry: baked only if nothing
        # scheduled can change the page, site-wide or by the view's own word
        # (``page_boundary``: the next scheduled change of what it shows).
        bake = until is None or (own is None and hasattr(response, "page_boundary")
                                 and response.page_boundary is None)
        entry = {"content": response.content, "status": response.status_code, "headers": headers,
                 "etag": etag, "rendered": rendered, "until": until,
                 "generation": gen, "language": translation.get_language() or "", "bake": bake}
        finished = _finish(request, response, etag=etag, last_modified=rendered)
        if outer:
            finished.page_cache_entry = (key, entry, _lifetime(until, now))
        else:
            _store(key, entry, _lifetime(until, now))
        return finished

    return wrapped


# Headers the outer middleware never replays: validators are set per
# answer, lengths and hop-by-hop headers belong to one response.
NOT_REPLAYED = frozenset({"etag", "last-modified", "content-length", "connection", "set-cookie"})


class PublicPageCacheMiddleware:
    """The published-page path's fast lane; first in ``MIDDLEWARE``.

    A GET or HEAD whose page is cached is answered here, before any other
    middleware, URL resolution or view runs, with exactly the headers the
    full stack gave it when it was rendered (security headers, Vary,
    Content-Language...). The interface language is resolved the way
    LocaleMiddleware resolves it (cookie, then Accept-Language). Requests
    the full stack would turn away or redirect (a host not allowed, plain
    HTTP under ``SECURE_SSL_REDIRECT``) always go through it. Pages are
    stored on the way out, once every middleware has had its say, and only
    if none of them set a cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.NEWSDESK_PAGE_CACHE or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if settings.SECURE_SSL_REDIRECT and not request.is_secure():
            return self.get_response(request)
        try:
            key = _key(request, generation(), translation.get_language_from_request(request))
            entry = _cache().get(key)
        except DisallowedHost:
            return self.get_response(request)
        except Exception as error:  # noqa: BLE001 - any backend's failure: the site goes on uncached
            _unavailable(error)
            request.page_cache_down = True
            return self.get_response(request)
        if _valid(entry, timezone.now()):
            response = _from_entry(entry)
            response["ETag"] = entry["etag"]
            response["Last-Modified"] = http_date(entry["rendered"])
            return get_conditional_response(request, etag=entry["etag"], last_modified=entry["rendered"],
                                            response=response)
        request.page_cache_outer = True
        response = self.get_response(request)
        pending = getattr(response, "page_cache_entry", None)
        if pending is not None and _shareable(response, request):
            key, entry, lifetime = pending
            # The view's own headers (Content-Type: a 304 has none) and
            # then everything the stack added on the way out.
            kept = dict(entry["headers"])
            kept.update((name, value) for name, value in response.items() if name.lower() not in NOT_REPLAYED)
            _store(key, {**entry, "headers": list(kept.items())}, lifetime)
            _bake(request, entry)
        return response


def _bake(request, entry: dict) -> None:
    """Write the page for the front server too, when baking is on and the
    page is the same for every reader until the next publishing change."""
    if not (entry["bake"] and baking.bakeable(request, entry["status"], dict(entry["headers"]))):
        return
    try:
        latest = generation()
    except Exception as error:  # noqa: BLE001
        _unavailable(error)
        return
    baking.bake(generation=entry["generation"], latest=latest, host=request.get_host(),
                language=entry["language"], path=request.path, content=entry["content"])
