"""version_create: append-only versions with a stale-edit check."""

from __future__ import annotations

import pytest

from editorial.choices import EventAction, VersionOrigin
from editorial.exceptions import EditorialError, StaleVersionError
from editorial.models import Edition, Event, Version
from editorial.services import version_create
from tests.concurrency import at_once
from tests.factories import editor, make_edition, publish

pytestmark = pytest.mark.django_db


def test_edit_appends_a_version_and_moves_only_latest():
    edition = make_edition()
    first = edition.latest_version
    publish(first)
    author = editor()
    second = version_create(
        edition=edition, paragraphs=["Changed.", "  ", "Second."], title=" New title ", based_on=first, author=author
    )
    edition.refresh_from_db()
    assert second.number == 2 and second.based_on == first
    assert second.texts == ["Changed.", "Second."]
    assert second.paragraph_ids[1] == first.paragraph_ids[1]  # unchanged keeps its id
    assert second.title == "New title" and second.created_by == author
    assert second.status == Version.Status.DRAFT
    assert edition.latest_version == second and edition.live_version == first
    first.refresh_from_db()
    assert first.texts == ["First.", "Second."] and first.title == "A title"


def test_edit_based_on_an_old_version_is_refused_and_nothing_is_written():
    edition = make_edition()
    first = edition.latest_version
    version_create(edition=edition, paragraphs=["Mine."], title="T", based_on=first)
    with pytest.raises(StaleVersionError) as excinfo:
        version_create(edition=edition, paragraphs=["Theirs."], title="T", based_on=first)
    assert excinfo.value.based_on_number == 1 and excinfo.value.latest_number == 2
    assert "version 2" in str(excinfo.value)
    assert Version.objects.filter(edition=edition).count() == 2


def test_first_version_requires_no_previous_one():
    edition = make_edition()
    with pytest.raises(StaleVersionError):
        version_create(edition=edition, paragraphs=["x"], title="T", based_on=None)


@pytest.mark.parametrize(("paragraphs", "title"), [([], "T"), (["  ", ""], "T"), (["Text."], "  ")])
def test_empty_text_or_title_is_refused(paragraphs, title):
    edition = make_edition()
    with pytest.raises(EditorialError):
        version_create(edition=edition, paragraphs=paragraphs, title=title, based_on=edition.latest_version)
    assert Edition.objects.get(pk=edition.pk).latest_version.number == 1


def test_stale_edit_leaves_no_trace_at_all():
    edition = make_edition()
    first = edition.latest_version
    winner = version_create(edition=edition, paragraphs=["Mine."], title="T", based_on=first, author=editor())
    counts = (Version.objects.count(), Event.objects.count())
    with pytest.raises(StaleVersionError):
        version_create(edition=edition, paragraphs=["Theirs."], title="T", based_on=first, author=editor())
    assert (Version.objects.count(), Event.objects.count()) == counts
    assert "Theirs." not in {t for v in Version.objects.all() for t in v.texts}
    edition.refresh_from_db()
    assert edition.latest_version_id == winner.pk


def test_the_loser_keeps_their_text_as_a_draft_based_on_the_newer_version():
    """What the conflict screen does: nothing is silently overwritten or lost."""
    edition = make_edition()
    first = edition.latest_version
    alice, bob = editor(), editor()
    version_create(edition=edition, paragraphs=["Alice's text."], title="A", based_on=first, author=alice)
    with pytest.raises(StaleVersionError) as excinfo:
        version_create(edition=edition, paragraphs=["Bob's text."], title="B", based_on=first, author=bob)
    latest = Edition.objects.get(pk=edition.pk).latest_version
    assert latest.number == excinfo.value.latest_number
    kept = version_create(
        edition=edition, paragraphs=["Bob's text."], title="B", based_on=latest, author=bob,
        origin=VersionOrigin.CONFLICT,
    )
    texts = {v.number: v.texts for v in Version.objects.filter(edition=edition)}
    assert texts == {1: ["First.", "Second."], 2: ["Alice's text."], 3: ["Bob's text."]}
    assert kept.based_on == latest and kept.origin == VersionOrigin.CONFLICT
    assert Event.objects.filter(version=kept, action=EventAction.CONFLICT_SAVED).exists()


def test_a_version_of_another_edition_is_not_a_valid_base():
    edition, other = make_edition(), make_edition()
    with pytest.raises(EditorialError, match="same edition"):
        version_create(edition=edition, paragraphs=["x"], title="T", based_on=other.latest_version, author=editor())
    assert Version.objects.filter(edition=edition).count() == 1


def test_paragraphs_as_one_string_are_refused():
    edition = make_edition()
    with pytest.raises(EditorialError, match="list of texts"):
        version_create(edition=edition, paragraphs="One string.", title="T", based_on=edition.latest_version)


def test_an_edit_event_says_who_and_what():
    edition = make_edition()
    author = editor()
    version = version_create(
        edition=edition, paragraphs=["New."], title="T", based_on=edition.latest_version, author=author, comment="Why"
    )
    event = Event.objects.get(version=version)
    assert (event.action, event.actor, event.to_state, event.comment) == (EventAction.EDITED, author, "draft", "Why")


@pytest.mark.django_db(transaction=True)
def test_concurrent_edits_exactly_one_wins_and_nothing_is_lost():
    edition = make_edition()
    first = edition.latest_version
    alice, bob = editor(), editor()
    texts = ["Alice's version.", "Bob's version."]

    def save(author, text):
        # Fresh rows per thread, as two browser sessions would load them.
        return version_create(
            edition=Edition.objects.get(pk=edition.pk), paragraphs=[text], title=text,
            based_on=Version.objects.get(pk=first.pk), author=author,
        )

    results = at_once(lambda: save(alice, texts[0]), lambda: save(bob, texts[1]))
    outcomes = dict(zip(texts, results))
    winners = [t for t in texts if isinstance(outcomes[t], Version)]
    losers = [t for t in texts if isinstance(outcomes[t], StaleVersionError)]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    # No partial rows: the winner's version and event, nothing of the loser.
    assert list(Version.objects.filter(edition=edition).order_by("number").values_list("number", "title")) == [
        (1, "A title"), (2, winners[0])
    ]
    assert Edition.objects.get(pk=edition.pk).latest_version.title == winners[0]
    assert list(Event.objects.filter(edition=edition).order_by("pk").values_list("version__number", flat=True)) == [1, 2]
    # The loser still holds their text and saves it on top of the winner's.
    loser_author = alice if losers[0] == texts[0] else bob
    latest = Edition.objects.get(pk=edition.pk).latest_version
    version_create(
        edition=edition, paragraphs=[losers[0]], title=losers[0], based_on=latest, author=loser_author,
        origin=VersionOrigin.CONFLICT,
    )
    assert {v.texts[0] for v in Version.objects.filter(edition=edition, number__gt=1)} == set(texts)
