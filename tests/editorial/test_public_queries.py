"""The public article page reads a constant, small number of queries,
whatever the article's length and number of tags (the page cache off, as
on a first request)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from editorial.models import Edition
from editorial.services import article_tag_add
from tests.factories import editor, make_edition, make_tag, make_translation, publish

pytestmark = pytest.mark.django_db

MAX_DETAIL_QUERIES = 4


def _article(*, paragraphs: int, tags: int, prefix: str = "Tag") -> Edition:
    edition = make_edition(language="en", title="Sized", paragraphs=[
        f"Speaker {n}: paragraph number {n} of the story." if n % 3 == 0 else f"Paragraph number {n}."
        for n in range(paragraphs)
    ])
    publish(edition.latest_version)
    publish(make_translation(edition, language="fr").latest_version)
    user = editor()
    for n in range(tags):
        article_tag_add(article=edition.article, tag=make_tag(f"{prefix} {n:03d}"), user=user)
    return edition


def _queries(client, edition) -> int:
    url = reverse("editorial:edition-detail", args=[edition.language, edition.article_id])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(("paragraphs", "tags"), [(1, 1), (1, 30), (200, 1), (200, 30)])
def test_article_page_queries_are_few(client, django_assert_max_num_queries, paragraphs, tags):
    edition = _article(paragraphs=paragraphs, tags=tags)
    url = reverse("editorial:edition-detail", args=[edition.language, edition.article_id])
    with django_assert_max_num_queries(MAX_DETAIL_QUERIES):
        html = client.get(url).content.decode()
    assert f"Paragraph number {paragraphs - 1}." in html or paragraphs == 1
    assert f"Tag {tags - 1:03d}" in html and 'hreflang="fr"' in html


def test_article_page_queries_do_not_grow_with_size_or_tags(client):
    sizes = [(1, 1), (1, 30), (200, 1), (200, 30)]
    counts = {_queries(client, _article(paragraphs=p, tags=t, prefix=f"T{p}-{t}")) for p, t in sizes}
    assert len(counts) == 1, counts
