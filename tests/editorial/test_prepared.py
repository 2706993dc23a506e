"""Prepared queries answer exactly what their querysets answer, with each
call's values, and refuse a queryset whose values do not reach the SQL as
parameters."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from editorial.models import ArticleTag, Edition
from editorial.prepared import PreparedQuery, PreparedQueryError
from editorial.services import article_tag_add, edition_schedule
from tests.factories import editor, make_edition, make_tag, make_translation, publish, reviewer

pytestmark = pytest.mark.django_db(transaction=True)

GO_LIVE = Edition._meta.get_field("go_live_at")
ARTICLE = Edition._meta.get_field("article")


def _published(now, article_id):
    return (Edition.objects.published(at=now).with_live().with_publication_dates().with_outdated_live()
            .filter(article_id=article_id).order_by("language"))


def _rows(editions):
    return [(e.pk, e.language, e.live_version.pk, e.live_version.title, e.live_version.paragraphs, e.article.pk,
             e.published_at, e.modified_at, e.modified_note, e.live_outdated, e.live_source_language)
            for e in editions]


@pytest.fixture
def articles():
    """One article live in two languages, one live only in English with a
    French draft, one never published."""
    both = make_edition(language="en", title="Both")
    publish(both.latest_version)
    publish(make_translation(both, language="fr").latest_version)
    one = make_edition(language="en", title="One")
    publish(one.latest_version)
    make_translation(one, language="fr")
    none = make_edition(language="en", title="None")
    return both, one, none


def test_same_results_as_the_queryset_for_every_value(articles):
    prepared = PreparedQuery(Edition, _published, now=GO_LIVE, article_id=ARTICLE)
    now = timezone.now()
    for edition in articles:
        expected = _rows(_published(now, edition.article_id))
        assert _rows(prepared(now=now, article_id=edition.article_id)) == expected
    assert [len(prepared(now=now, article_id=e.article_id)) for e in articles] == [2, 1, 0]


def test_the_clock_is_a_value_not_frozen_at_compile_time(articles):
    both = articles[0]
    prepared = PreparedQuery(Edition, _published, now=GO_LIVE, article_id=ARTICLE)
    now = timezone.now()
    assert len(prepared(now=now, article_id=both.article_id)) == 2
    edition_schedule(edition=both, user=reviewer(), go_live_at=None, expire_at=now + timedelta(hours=1))
    assert len(prepared(now=now, article_id=both.article_id)) == 2
    later = now + timedelta(hours=2)
    assert _rows(prepared(now=later, article_id=both.article_id)) == _rows(_published(later, both.article_id))
    assert [e.language for e in prepared(now=later, article_id=both.article_id)] == ["fr"]


def test_compiled_once_then_one_query_per_call(articles, monkeypatch):
    built = []

    def build(now, article_id):
        built.append(article_id)
        return _published(now, article_id)

    prepared = PreparedQuery(Edition, build, now=GO_LIVE, article_id=ARTICLE)
    for edition in articles:
        with CaptureQueriesContext(connection) as queries:
            prepared(now=timezone.now(), article_id=edition.article_id)
        assert len(queries) == 1
    assert len(built) == 1  # built once, with the sentinels, never with a real value
    assert built[0] not in {e.article_id for e in articles}


def test_shapes_compile_apart(articles):
    both = articles[0]
    user = editor()
    tag = make_tag("Jane Quimby")
    article_tag_add(article=both.article, tag=tag, user=user)
    tag.labels.create(language="fr", label="Jeanne Quimby")
    prepared = PreparedQuery(
        ArticleTag, lambda article_id, shape: ArticleTag.objects.filter(article_id=article_id).labelled(shape),
        article_id=ArticleTag._meta.get_field("article"),
    )
    labels = {shape: [t.label for t in prepared(article_id=both.article_id, shape=shape)]
              for shape in ("fr", "en", "fr-ca")}
    assert labels == {"fr": ["Jeanne Quimby"], "en": ["Jane Quimby"], "fr-ca": ["Jeanne Quimby"]}


def test_results_on_other_threads_use_their_own_connection(articles):
    both = articles[0]
    prepared = PreparedQuery(Edition, _published, now=GO_LIVE, article_id=ARTICLE)
    expected = _rows(prepared(now=timezone.now(), article_id=both.article_id))
    seen, errors = [], []

    def read():
        try:
            seen.append(_rows(prepared(now=timezone.now(), article_id=both.article_id)))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and seen == [expected] * 4


def test_a_value_that_is_not_a_parameter_is_refused(articles):
    # The article id only chooses an ordering: it never reaches the SQL.
    prepared = PreparedQuery(Edition, lambda article_id: Edition.objects.order_by("language"), article_id=ARTICLE)
    with pytest.raises(PreparedQueryError, match="article_id"):
        prepared(article_id=articles[0].article_id)


def test_wrong_values_are_a_type_error(articles):
    prepared = PreparedQuery(Edition, _published, now=GO_LIVE, article_id=ARTICLE)
    with pytest.raises(TypeError):
        prepared(article_id=1)
