"""Tag services: decisions on suggestions, tags by hand, merging, and learning."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.services import import_batch_finish, import_batch_start, ingest_paths
from editorial.choices import EventAction, SuggestionStatus, TagKind
from editorial.exceptions import EditorialError, InvalidTransition, PermissionDenied
from editorial.models import ArticleTag, Event, Tag, TagAlias, TagLabel, TagSuggestion
from editorial.services import (
    article_tag_add,
    article_tag_remove,
    tag_create,
    tag_merge,
    tag_suggestion_accept,
    tag_suggestion_reject,
)
from tests.factories import editor, make_edition, make_suggestion, make_tag, reviewer, translator

pytestmark = pytest.mark.django_db


def import_folder(folder: Path) -> None:
    batch = import_batch_start(arguments={}, dry_run=False, max_bytes=5 * 1024 * 1024)
    list(ingest_paths([folder], glob="*.txt", batch=batch))
    import_batch_finish(batch=batch)


# -- accept / reject ----------------------------------------------------------


def test_accept_creates_a_vocabulary_tag_and_links_the_article():
    article = make_edition().article
    suggestion = make_suggestion(article, name="Jane Quimby")
    user = editor()
    tag = tag_suggestion_accept(suggestion=suggestion, user=user)
    assert (tag.name, tag.kind, tag.slug) == ("Jane Quimby", TagKind.PERSON, "jane-quimby")
    link = ArticleTag.objects.get(article=article)
    assert (link.tag, link.added_by, link.suggestion) == (tag, user, suggestion)
    stored = TagSuggestion.objects.get(pk=suggestion.pk)
    assert (stored.status, stored.tag, stored.decided_by) == (SuggestionStatus.ACCEPTED, tag, user)
    assert stored.decided_at is not None
    assert not tag.aliases.exists()  # the surface form is the name already
    event = Event.objects.get(action=EventAction.TAG_ACCEPTED)
    assert (event.article, event.actor, event.data["tag_id"]) == (article, user, tag.pk)


def test_accept_reuses_a_tag_found_by_name_or_alias_case_insensitively():
    existing = make_tag("Jane Quimby", aliases=["Mayor Quimby"])
    first = make_suggestion(make_edition().article, name="jane quimby")
    second = make_suggestion(make_edition().article, name="MAYOR QUIMBY")
    assert tag_suggestion_accept(suggestion=first, user=editor()) == existing
    assert tag_suggestion_accept(suggestion=second, user=editor()) == existing
    assert Tag.objects.count() == 1
    assert ArticleTag.objects.filter(tag=existing).count() == 2


def test_accept_into_a_chosen_tag_records_the_surface_form_as_an_alias():
    edition = make_edition(language="de")
    canonical = make_tag("Donald Trump")
    suggestion = make_suggestion(edition.article, name="Trumps")
    tag_suggestion_accept(suggestion=suggestion, user=editor(), tag=canonical)
    alias = TagAlias.objects.get(tag=canonical)
    assert (alias.alias, alias.language) == ("Trumps", "de")
    # Accepting the same surface form again adds no duplicate alias.
    again = make_suggestion(make_edition(language="de").article, name="trumps")
    tag_suggestion_accept(suggestion=again, user=editor(), tag=canonical)
    assert TagAlias.objects.filter(tag=canonical).count() == 1


ENGLISH = (
    "The city council of Springfield approved a new budget on Monday after a long debate.\n\n"
    "Mayor Jane Quimby said the plan would fund schools, roads and the public library.\n\n"
    "Opposition members argued that taxes would rise for small businesses next year.\n"
)
LATER = (
    "Springfield opened a new public library on Saturday, two years after the budget vote.\n\n"
    "Jane Quimby cut the ribbon and thanked the volunteers who had collected the books.\n\n"
    "Residents queued for hours to borrow their first books from the new building.\n"
)


def test_the_next_import_matches_the_alias_learned_from_an_accepted_suggestion(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    (first / "budget.txt").write_text(ENGLISH, encoding="utf-8")
    import_folder(first)
    suggestion = TagSuggestion.objects.get(name="Jane Quimby")
    assert suggestion.tag is None  # nothing in the vocabulary yet
    canonical = make_tag("Jane Q. Quimby")
    tag_suggestion_accept(suggestion=suggestion, user=editor(), tag=canonical)
    assert set(canonical.aliases.values_list("alias", flat=True)) == {"Jane Quimby"}

    (second / "library.txt").write_text(LATER, encoding="utf-8")
    import_folder(second)
    learned = TagSuggestion.objects.exclude(pk=suggestion.pk).get(tag=canonical)
    assert learned.key == canonical.slug and learned.status == SuggestionStatus.SUGGESTED
    assert learned.article_id != suggestion.article_id


def test_reject_keeps_the_decision_and_links_nothing():
    article = make_edition().article
    suggestion = make_suggestion(article)
    user = editor()
    tag_suggestion_reject(suggestion=suggestion, user=user)
    stored = TagSuggestion.objects.get(pk=suggestion.pk)
    assert (stored.status, stored.decided_by) == (SuggestionStatus.REJECTED, user)
    assert not ArticleTag.objects.exists() and not Tag.objects.exists()
    assert Event.objects.filter(action=EventAction.TAG_REJECTED, article=article, actor=user).exists()


@pytest.mark.parametrize("first", ["accept", "reject"])
@pytest.mark.parametrize("second", ["accept", "reject"])
def test_a_decided_suggestion_cannot_be_decided_again(first, second):
    suggestion = make_suggestion(make_edition().article)
    decide = {
        "accept": lambda s: tag_suggestion_accept(suggestion=s, user=editor()),
        "reject": lambda s: tag_suggestion_reject(suggestion=s, user=editor()),
    }
    decide[first](suggestion)
    events = Event.objects.count()
    stale = TagSuggestion.objects.get(pk=suggestion.pk)
    with pytest.raises(InvalidTransition, match="already"):
        decide[second](stale)
    assert Event.objects.count() == events
    assert ArticleTag.objects.count() == (1 if first == "accept" else 0)


# -- by hand ----------------------------------------------------------------


def test_add_and_remove_a_tag_by_hand():
    article = make_edition().article
    tag = make_tag("Springfield", kind=TagKind.PLACE)
    user = editor()
    link = article_tag_add(article=article, tag=tag, user=user)
    assert (link.article, link.tag, link.added_by, link.suggestion) == (article, tag, user, None)
    with pytest.raises(InvalidTransition, match="already has the tag"):
        article_tag_add(article=article, tag=tag, user=user)
    article_tag_remove(article=article, tag=tag, user=user)
    assert not ArticleTag.objects.exists()
    assert Tag.objects.filter(pk=tag.pk).exists()  # the vocabulary keeps it
    with pytest.raises(InvalidTransition, match="does not have the tag"):
        article_tag_remove(article=article, tag=tag, user=user)
    actions = list(Event.objects.filter(article=article, actor=user).order_by("pk").values_list("action", flat=True))
    assert actions == [EventAction.TAG_ADDED, EventAction.TAG_REMOVED]


def test_create_tag_needs_a_name_and_gets_a_unique_unicode_slug():
    user = editor()
    first = tag_create(name="Zürich", kind=TagKind.PLACE, user=user)
    second = tag_create(name=" Zürich ", kind=TagKind.PLACE, user=user)
    assert (first.slug, second.slug, second.name) == ("zürich", "zürich-2", "Zürich")
    assert tag_create(name="北京", kind=TagKind.PLACE, user=user).slug == "北京"
    with pytest.raises(EditorialError, match="needs a name"):
        tag_create(name="  ", kind=TagKind.TOPIC, user=user)


# -- merge --------------------------------------------------------------------


def test_merge_moves_aliases_labels_links_and_suggestions():
    source = make_tag("Trump", aliases=["Trumps", "Donald"])
    target = make_tag("Donald Trump", aliases=["Donald"])
    TagLabel.objects.create(tag=source, language="zh", label="特朗普")
    TagLabel.objects.create(tag=source, language="de", label="Trump (de)")
    TagLabel.objects.create(tag=target, language="de", label="Donald Trump")
    only_source, both, only_target = (make_edition().article for _ in range(3))
    user = editor()
    for article in (only_source, both):
        article_tag_add(article=article, tag=source, user=user)
    for article in (both, only_target):
        article_tag_add(article=article, tag=target, user=user)
    pending = make_suggestion(make_edition().article, name="Trump", tag=source)

    assert tag_merge(source=source, target=target, user=user) == target

    assert not Tag.objects.filter(pk=source.pk).exists()
    aliases = sorted(target.aliases.values_list("alias", flat=True))
    assert aliases == ["Donald", "Trump", "Trumps"]  # no duplicate "Donald"; the old name is an alias
    assert dict(target.labels.values_list("language", "label")) == {"de": "Donald Trump", "zh": "特朗普"}
    assert set(ArticleTag.objects.values_list("article", "tag")) == {
        (only_source.pk, target.pk), (both.pk, target.pk), (only_target.pk, target.pk)
    }
    assert TagSuggestion.objects.get(pk=pending.pk).tag == target
    merged = Event.objects.filter(action=EventAction.TAG_MERGED)
    assert set(merged.values_list("article", flat=True)) == {only_source.pk, both.pk}
    assert all(e.data["source"] == "Trump" and e.data["target_id"] == target.pk for e in merged)


def test_merge_of_an_unused_tag_is_still_recorded():
    source, target = make_tag("Quimby"), make_tag("Jane Quimby")
    tag_merge(source=source, target=target, user=editor())
    event = Event.objects.get(action=EventAction.TAG_MERGED)
    assert event.article is None and event.data["source"] == "Quimby"


def test_merging_a_tag_into_itself_is_refused():
    tag = make_tag("Springfield", kind=TagKind.PLACE)
    with pytest.raises(EditorialError, match="into itself"):
        tag_merge(source=tag, target=tag, user=editor())
    assert Tag.objects.filter(pk=tag.pk).exists()


# -- permissions --------------------------------------------------------------


@pytest.mark.parametrize("make_user", [reviewer, translator], ids=["reviewer", "translator"])
def test_only_editors_decide_on_tags_and_nothing_is_written_otherwise(make_user):
    article = make_edition().article
    suggestion = make_suggestion(article)
    tag, other = make_tag("Springfield", kind=TagKind.PLACE), make_tag("Shelbyville", kind=TagKind.PLACE)
    user = make_user()
    attempts = [
        lambda: tag_suggestion_accept(suggestion=suggestion, user=user),
        lambda: tag_suggestion_reject(suggestion=suggestion, user=user),
        lambda: article_tag_add(article=article, tag=tag, user=user),
        lambda: article_tag_remove(article=article, tag=tag, user=user),
        lambda: tag_create(name="Ogdenville", kind=TagKind.PLACE, user=user),
        lambda: tag_merge(source=other, target=tag, user=user),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="not allowed"):
            attempt()
    assert TagSuggestion.objects.get(pk=suggestion.pk).status == SuggestionStatus.SUGGESTED
    assert Tag.objects.count() == 2 and not ArticleTag.objects.exists() and not Event.objects.filter(actor=user)


def test_a_reimport_does_not_suggest_again_a_tag_the_editor_already_decided(tmp_path):
    """Deciding on "Jane Quimby" settles it for this article: the changed
    file, now matched against the vocabulary, must not re-suggest the tag."""
    folder = tmp_path / "news"
    folder.mkdir()
    story = folder / "budget.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    import_folder(folder)
    suggestion = TagSuggestion.objects.get(name="Jane Quimby")
    tag = tag_suggestion_accept(suggestion=suggestion, user=editor())

    story.write_text(ENGLISH + "\nJane Quimby will present the plan again next week.\n", encoding="utf-8")
    import_folder(folder)

    about_quimby = TagSuggestion.objects.filter(article=suggestion.article, tag=tag)
    assert list(about_quimby.values_list("status", flat=True)) == [SuggestionStatus.ACCEPTED]
    assert not TagSuggestion.objects.filter(article=suggestion.article, status=SuggestionStatus.SUGGESTED,
                                            name__icontains="Quimby").exists()


def test_a_rejected_suggestion_stays_rejected_after_the_vocabulary_learns_the_name(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    story = folder / "budget.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    import_folder(folder)
    rejected = TagSuggestion.objects.get(name="Jane Quimby")
    tag_suggestion_reject(suggestion=rejected, user=editor())
    make_tag("Jane Quimby")  # accepted elsewhere meanwhile

    story.write_text(ENGLISH + "\nJane Quimby will present the plan again next week.\n", encoding="utf-8")
    import_folder(folder)

    assert list(TagSuggestion.objects.filter(article=rejected.article, name__icontains="Quimby")) == [rejected]


def test_article_tags_read_in_a_language_use_its_labels_else_the_name():
    from editorial.models import ArticleTag, TagLabel

    edition = make_edition(language="de")
    city = Tag.objects.create(name="Geneva", slug="geneva", kind="place")
    TagLabel.objects.create(tag=city, language="de", label="Genf")
    TagLabel.objects.create(tag=city, language="pt", label="Genebra")
    person = Tag.objects.create(name="Anna Schmidt", slug="anna-schmidt", kind="person")
    for tag in (city, person):
        ArticleTag.objects.create(article=edition.article, tag=tag)
    labels = lambda language: [(link.tag.slug, link.label) for link in ArticleTag.objects.labelled(language)]  # noqa: E731
    assert labels("de") == [("anna-schmidt", "Anna Schmidt"), ("geneva", "Genf")]
    assert labels("pt-br") == [("anna-schmidt", "Anna Schmidt"), ("geneva", "Genebra")]  # the main language
    assert labels("fr") == [("anna-schmidt", "Anna Schmidt"), ("geneva", "Geneva")]  # no label: the name
