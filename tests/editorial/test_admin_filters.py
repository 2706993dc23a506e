"""The article changelist's filters: what they keep, and their facet counts.

The filters count their facets with one GROUP BY each instead of Django's
one-subquery-per-choice (editorial/admin/filters.py); these tests hold them
to exactly Django's own numbers, under other filters and a search too.
"""

from __future__ import annotations

import pytest
from django.contrib.admin.filters import FacetsMixin
from django.urls import reverse

from editorial.models import Edition, Tag, TagSuggestion
from editorial.services import article_tag_add, edition_withdraw, version_create, version_submit
from editorial.services.events import article_state_refresh
from tests.factories import UserFactory, editor, make_edition, publish

pytestmark = pytest.mark.django_db
URL = reverse("admin:editorial_article_changelist")


@pytest.fixture
def desk_user():
    return UserFactory(roles=["Editor", "Reviewer"])


@pytest.fixture
def newsroom(desk_user):
    """Articles in every state, two languages, tags and pending suggestions."""
    other = editor()
    drafts = [make_edition(language=code, title=f"Draft {code} budget") for code in ("en", "de", "en")]
    in_review = make_edition(language="de", title="In review")
    version_submit(version=in_review.latest_version, user=other)
    mine = make_edition(language="en", title="Mine in review", author=desk_user)
    version_submit(version=mine.latest_version, user=desk_user)
    live = make_edition(language="fr", title="Live budget")
    publish(live.latest_version)
    withdrawn = make_edition(language="en", title="Withdrawn")
    publish(withdrawn.latest_version)
    withdrawn.refresh_from_db()
    edition_withdraw(edition=withdrawn, user=UserFactory(roles=["Reviewer"]), comment="Legal")
    newer = make_edition(language="en", title="Live with a newer draft")
    publish(newer.latest_version)
    newer.refresh_from_db()
    version_create(edition=newer, paragraphs=["Changed."], title="Live with a newer draft", author=other,
                   based_on=newer.latest_version)
    translation = make_edition(language="en", title="Original")
    Edition.objects.create(article=translation.article, language="de")
    tags = [Tag.objects.create(name=name, slug=name.lower(), kind="topic") for name in ("Budget", "Rail", "Unused")]
    for edition in (drafts[0], live, newer):
        article_tag_add(article=edition.article, tag=tags[0], user=other)
    article_tag_add(article=drafts[1].article, tag=tags[1], user=other)
    for edition, status in ((drafts[0], "suggested"), (live, "suggested"), (newer, "rejected")):
        TagSuggestion.objects.create(article=edition.article, key=f"k{edition.pk}", name="Something", kind="topic",
                                     score=0.5, status=status)
        article_state_refresh(article_id=edition.article_id, touch=False)  # as the import does
    return {"tags": tags}


def facet_counts(client, query: str) -> list[tuple[str, dict, dict]]:
    """For each filter on the page: our counts and Django's own."""
    response = client.get(URL + "?_facets=1" + (f"&{query}" if query else ""))
    assert response.status_code == 200
    changelist = response.context["cl"]
    return [
        (spec.parameter_name, spec.get_facet_queryset(changelist), FacetsMixin.get_facet_queryset(spec, changelist))
        for spec in changelist.filter_specs
    ]


QUERIES = ["", "state=draft", "language=en", "state=live&language=en", "waiting=me", "waiting=any&language=de",
           "pending_tags=yes", "pending_tags=no&state=approved", "tag=TAG", "q=budget", "q=budget&state=draft",
           "translation=outdated", "translation=missing-de&state=draft"]


def test_facet_counts_equal_djangos_own(client, desk_user, newsroom):
    # One test over many pages: the newsroom is built once.
    client.force_login(desk_user)
    for query in QUERIES:
        counts = facet_counts(client, query.replace("TAG", str(newsroom["tags"][0].pk)))
        assert [name for name, _ours, _theirs in counts] == ["state", "waiting", "language", "translation", "tag",
                                                               "pending_tags"]
        for name, ours, theirs in counts:
            assert ours == theirs, (query, name)
        assert any(n for _name, ours, _theirs in counts for n in ours.values()), query  # not all zero


def test_facet_counts_are_real_numbers(client, desk_user, newsroom):
    client.force_login(desk_user)
    counts = {name: ours for name, ours, _theirs in facet_counts(client, "")}
    # state: draft, in_review, changes_requested, approved, rejected, live
    assert [counts["state"][f"{i}__c"] for i in range(6)] == [5, 2, 0, 2, 0, 3]
    # waiting: me (not the desk user's own submission), any
    assert [counts["waiting"]["0__c"], counts["waiting"]["1__c"]] == [1, 2]
    # pending suggestions: yes, no
    assert [counts["pending_tags"]["0__c"], counts["pending_tags"]["1__c"]] == [2, 7]


def test_tag_filter_lists_used_tags_only(client, desk_user, newsroom):
    client.force_login(desk_user)
    response = client.get(URL)
    tag_filter = next(spec for spec in response.context["cl"].filter_specs if spec.parameter_name == "tag")
    assert sorted(title for _pk, title in tag_filter.lookup_choices) == ["Budget", "Rail"]


def test_tag_filter_keeps_tagged_articles(client, desk_user, newsroom):
    client.force_login(desk_user)
    response = client.get(URL, {"tag": newsroom["tags"][0].pk})
    assert response.context["cl"].result_count == 3


def test_search_reads_latest_versions_titles_and_text(client, desk_user, newsroom):
    client.force_login(desk_user)

    def found(term):
        changelist = client.get(URL, {"q": term}).context["cl"]
        return sorted(str(article.original_edition.latest_version.title) for article in changelist.result_list)

    assert found("changed") == ["Live with a newer draft"]  # text of the latest version, any case
    assert found("live BUDGET") == ["Live budget"]  # title
    assert "Live with a newer draft" not in found("Second")  # only in its older version
    assert found("zzqxjv") == []
