"""published(): the one public rule, for every combination of state and date."""

from __future__ import annotations

import itertools
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from editorial.choices import VersionOrigin, VersionStatus
from editorial.models import Article, Edition, Tag, TagLabel, Version
from editorial.services import (
    edition_schedule,
    tag_suggestion_reject,
    version_create,
    version_submit,
)
from tests.factories import (
    UserFactory,
    editor,
    make_edition,
    make_suggestion,
    make_tag,
    publish,
    reviewer,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
# Offsets chosen so that every "past"/"future" pair is a valid window (the
# database refuses an expiry not after go-live; tested below).
GO_LIVE = {"none": None, "past": NOW - 2 * HOUR, "now": NOW, "future": NOW + HOUR}
EXPIRY = {"none": None, "past": NOW - HOUR, "now": NOW, "future": NOW + 2 * HOUR}
LIVE_STATES = [None, *VersionStatus]  # None: no live pointer at all


def valid_window(go_live, expire) -> bool:
    return go_live is None or expire is None or expire > go_live


def expected_public(live_status, go_live, expire, withdrawn, at) -> bool:
    """The rule as the issue states it, written independently of querysets.py."""
    if live_status != VersionStatus.APPROVED or withdrawn:
        return False
    if go_live is not None and at < go_live:
        return False
    return expire is None or at < expire


COMBINATIONS = [
    (status, go, exp, withdrawn)
    for status, go, exp, withdrawn in itertools.product(LIVE_STATES, GO_LIVE, EXPIRY, [False, True])
    if valid_window(GO_LIVE[go], EXPIRY[exp])
]


@pytest.fixture
def every_combination():
    """One edition per combination, written as rows: a live pointer to a
    draft cannot be made through the services, but published() must still
    refuse it."""
    editions = {}
    for n, (status, go, exp, withdrawn) in enumerate(COMBINATIONS):
        article = Article.objects.create()
        edition = Edition.objects.create(
            article=article, language="en", go_live_at=GO_LIVE[go], expire_at=EXPIRY[exp], is_withdrawn=withdrawn
        )
        version = Version.objects.create(
            edition=edition, number=1, status=status or VersionStatus.DRAFT, origin=VersionOrigin.IMPORT,
            title=f"Combination {n}", paragraphs=[{"id": "p1", "text": "Text."}],
        )
        Edition.objects.filter(pk=edition.pk).update(
            latest_version=version, live_version=version if status is not None else None
        )
        editions[edition.pk] = (status, go, exp, withdrawn)
    return editions


def test_the_combinations_cover_every_state_and_bound():
    assert {c[0] for c in COMBINATIONS} == set(LIVE_STATES)
    assert {c[1] for c in COMBINATIONS} == set(GO_LIVE) and {c[2] for c in COMBINATIONS} == set(EXPIRY)
    # 6 states x 2 withdrawn x the 12 valid windows out of 16
    assert len(COMBINATIONS) == 6 * 2 * 12


INSTANTS = [
    NOW, NOW - 3 * HOUR, NOW - 2 * HOUR, NOW - HOUR, NOW + HOUR, NOW + 2 * HOUR, NOW + 3 * HOUR,
    NOW - timedelta(microseconds=1), NOW + timedelta(microseconds=1),
]


def test_published_for_every_combination(every_combination):
    # One set of rows, asked at every instant that matters (each bound, just
    # before and after): building the rows is the slow part.
    for at in INSTANTS:
        expected = {
            pk for pk, (status, go, exp, withdrawn) in every_combination.items()
            if expected_public(status, GO_LIVE[go], EXPIRY[exp], withdrawn, at)
        }
        actual = set(Edition.objects.published(at=at).values_list("pk", flat=True))
        wrong = {every_combination[pk] for pk in expected ^ actual}
        assert not wrong, f"published(at={at}) disagrees for {sorted(map(str, wrong))}"
        assert 0 < len(actual) < len(every_combination)  # not trivially all or nothing


def test_published_uses_the_clock_when_no_time_is_given(every_combination, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    assert set(Edition.objects.published().values_list("pk", flat=True)) == set(
        Edition.objects.published(at=NOW).values_list("pk", flat=True)
    )


@pytest.mark.parametrize(("go", "exp"), [("now", "now"), ("future", "past"), ("now", "past")])
def test_the_database_refuses_an_expiry_not_after_go_live(go, exp):
    edition = make_edition()
    with pytest.raises(IntegrityError), transaction.atomic():
        Edition.objects.filter(pk=edition.pk).update(go_live_at=GO_LIVE[go], expire_at=EXPIRY[exp])


def _scheduled(go_live_at, expire_at):
    edition = make_edition()
    publish(edition.latest_version)
    edition_schedule(edition=edition, user=reviewer(), go_live_at=go_live_at, expire_at=expire_at)
    return edition


def test_visible_exactly_at_go_live_and_hidden_exactly_at_expiry():
    edition = _scheduled(NOW, NOW + HOUR)
    tick = timedelta(microseconds=1)
    assert not Edition.objects.published(at=NOW - tick).exists()
    assert list(Edition.objects.published(at=NOW)) == [edition]
    assert list(Edition.objects.published(at=NOW + HOUR - tick)) == [edition]
    assert not Edition.objects.published(at=NOW + HOUR).exists()


def test_scheduled_edition_appears_when_the_clock_passes_without_any_job(monkeypatch):
    """No cron: the same rows, a later clock, a different answer."""
    edition = _scheduled(NOW + HOUR, NOW + 2 * HOUR)
    clock = {"now": NOW}
    monkeypatch.setattr(timezone, "now", lambda: clock["now"])
    assert not Edition.objects.published().exists()
    clock["now"] = NOW + HOUR
    assert list(Edition.objects.published()) == [edition]
    clock["now"] = NOW + 2 * HOUR
    assert not Edition.objects.published().exists()


def test_real_clock_go_live_a_moment_from_now():
    """The real clock, not a patched one: go-live 0.3 s ahead is invisible
    now and visible once that moment has passed."""
    go_live = timezone.now() + timedelta(seconds=0.3)
    edition = _scheduled(go_live, None)
    assert not Edition.objects.published().exists()
    while timezone.now() < go_live:
        time.sleep(0.05)
    assert list(Edition.objects.published()) == [edition]


def test_a_newer_draft_never_replaces_the_live_version():
    edition = make_edition(language="de")
    first = publish(edition.latest_version)
    version_create(edition=edition, paragraphs=["Entwurf."], title="Neu", based_on=first)
    published = Edition.objects.published().with_live().get()
    assert published.live_version == first
    assert published.latest_version.number == 2
    assert list(Edition.objects.published().for_language("de")) == [edition]
    assert not Edition.objects.published().for_language("en").exists()


def test_a_draft_only_edition_is_not_published():
    make_edition()
    assert not Edition.objects.published().exists()


# -- the other read helpers ----------------------------------------------------


def test_review_queue_leaves_out_my_own_versions():
    mine_created, mine_submitted, theirs, system = (make_edition() for _ in range(4))
    me = UserFactory(roles=["Editor", "Reviewer"])
    created = version_create(edition=mine_created, paragraphs=["Mine."],
                             title="T", based_on=mine_created.latest_version, author=me)
    version_submit(version=created, user=editor())
    version_submit(version=mine_submitted.latest_version, user=me)
    version_submit(version=theirs.latest_version, user=editor())
    draft = system.latest_version  # not in review at all
    queue = set(Version.objects.reviewable_by(me))
    assert queue == {theirs.latest_version}
    assert set(Version.objects.in_review()) == {created, mine_submitted.latest_version, theirs.latest_version}
    assert draft not in set(Version.objects.in_review())


def test_articles_by_state_and_pending_suggestions():
    drafted, submitted = make_edition(), make_edition()
    version_submit(version=submitted.latest_version, user=editor())
    suggested = make_suggestion(drafted.article)
    decided = make_suggestion(submitted.article)
    tag_suggestion_reject(suggestion=decided, user=editor())
    assert list(Article.objects.in_state(VersionStatus.IN_REVIEW)) == [submitted.article]
    assert list(Article.objects.in_state(VersionStatus.DRAFT)) == [drafted.article]
    assert list(Article.objects.with_pending_suggestions()) == [suggested.article]


def test_vocabulary_entries_carry_aliases_and_labels_once():
    tag = make_tag("Donald Trump", aliases=["Trump", "Trumps"])
    TagLabel.objects.create(tag=tag, language="zh", label="特朗普")
    TagLabel.objects.create(tag=tag, language="de", label="Trump")  # same as an alias: listed once
    (entry,) = Tag.objects.vocabulary_entries()
    assert (entry.key, entry.name, entry.kind.value) == ("donald-trump", "Donald Trump", "person")
    assert sorted(entry.aliases) == sorted(["Trump", "Trumps", "特朗普"])
