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

MAX_DETAIL_QUERIES = 4  # issue 7; today 2: the published editions (with dates) and the tags


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


def test_publication_dates_cached_by_approvals_match_the_events():
    """``version_approve`` keeps the edition's publication columns equal to
    what the approval events say (the migration and bulk fills compute
    them from the events)."""
    from editorial.models import Event
    from editorial.querysets import publication_date_expressions
    from editorial.services import edition_withdraw, version_approve, version_create, version_submit
    from tests.factories import reviewer

    edition = make_edition(title="Dated", paragraphs=["First."])
    first = publish(edition.latest_version)

    def check():
        row = Edition.objects.filter(pk=edition.pk).annotate(
            **{f"expected_{name}": expression
               for name, expression in publication_date_expressions(event_model=Event).items()}).get()
        for name in ("first_published_at", "live_approved_at", "live_approval_note"):
            assert getattr(row, name) == getattr(row, f"expected_{name}"), name
        return row

    published = check().first_published_at
    assert published is not None
    second = version_create(edition=edition, paragraphs=["Second."], title="Dated", based_on=first)
    version_submit(version=second, user=editor())
    version_approve(version=second, user=reviewer(), comment="Fixed a name.")
    row = check()
    assert row.first_published_at == published and row.live_approval_note == "Fixed a name."
    assert row.live_approved_at > published
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    version_approve(version=first, user=reviewer())  # roll back to the first version
    row = check()
    assert row.first_published_at == published and row.live_approval_note == ""
