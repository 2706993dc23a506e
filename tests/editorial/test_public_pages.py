"""Public pages: structure, language and direction, alternates, JSON-LD,
410 for what was withdrawn or expired, and a crawl that never finds a text
that is not live."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.models import Edition
from editorial.services import (
    edition_schedule,
    edition_withdraw,
    version_approve,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)
from tests.factories import editor, make_edition, publish, reviewer

pytestmark = pytest.mark.django_db


def detail(edition):
    return reverse("editorial:edition-detail", args=[edition.language, edition.article_id])


def test_article_page_renders_turns_headings_and_escapes_everything(client):
    edition = make_edition(language="de", title="Ein <b>Titel</b>", paragraphs=[
        "Einleitung mit <script>alert(1)</script> Text.", "Über Trump", "Sorkin: Was sind Ihre Erwartungen?",
        "Jack Ma: Das Treffen war produktiv.",
    ])
    publish(edition.latest_version)
    html = client.get(detail(edition)).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<b>Titel</b>" not in html
    assert '<h2 id="' in html and ">Über Trump</h2>" in html
    assert '<span class="speaker">Sorkin:</span> Was sind Ihre Erwartungen?' in html
    assert '<html lang="de" dir="ltr">' in html


def test_right_to_left_languages_set_dir_on_page_and_article(client):
    edition = make_edition(language="ar", title="عنوان", paragraphs=["نص المقال."])
    publish(edition.latest_version)
    html = client.get(detail(edition)).content.decode()
    assert '<html lang="ar" dir="rtl">' in html and '<article lang="ar" dir="rtl">' in html
    listing = client.get(reverse("editorial:edition-list", args=["ar"])).content.decode()
    assert 'dir="rtl"' in listing


def test_language_switch_and_hreflang_only_between_published_editions(client):
    german = make_edition(language="de", title="Deutsch", paragraphs=["Text."])
    publish(german.latest_version)
    french = Edition.objects.create(article=german.article, language="fr")
    version_create(edition=french, paragraphs=["Texte."], title="Français", based_on=None)
    html = client.get(detail(german)).content.decode()
    assert 'hreflang="fr"' not in html  # the French draft is not public
    publish(french.latest_version)
    html = client.get(detail(german)).content.decode()
    assert f'<link rel="alternate" hreflang="fr" href="/fr/articles/{german.article_id}/">' in html


def test_news_article_json_ld_with_dates_language_and_keywords(client):
    edition = make_edition(language="en", title="Headline </script><script>x", paragraphs=["Body."])
    publish(edition.latest_version)
    html = client.get(detail(edition)).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "</script><script>" not in raw
    data = json.loads(raw)
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == "en"
    assert data["headline"].startswith("Headline </script>") and data["datePublished"]


@pytest.mark.parametrize("how", ["withdrawn", "expired"])
def test_what_was_public_and_is_not_any_more_is_gone(client, how):
    edition = make_edition(title="Was public", paragraphs=["Secret now."])
    publish(edition.latest_version)
    if how == "withdrawn":
        edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    else:
        edition_schedule(edition=edition, user=reviewer(), go_live_at=timezone.now() - timedelta(days=2),
                         expire_at=timezone.now() - timedelta(days=1))
    response = client.get(detail(edition))
    assert response.status_code == 410
    assert "Secret now." not in response.content.decode() and "Was public" not in response.content.decode()


def test_scheduled_in_the_future_is_simply_not_found(client):
    edition = make_edition(title="Embargoed", paragraphs=["Later."])
    publish(edition.latest_version)
    edition_schedule(edition=edition, user=reviewer(), go_live_at=timezone.now() + timedelta(hours=1))
    assert client.get(detail(edition)).status_code == 404


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and "Disallow: /admin/" in response.content.decode()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.links.append(value)


_XML_LINKS = re.compile(r"<(?:loc|link|id)>([^<]+)</(?:loc|link|id)>|<(?:atom:)?link[^>]*href=\"([^\"]+)\"")


def crawl(client, start: str = "/", extra: list[str] = ()) -> dict[str, str]:
    """Every same-site URL reachable from the home page, the sitemaps and
    the feeds (no admin), with its body."""
    seen: dict[str, str] = {}
    queue = [start, "/robots.txt", "/sitemap.xml", "/news-sitemap.xml", *extra]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        response = client.get(url)
        body = response.content.decode("utf-8", "replace")
        seen[url] = body
        parser = _Links()
        parser.feed(body)
        links = parser.links + [a or b for a, b in _XML_LINKS.findall(body)]
        links += re.findall(r"^Sitemap: (\S+)", body, re.M)
        for link in links:
            target = urlparse(urljoin(url, link))
            if (target.netloc not in ("", "testserver")) or target.path.startswith(("/admin", "/i18n", "/static")):
                continue
            queue.append(target.path + (f"?{target.query}" if target.query else ""))
    return seen


@pytest.mark.parametrize("cached", [False, True, "baked"], ids=["rendered", "page-cache", "baked"])
def test_never_leaks_a_text_that_is_not_live(client, request, cached, settings, tmp_path):
    """Articles in every state, each with its own sentinel word; a crawl of
    the public site finds exactly the sentinels of live versions (rendered
    on every request, through the page cache: crawled twice, and with pages
    baked to files: what the front server would serve is checked too)."""
    if cached:
        request.getfixturevalue("page_cache")
    if cached == "baked":
        settings.NEWSDESK_BAKED_PAGES_DIR = str(tmp_path / "baked")
    ed, rev = editor(), reviewer()
    live, hidden = set(), set()

    def article(word: str, language: str = "en"):
        return make_edition(language=language, title=f"Title {word}", paragraphs=[f"Body {word}."])

    article("zzdraft")
    hidden.add("zzdraft")
    in_review = article("zzinreview")
    version_submit(version=in_review.latest_version, user=ed)
    hidden.add("zzinreview")
    changes = article("zzchanges")
    version_submit(version=changes.latest_version, user=ed)
    version_request_changes(version=changes.latest_version, user=rev, comment="More")
    hidden.add("zzchanges")
    rejected = article("zzrejected")
    version_submit(version=rejected.latest_version, user=ed)
    version_reject(version=rejected.latest_version, user=rev, comment="No")
    hidden.add("zzrejected")
    scheduled = article("zzscheduled")
    publish(scheduled.latest_version)
    edition_schedule(edition=scheduled, user=rev, go_live_at=timezone.now() + timedelta(days=1))
    hidden.add("zzscheduled")
    expired = article("zzexpired")
    publish(expired.latest_version)
    edition_schedule(edition=expired, user=rev, go_live_at=timezone.now() - timedelta(days=3),
                     expire_at=timezone.now() - timedelta(days=1))
    hidden.add("zzexpired")
    withdrawn = article("zzwithdrawn")
    publish(withdrawn.latest_version)
    edition_withdraw(edition=withdrawn, user=rev, comment="Gone")
    hidden.add("zzwithdrawn")
    newer = article("zzlivetext", language="de")
    publish(newer.latest_version)
    live.add("zzlivetext")
    version_create(edition=newer, paragraphs=["Body zznewerdraft."], title="Title zznewerdraft",
                   based_on=newer.latest_version)
    hidden.add("zznewerdraft")
    translation = Edition.objects.create(article=in_review.article, language="fr")
    version_create(edition=translation, paragraphs=["Body zztranslation."], title="Title zztranslation",
                   based_on=None)
    publish(translation.latest_version)  # live translation of an unpublished original: its own decision
    live.add("zztranslation")
    plain = article("zzplainlive", language="ar")
    publish(plain.latest_version)
    live.add("zzplainlive")

    feeds = [reverse(f"editorial:{feed}", args=[language])  # every language's feeds, linked or not
             for language in ("en", "de", "fr", "ar") for feed in ("language-feed", "language-feed-atom")]
    pages = crawl(client, extra=feeds)
    if cached:
        assert crawl(client, extra=feeds) == pages
    text = "\n".join(pages.values())
    if cached == "baked":
        baked = [path.read_text() for path in (tmp_path / "baked" / "current").rglob("index.html")]
        assert any("zzplainlive" in page for page in baked)  # article pages were baked
        text += "\n".join(baked)
    assert "/sitemap.xml" in pages and any("/feed/" in url for url in pages)
    assert len(pages) > 5
    for word in live:
        assert word in text, f"live text {word} is missing"
    for word in hidden:
        assert word not in text, f"{word} leaked"
    # A search for each sentinel finds exactly the live ones.
    for word in live | hidden:
        for view in ("editorial:article-search", "editorial:search"):
            response = client.get(reverse(view), {"q": word})
            assert bool(list(response.context["editions"])) == (word in live), (view, word)
            if word in hidden:
                assert word not in response.content.decode().replace(f'value="{word}"', "").replace(
                    f"“{word}”", "").replace(f"{word} – Search", ""), (view, word)
    # Direct URLs of hidden editions are 404 or 410, never the text.
    for edition in (in_review, changes, rejected, scheduled, expired, withdrawn):
        response = client.get(detail(edition))
        assert response.status_code in (404, 410)


def test_staff_preview_any_version_and_nobody_else(client, editor_client):
    edition = make_edition(title="Live", paragraphs=["Live text."])
    publish(edition.latest_version)
    draft = version_create(edition=edition, paragraphs=["Draft zzpreview."], title="Draft", based_on=edition.latest_version)
    url = reverse("version-preview", args=[draft.pk])
    assert client.get(url).status_code == 404  # anonymous: not even a hint it exists
    response = editor_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and "Draft zzpreview." in html and "Preview of version 2" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow" and "no-store" in response["Cache-Control"]
    assert "application/ld+json" not in html and 'rel="canonical"' not in html


def test_a_correction_after_publication_shows_as_a_dated_notice(client):
    edition = make_edition(title="Story", paragraphs=["The vote was 7 to 4."])
    publish(edition.latest_version)
    assert "Correction" not in client.get(detail(edition)).content.decode()
    fixed = version_create(edition=edition, paragraphs=["The vote was 8 to 3."], title="Story",
                           based_on=edition.latest_version)
    version_submit(version=fixed, user=editor())
    version_approve(version=fixed, user=reviewer(), comment="An earlier version gave the wrong vote count.")
    html = client.get(detail(edition)).content.decode()
    assert "8 to 3" in html and "7 to 4" not in html
    assert 'class="correction"' in html and "gave the wrong vote count" in html
