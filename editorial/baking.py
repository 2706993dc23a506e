"""Published pages baked to files that the front server answers by itself.

With ``NEWSDESK_BAKED_PAGES_DIR`` set, a public HTML page the page cache
stores is also written as a file, so that nginx (or any front server that
can try a file before proxying) serves it at the speed of a static file,
without running Python (README, "Production"). Off by default.

Files live in one folder per publication generation, and a symlink
``current`` points at the folder of the current one::

    <dir>/current -> generations/<generation>
    <dir>/generations/<generation>/<host>/<interface language>/<path>/index.html

Every publishing change (:func:`editorial.pagecache.publication_changed`)
points ``current`` at a new, empty folder once its transaction commits and
deletes the others, so no baked page outlives the change that made it
wrong. A page is written only into the folder of the generation it was
rendered under, and only while that folder is ``current``: a page rendered
from data a change has since replaced lands in a folder nobody serves.

Only what is the same for every reader and stays right until the next
publishing change is baked: a 200 HTML answer to a GET without cookies or
query string, whose validity does not end at a scheduled go-live or expiry
(the page cache cuts those entries at that moment; a file cannot be cut, so
such pages are served by Django until the moment passes).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from django.conf import settings

logger = logging.getLogger(__name__)

CURRENT = "current"
GENERATIONS = "generations"


def baked_dir() -> Path | None:
    value = getattr(settings, "NEWSDESK_BAKED_PAGES_DIR", None)
    return Path(value) if value else None


def bakeable(request, status: int, headers: dict) -> bool:
    """A page every reader gets alike: GET, no cookie, no query string, a
    whole 200 HTML page."""
    content_type = next((value for name, value in headers.items() if name.lower() == "content-type"), "")
    return (
        baked_dir() is not None
        and request.method == "GET"
        and not request.META.get("HTTP_COOKIE")
        and not request.META.get("QUERY_STRING")
        and status == 200
        and content_type.startswith("text/html")
    )


def _relative(host: str, language: str, path: str) -> Path | None:
    """``<host>/<language>/<path>/index.html``, or None for anything that
    is not a plain path of named segments (nothing can climb out)."""
    segments = [segment for segment in path.split("/") if segment]
    names = [host.lower(), language, *segments]
    if not path.endswith("/") or any(
        not name or name.startswith(".") or any(bad in name for bad in ("/", "\\", "\0")) for name in names
    ):
        return None
    return Path(*names, "index.html")


def bake(*, generation: str, latest: str, host: str, language: str, path: str, content: bytes) -> Path | None:
    """Write ``content`` as the page at ``path`` for ``host`` and the
    interface ``language``, if ``generation`` (the one the page was
    rendered under) is still ``latest`` (the publication generation now)
    and is the one being served. Returns the file written, or None. Never
    raises: a page not baked is only a page Django answers."""
    root = baked_dir()
    relative = _relative(host, language, path)
    if root is None or relative is None or generation != latest:
        return None
    try:
        served = _current(root)
        if served is None:
            switch(generation)  # first page ever, or after a failed switch
        elif served != generation:
            return None  # a change is being switched to: its folder fills from its own renders
        target = root / GENERATIONS / generation / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".bake-", delete=False) as handle:
            handle.write(content)
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, target)
        if _current(root) != generation:  # a change switched while we wrote
            target.unlink(missing_ok=True)
            return None
        return target
    except OSError as error:
        logger.warning("Could not bake %s: %r", path, error)
        return None


def _current(root: Path) -> str | None:
    try:
        return Path(os.readlink(root / CURRENT)).name
    except OSError:
        return None


def unserve() -> None:
    """Stop serving baked pages (until the next :func:`switch`)."""
    root = baked_dir()
    if root is not None:
        (root / CURRENT).unlink(missing_ok=True)


def switch(generation: str) -> None:
    """Serve the (empty) folder of ``generation`` from now on and delete
    every other generation's pages."""
    root = baked_dir()
    if root is None:
        return
    try:
        folder = root / GENERATIONS / generation
        folder.mkdir(parents=True, exist_ok=True)
        link = root / f".{CURRENT}-{os.getpid()}"
        link.unlink(missing_ok=True)
        os.symlink(Path(GENERATIONS) / generation, link)
        os.replace(link, root / CURRENT)  # atomic: the front server sees the old or the new folder
        for other in (root / GENERATIONS).iterdir():
            if other.name != generation:
                shutil.rmtree(other, ignore_errors=True)
    except OSError as error:
        # The old pages must not stay served: without a current folder the
        # front server passes every request to Django.
        logger.error("Could not switch baked pages to %s, removing them: %r", generation, error)
        (root / CURRENT).unlink(missing_ok=True)
