"""The article's cached state flags (what the desk filters on) always equal
what its editions, versions and suggestions say, after any service call."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from editorial.models import Article, Edition, TagSuggestion, Version
from editorial.models.articles import ARTICLE_FLAGS
from editorial.querysets import article_cached_columns
from editorial.services import (
    edition_withdraw,
    tag_suggestion_accept,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)
from tests.conftest import GERMAN_SEED
from tests.factories import editor, make_edition, publish, reviewer, translator

pytestmark = pytest.mark.django_db


def assert_flags_true_to_the_data():
    columns = article_cached_columns(edition_model=Edition, version_model=Version, suggestion_model=TagSuggestion)
    assert set(columns) >= {*ARTICLE_FLAGS, "title", "has_outdated_translation"}
    computed = Article.objects.annotate(**{f"computed_{name}": expression for name, expression in columns.items()})
    for article in computed:
        for column in columns:
            assert getattr(article, column) == getattr(article, f"computed_{column}"), (article.pk, column)


def test_flags_follow_every_service():
    ed, rev = editor(), reviewer()
    draft = make_edition(title="Draft")
    assert_flags_true_to_the_data()
    in_review = make_edition(title="In review")
    version_submit(version=in_review.latest_version, user=ed)
    sent_back = make_edition(title="Sent back")
    version_submit(version=sent_back.latest_version, user=ed)
    version_request_changes(version=sent_back.latest_version, user=rev, comment="More")
    rejected = make_edition(title="Rejected")
    version_submit(version=rejected.latest_version, user=ed)
    version_reject(version=rejected.latest_version, user=rev, comment="No")
    live = make_edition(title="Live")
    publish(live.latest_version)
    submitted = live.latest_version
    newer = version_create(edition=live, paragraphs=["New."], title="Live v2", based_on=submitted, author=ed)
    version_submit(version=newer, user=ed)
    withdrawn = make_edition(title="Withdrawn")
    publish(withdrawn.latest_version)
    edition_withdraw(edition=withdrawn, user=rev, comment="Legal")
    assert_flags_true_to_the_data()
    assert Article.objects.get(pk=draft.article_id).has_draft
    live_article = Article.objects.get(pk=live.article_id)
    assert live_article.has_live and live_article.has_in_review and live_article.has_waiting
    assert not live_article.has_draft


def test_import_and_tag_decisions_keep_the_pending_flag_true():
    call_command("import_seeds", str(GERMAN_SEED), stdout=StringIO(), stderr=StringIO())
    article = Article.objects.get()
    assert article.has_pending_tags and article.has_draft
    for suggestion in TagSuggestion.objects.filter(article=article):
        tag_suggestion_accept(suggestion=suggestion, user=editor())
    article.refresh_from_db()
    assert not article.has_pending_tags
    assert_flags_true_to_the_data()


def test_the_sort_title_follows_the_original_editions_latest_version():
    ed = editor()
    original = make_edition(title="First title", language="de")
    article = original.article
    assert Article.objects.get(pk=article.pk).title == "First title"
    version_create(edition=original, paragraphs=["Neu."], title="Second title", based_on=original.latest_version,
                   author=ed)
    assert Article.objects.get(pk=article.pk).title == "Second title"
    translation = Edition.objects.create(article=article, language="en")
    version_create(edition=translation, paragraphs=["New."], title="A translated title", based_on=None, author=ed)
    assert Article.objects.get(pk=article.pk).title == "Second title"  # only the original edition's title counts
    assert_flags_true_to_the_data()


def test_flags_are_right_right_after_each_decision():
    """Each service leaves the flags true at once, not only after a later call."""
    edition = make_edition(title="Fresh")
    publish(edition.latest_version)
    article = Article.objects.get(pk=edition.article_id)
    assert article.has_live and article.has_approved and not article.has_draft
    assert_flags_true_to_the_data()
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    assert_flags_true_to_the_data()


def test_the_outdated_translation_flag_follows_the_source_going_live():
    from editorial.services import translation_create

    source = make_edition(language="en", title="Story", paragraphs=["One.", "Two."])
    publish(source.latest_version)
    source.refresh_from_db()
    person = translator()
    german = translation_create(source_version=source.live_version, language="de", user=person,
                                paragraphs=["Eins.", "Zwei."], title="Geschichte")
    publish(german, by_editor=person)
    assert not Article.objects.get(pk=source.article_id).has_outdated_translation
    newer = version_create(edition=source, paragraphs=["One!", "Two."], title="Story",
                           based_on=source.live_version, author=editor())
    publish(newer)
    assert Article.objects.get(pk=source.article_id).has_outdated_translation
    assert_flags_true_to_the_data()
    translation_create(source_version=newer, language="de", user=person, paragraphs=["Eins!", "Zwei."])
    assert not Article.objects.get(pk=source.article_id).has_outdated_translation
    assert_flags_true_to_the_data()
