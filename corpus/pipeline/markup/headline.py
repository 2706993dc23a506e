"""The headline a page names explicitly: its first <h1>, else og:title, else
<title> without the site name ("Storm hits coast | Example News")."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

__all__ = ["headline", "without_site_name"]

# What joins a page title to its site name. Not a colon: "Strike at SNCF:
# traffic disrupted" is one headline.
_SEPARATORS_RE = re.compile(r"\s+(?:[|–—·»]|-|::)\s+")
_SPACE_RE = re.compile(r"\s+")


def _clean(text: str | None) -> str:
    return _SPACE_RE.sub(" ", text or "").strip()


def without_site_name(title: str, site: str = "") -> str:
    """``title`` minus a site name joined by " | ", " - ", " — " ...: the
    named ``site`` when given, else the shorter of the first and last parts.
    The rest is kept as written, its own separators included."""
    title = title.strip()
    seps = list(_SEPARATORS_RE.finditer(title))
    if not seps:
        return title
    first, last = title[: seps[0].start()].strip(), title[seps[-1].end() :].strip()
    if site:
        if last.casefold() == site.strip().casefold():
            return title[: seps[-1].start()].strip()
        if first.casefold() == site.strip().casefold():
            return title[seps[0].end() :].strip()
    if not first or not last:
        return title
    if len(last) <= len(first):
        return title[: seps[-1].start()].strip()
    return title[seps[0].end() :].strip()


def _meta(soup: BeautifulSoup, *names: str) -> str:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag is not None and tag.get("content"):
            return _clean(tag["content"])
    return ""


def headline(soup: BeautifulSoup) -> str:
    """The page's own headline, or "" when it names none."""
    h1 = soup.find("h1")
    if h1 is not None:
        text = _clean(h1.get_text(" "))
        if text:
            return text
    site = _meta(soup, "og:site_name", "application-name")
    og = _meta(soup, "og:title", "twitter:title")
    if og:
        return without_site_name(og, site)
    title = soup.find("title")
    if title is not None:
        return without_site_name(_clean(title.get_text(" ")), site)
    return ""
