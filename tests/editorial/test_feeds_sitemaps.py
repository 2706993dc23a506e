"""Feeds per language and tag, tag pages, sitemap.xml with hreflang and the
48-hour news sitemap: published editions only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from editorial.models import Edition, Event, Tag
from editorial.services import article_tag_add, version_create
from tests.factories import editor, make_edition, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories():
    live = make_edition(language="de", title="Live Geschichte", paragraphs=["Text."])
    publish(live.latest_version)
    version_create(edition=live, paragraphs=["Neuer Entwurf."], title="Entwurfstitel", based_on=live.latest_version)
    french = Edition.objects.create(article=live.article, language="fr")
    version_create(edition=french, paragraphs=["Texte."], title="Histoire", based_on=None)
    publish(french.latest_version)
    make_edition(language="de", title="Nur ein Entwurf", paragraphs=["Geheim."])
    tag = Tag.objects.create(name="Davos", slug="davos", kind="place")
    article_tag_add(article=live.article, tag=tag, user=editor())
    return {"live": live, "french": french, "tag": tag}


@pytest.mark.parametrize("name", ["language-feed", "language-feed-atom"])
def test_language_feeds_list_live_titles_only(client, stories, name):
    body = client.get(reverse(f"editorial:{name}", args=["de"])).content.decode()
    assert "Live Geschichte" in body
    assert "Entwurfstitel" not in body and "Nur ein Entwurf" not in body
    assert client.get(reverse(f"editorial:{name}", args=["xx"])).status_code == 404


def test_tag_page_and_tag_feeds(client, stories):
    page = client.get(reverse("editorial:tag-detail", args=["de", "davos"])).content.decode()
    assert "Live Geschichte" in page and "Nur ein Entwurf" not in page
    for name in ("tag-feed", "tag-feed-atom"):
        assert "Live Geschichte" in client.get(reverse(f"editorial:{name}", args=["de", "davos"])).content.decode()
    assert client.get(reverse("editorial:tag-detail", args=["fr", "davos"])).status_code == 200
    assert client.get(reverse("editorial:tag-detail", args=["de", "nope"])).status_code == 404


def test_article_page_links_its_tags(client, stories):
    html = client.get(reverse("editorial:edition-detail", args=["de", stories["live"].article_id])).content.decode()
    assert 'href="/de/tags/davos/"' in html


def test_sitemap_has_each_published_edition_with_hreflang_alternates(client, stories):
    body = client.get("/sitemap.xml").content.decode()
    article = stories["live"].article_id
    assert body.count("<url>") == 2
    assert f'hreflang="fr" href="http://testserver/fr/articles/{article}/"' in body
    assert f'hreflang="de" href="http://testserver/de/articles/{article}/"' in body


def test_news_sitemap_covers_the_last_48_hours(client, stories):
    body = client.get("/news-sitemap.xml").content.decode()
    assert body.count("<news:news>") == 2 and "Live Geschichte" in body
    earlier = Event.objects.get(edition=stories["french"], action="approved").created_at - timedelta(days=3)
    Event.objects.filter(edition=stories["french"], action="approved").update(created_at=earlier)
    # and the edition's copy of its publication dates (version_approve keeps it)
    Edition.objects.filter(pk=stories["french"].pk).update(first_published_at=earlier, live_approved_at=earlier)
    body = client.get("/news-sitemap.xml").content.decode()
    assert body.count("<news:news>") == 1 and "Histoire" not in body


def test_robots_txt_points_at_the_sitemaps(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body and "news-sitemap.xml" in body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Live Geschichte", "Histoire"}),
        ("language=fr", {"Histoire"}),
        ("tag=davos", {"Live Geschichte", "Histoire"}),  # tags belong to the article, in every language
        ("q=geschichte", {"Live Geschichte"}),
        ("q=Entwurfstitel", set()),  # a newer draft's title is never found
        ("q=Geheim", set()),  # nor a draft's text
        ("language=de&tag=davos&q=Text", {"Live Geschichte"}),
        ("published_from=2000-01-01&published_to=2000-01-02", set()),
    ],
)
def test_article_listing_filters_combine_in_the_url(client, stories, query, expected):
    response = client.get(reverse("editorial:article-search") + (f"?{query}" if query else ""))
    assert response.status_code == 200
    assert {e.live_version.title for e in response.context["editions"]} == expected


def test_listing_with_a_bad_date_says_so(client, stories):
    response = client.get(reverse("editorial:article-search") + "?published_from=yesterday")
    assert response.status_code == 200 and 'role="alert"' in response.content.decode()
