"""The article list: columns, filters, search, bulk actions, the review
queue and the audit log."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from editorial.choices import EventAction, SuggestionStatus, VersionStatus
from editorial.admin.articles import ArticleAdmin
from editorial.models import Article, ArticleTag, Tag, TagSuggestion, Version
from editorial.services import article_tag_add, tag_suggestion_accept, version_create, version_submit
from tests.factories import UserFactory, make_edition, make_suggestion, publish

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:editorial_article_changelist")


def titles(response) -> set[str]:
    return {a.original_edition.latest_version.title for a in response.context["cl"].result_list}


@pytest.fixture
def newsroom(editor_client):
    """Articles in several states and languages, one tagged, one with a pending suggestion."""
    author = UserFactory(username="author", roles=["Editor"])
    draft = make_edition(language="de", title="Entwurf über Größe", paragraphs=["Die Größe zählt."])
    in_review = make_edition(language="fr", title="En relecture", paragraphs=["Texte."])
    version_submit(version=in_review.latest_version, user=author)
    mine = make_edition(language="fr", title="Relu par moi", paragraphs=["Texte."])
    version_submit(version=mine.latest_version, user=editor_client.user)
    live = make_edition(language="en", title="Live story", paragraphs=["Published words."])
    publish(live.latest_version)
    tag = Tag.objects.create(name="Davos", slug="davos", kind="place")
    article_tag_add(article=live.article, tag=tag, user=author)
    make_suggestion(draft.article, name="Xaver")
    return {"draft": draft, "in_review": in_review, "mine": mine, "live": live, "tag": tag}


def test_columns_show_title_languages_states_tags_and_source(editor_client, newsroom):
    html = editor_client.get(CHANGELIST).content.decode()
    assert "Live story" in html and "en · Approved · live" in html and "Davos" in html
    assert "fr · In review" in html


def test_query_count_does_not_grow_with_the_number_of_rows(editor_client, newsroom):
    with CaptureQueriesContext(connection) as few:
        editor_client.get(CHANGELIST)
    for n in range(15):
        publish(make_edition(title=f"More {n}", paragraphs=[f"Text {n}."]).latest_version)
    with CaptureQueriesContext(connection) as many:
        editor_client.get(CHANGELIST)
    assert len(many) == len(few)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("state=draft", {"Entwurf über Größe"}),
        ("state=in_review", {"En relecture", "Relu par moi"}),
        ("state=live", {"Live story"}),
        ("language=fr", {"En relecture", "Relu par moi"}),
        ("pending_tags=yes", {"Entwurf über Größe"}),
        ("waiting=any", {"En relecture", "Relu par moi"}),
        ("waiting=me", {"En relecture"}),  # not what I submitted myself
        ("q=Größe", {"Entwurf über Größe"}),  # title and text, non-ASCII
        ("q=Published+words", {"Live story"}),
        ("language=fr&waiting=me", {"En relecture"}),
    ],
)
def test_filters_and_search(editor_client, newsroom, query, expected):
    response = editor_client.get(f"{CHANGELIST}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize("order", ["1", "-1"])
def test_sorting_by_title_follows_the_latest_titles(editor_client, newsroom, order):
    live = newsroom["live"]
    version_create(edition=live, paragraphs=["Published words."], title="Aardvark story",
                   based_on=live.latest_version, author=editor_client.user)
    response = editor_client.get(f"{CHANGELIST}?o={order}")
    shown = [a.original_edition.latest_version.title for a in response.context["cl"].result_list]
    assert shown == sorted(shown, reverse=order.startswith("-")) and len(shown) == 4
    assert shown[0 if order == "1" else -1] == "Aardvark story"


def test_tag_filter(editor_client, newsroom):
    response = editor_client.get(f"{CHANGELIST}?tag={newsroom['tag'].pk}")
    assert titles(response) == {"Live story"}


def bulk(client, action, articles, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [a.pk for a in articles], **extra}
    response = client.post(CHANGELIST, data, follow=True)
    return response, " ".join(str(m) for m in response.context["messages"]) if response.context else ""


def test_bulk_submit_reports_what_was_skipped(editor_client, newsroom):
    articles = [newsroom["draft"].article, newsroom["live"].article]
    _, messages = bulk(editor_client, "submit_selected", articles)
    assert "Submit: 1" in messages and "Skipped 1" in messages and "nothing to submit" in messages
    assert newsroom["draft"].article.original_edition.latest_version.__class__.objects.get(
        pk=newsroom["draft"].latest_version.pk).status == VersionStatus.IN_REVIEW


def test_bulk_approve_applies_four_eyes_row_by_row(editor_reviewer_client, newsroom):
    mine = make_edition(language="de", title="Von mir", paragraphs=["Text."])
    version_submit(version=mine.latest_version, user=editor_reviewer_client.user)
    _, messages = bulk(editor_reviewer_client, "approve_selected", [newsroom["in_review"].article, mine.article])
    assert "Approve: 1" in messages and "Four eyes" in messages
    assert Version.objects.get(pk=newsroom["in_review"].latest_version.pk).status == VersionStatus.APPROVED
    assert Version.objects.get(pk=mine.latest_version.pk).status == VersionStatus.IN_REVIEW


def test_superusers_are_not_exempt_from_four_eyes_in_bulk(newsroom, client):
    boss = UserFactory(username="boss", is_superuser=True)
    client.force_login(boss)
    mine = make_edition(language="de", title="Chefsache", paragraphs=["Text."], author=boss)
    version_submit(version=mine.latest_version, user=boss)
    _, messages = bulk(client, "approve_selected", [mine.article])
    assert "Four eyes" in messages
    assert Version.objects.get(pk=mine.latest_version.pk).status == VersionStatus.IN_REVIEW


def test_bulk_reject_asks_for_a_comment_first(reviewer_client, newsroom):
    article = newsroom["in_review"].article
    response = reviewer_client.post(CHANGELIST, {"action": "reject_selected", ACTION_CHECKBOX_NAME: [article.pk]})
    assert response.status_code == 200 and "Reject with a comment" in response.content.decode()
    assert Version.objects.get(pk=newsroom["in_review"].latest_version.pk).status == VersionStatus.IN_REVIEW
    _, messages = bulk(reviewer_client, "reject_selected", [article], comment="Off topic")
    assert "Reject: 1" in messages
    assert Version.objects.get(pk=newsroom["in_review"].latest_version.pk).status == VersionStatus.REJECTED


def test_bulk_accept_suggested_tags_creates_vocabulary_and_aliases(editor_client, newsroom):
    _, messages = bulk(editor_client, "accept_suggested_tags", [newsroom["draft"].article])
    assert "Accept: 1" in messages
    suggestion = TagSuggestion.objects.get(name="Xaver")
    assert suggestion.status == SuggestionStatus.ACCEPTED
    assert ArticleTag.objects.filter(article=newsroom["draft"].article, tag__name="Xaver").exists()


def test_reviewer_cannot_bulk_submit_and_is_told_why(reviewer_client, newsroom):
    _, messages = bulk(reviewer_client, "submit_selected", [newsroom["draft"].article])
    assert "not allowed" in messages


def test_review_queue_lists_others_work_and_opens_the_diff(editor_reviewer_client, newsroom):
    queue = reverse("admin:editorial_reviewitem_changelist")
    mine = make_edition(language="de", title="Eigenes", paragraphs=["Text."])
    version_submit(version=mine.latest_version, user=editor_reviewer_client.user)
    html = editor_reviewer_client.get(queue).content.decode()
    assert "En relecture" in html and "Relu par moi" in html and "Eigenes" not in html
    assert "Eigenes" in editor_reviewer_client.get(queue + "?for=all").content.decode()
    item = newsroom["in_review"].latest_version
    response = editor_reviewer_client.get(reverse("admin:editorial_reviewitem_change", args=[item.pk]))
    assert response.status_code == 302 and "/compare/" in response["Location"] and f"b={item.pk}" in response["Location"]


def test_audit_log_filters_by_user_and_action(reviewer_client, newsroom):
    log = reverse("admin:editorial_event_changelist")
    response = reviewer_client.get(f"{log}?action={EventAction.SUBMITTED}")
    events = list(response.context["cl"].result_list)
    assert events and all(e.action == EventAction.SUBMITTED for e in events)
    author = UserFactory(username="author")
    response = reviewer_client.get(f"{log}?actor__id__exact={author.pk}")
    assert {e.actor_id for e in response.context["cl"].result_list} == {author.pk}


def test_add_article_by_hand_goes_through_the_service(editor_client, reviewer_client):
    url = reverse("admin:editorial_article_add")
    response = editor_client.post(url, {"language": "it", "title": "Titolo", "summary": "",
                                        "text": "Primo.\n\nSecondo\nriga due."})
    article = Article.objects.get()
    assert response.status_code == 302
    version = article.original_edition.latest_version
    assert version.texts == ["Primo.", "Secondo riga due."] and version.created_by.username == "erika"
    assert reviewer_client.get(url).status_code == 302  # told they may not, not a 500


def test_tag_merge_action(editor_client, newsroom):
    other = Tag.objects.create(name="Davos-Klosters", slug="davos-klosters", kind="place")
    article_tag_add(article=newsroom["draft"].article, tag=other, user=editor_client.user)
    url = reverse("admin:editorial_tag_changelist")
    page = editor_client.post(url, {"action": "merge_selected", ACTION_CHECKBOX_NAME: [other.pk]})
    assert "Merge tags" in page.content.decode()
    editor_client.post(url, {"action": "merge_selected", ACTION_CHECKBOX_NAME: [other.pk],
                             "target": newsroom["tag"].pk})
    assert not Tag.objects.filter(pk=other.pk).exists()
    assert ArticleTag.objects.filter(article=newsroom["draft"].article, tag=newsroom["tag"]).exists()
    assert newsroom["tag"].aliases.filter(alias="Davos-Klosters").exists()


def test_accepting_needs_the_editor_role(reviewer_client, newsroom):
    suggestion = TagSuggestion.objects.get(name="Xaver")
    with pytest.raises(Exception):
        tag_suggestion_accept(suggestion=suggestion, user=reviewer_client.user)


def test_review_queue_query_count_does_not_grow_with_its_rows(editor_reviewer_client, newsroom):
    queue = reverse("admin:editorial_reviewitem_changelist") + "?for=all"
    with CaptureQueriesContext(connection) as few:
        editor_reviewer_client.get(queue)
    author = UserFactory(username="chain", roles=["Editor"])
    for n in range(8):
        edition = make_edition(title=f"Queued {n}", paragraphs=[f"Text {n}."])
        draft = edition.latest_version
        longer = version_create(edition=edition, paragraphs=[f"Text {n} more."], title=f"Queued {n}", based_on=draft,
                        author=author)
        version_submit(version=longer, user=author)
    with CaptureQueriesContext(connection) as many:
        html = editor_reviewer_client.get(queue).content.decode()
    assert "Queued 7" in html
    assert len(many) == len(few)


@pytest.fixture
def small_cap(monkeypatch):
    """Count at most 3 matches (and one page ahead) before saying "more than"."""
    from editorial.admin import pagination

    monkeypatch.setattr(pagination, "COUNT_CAP", 3)
    monkeypatch.setattr(pagination, "PAGES_AHEAD", 1)
    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)


def test_filtered_counts_stop_at_the_cap_and_say_more_than(editor_client, small_cap):
    for n in range(6):
        make_edition(language="de", title=f"Entwurf {n}", paragraphs=[f"Text {n}."])
    make_edition(language="fr", title="Brouillon", paragraphs=["Texte."])
    response = editor_client.get(f"{CHANGELIST}?language=de")
    cl = response.context["cl"]
    assert cl.paginator.capped and cl.result_count == 4  # two pages of two: the current one and one ahead
    html = response.content.decode()
    assert "More than 4 articles" in html and "Select all matching articles (more than 4)" in html
    # Further pages stay reachable, and the count grows with them.
    response = editor_client.get(f"{CHANGELIST}?language=de&p=3")
    assert response.status_code == 200 and len(response.context["cl"].result_list) == 2
    assert not response.context["cl"].paginator.capped and response.context["cl"].result_count == 6
    # Few enough matches are counted exactly; so is the unfiltered list.
    response = editor_client.get(f"{CHANGELIST}?language=fr")
    assert not response.context["cl"].paginator.capped and response.context["cl"].result_count == 1
    response = editor_client.get(CHANGELIST)
    assert not response.context["cl"].paginator.capped and response.context["cl"].result_count == 7
    assert "7 articles" in response.content.decode()


def test_an_action_across_all_pages_reaches_every_match_beyond_the_cap(editor_client, small_cap):
    drafts = [make_edition(language="de", title=f"Entwurf {n}", paragraphs=[f"Text {n}."]) for n in range(6)]
    response = editor_client.post(f"{CHANGELIST}?language=de", {
        "action": "submit_selected", "select_across": "1", "index": "0",
        ACTION_CHECKBOX_NAME: [drafts[0].article_id],
    }, follow=True)
    assert response.status_code == 200
    assert Version.objects.filter(status=VersionStatus.IN_REVIEW).count() == 6


def test_capped_paginator_counts_exactly_up_to_the_cap():
    from editorial.admin.pagination import CappedPaginator, count_cap

    for n in range(5):
        make_edition(title=f"Story {n}")
    articles = Article.objects.filter(original_edition__language="en").order_by("pk")
    assert (CappedPaginator(articles, 2, cap=5).count, CappedPaginator(articles, 2, cap=5).capped) == (5, False)
    capped = CappedPaginator(articles, 2, cap=4)
    assert (capped.count, capped.capped, capped.num_pages) == (4, True, 2)
    assert CappedPaginator(articles, 2, cap=None).count == 5
    assert count_cap(page="3", per_page=50) == 1000 and count_cap(page="40", per_page=50) == 50 * 45
    assert count_cap(page="nonsense", per_page=50) == count_cap(page=None, per_page=50) == 1000
