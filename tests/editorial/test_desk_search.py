"""The desk's search: titles and texts of the latest versions (drafts
included), through the desk index, by whole words or their beginnings."""

from __future__ import annotations

import pytest
from django.urls import reverse

from editorial.models import Article, DeskSearchEntry, Edition
from editorial.search import desk_search
from editorial.services import version_create
from tests.factories import editor, make_edition, publish

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:editorial_article_changelist")


def found(query: str) -> set[int]:
    return set(desk_search(Article.objects.all(), query).values_list("pk", flat=True))


def test_latest_text_is_found_older_text_is_not():
    edition = make_edition(title="Budget talks", paragraphs=["The parliament debated the budget."])
    article = edition.article_id
    assert found("parliament") == {article} and found("budget talks") == {article}
    version_create(edition=edition, paragraphs=["The senate debated the deficit."], title="Deficit talks",
                   based_on=edition.latest_version, author=editor())
    assert found("parliament") == set() and found("budget") == set()
    assert found("senate deficit") == {article}
    assert DeskSearchEntry.objects.count() == 1  # one row per article


def test_words_match_from_their_beginning_and_every_word_is_needed():
    one = make_edition(title="Größenordnung", paragraphs=["Haushaltsdebatte im Bundestag."]).article_id
    two = make_edition(title="Other", paragraphs=["Haushalt und Steuern."]).article_id
    assert found("Größe") == {one}
    assert found("haushalt") == {one, two}
    assert found("haushalt steuern") == {two}
    assert found("zzqxjv") == set() and found("   ") == set() and found('"*()^:-') == set()


def test_drafts_translations_and_any_script_are_found():
    story = make_edition(title="Live story", paragraphs=["Published words."])
    publish(story.latest_version)
    draft = version_create(edition=story, paragraphs=["Unpublished draft words."], title="Live story",
                           based_on=story.latest_version, author=editor())
    assert draft.status == "draft"
    assert found("unpublished") == {story.article_id}  # the desk sees drafts; the public never does
    arabic = Edition.objects.create(article=story.article, language="ar")
    version_create(edition=arabic, paragraphs=["التقى مؤسس علي بابا بالمستثمرين."], title="جاك ما",
                   based_on=None, author=editor())
    chinese = make_edition(language="zh", title="马云在达沃斯", paragraphs=["阿里巴巴创始人马云周二会见投资者。"])
    assert found("بابا") == {story.article_id}
    assert found("阿里巴巴") == {chinese.article_id} and found("马云") == {chinese.article_id}


def test_the_changelist_searches_the_index_and_source_names(editor_client):
    article = Article.objects.create(source_name="inbox:wires/2026/budget-0412.txt")  # as an import names it
    mine = Edition.objects.create(article=article, language="en")
    version_create(edition=mine, paragraphs=["The parliament debated."], title="Budget talks", based_on=None)
    other = make_edition(title="Weather", paragraphs=["Rain expected in Geneva."])
    for query, expected in (("parlia", {mine.article_id}), ("0412", {mine.article_id}), ("wires/2026", {mine.article_id}),
                            ("geneva", {other.article_id}), ("nothing-here", set())):
        response = editor_client.get(CHANGELIST, {"q": query})
        assert {a.pk for a in response.context["cl"].result_list} == expected, query
