"""Review transitions: every action from every state, live pointer moves."""

from __future__ import annotations

import pytest

from editorial.choices import EventAction, VersionStatus
from editorial.exceptions import EditorialError, InvalidTransition
from editorial.models import Edition, Event, Version
from editorial.services import (
    edition_withdraw,
    version_approve,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)
from tests.concurrency import at_once
from tests.factories import editor, make_edition, publish, reviewer, version_in

pytestmark = pytest.mark.django_db

S = VersionStatus
ACTIONS = ["submit", "approve", "request_changes", "reject"]

# The whole state machine, written out: the state an action leads to, or
# None when it must be refused. An approved version here is the live one,
# so approving it again is refused (nothing to republish).
ALLOWED = {
    (S.DRAFT, "submit"): S.IN_REVIEW,
    (S.CHANGES_REQUESTED, "submit"): S.IN_REVIEW,
    (S.IN_REVIEW, "approve"): S.APPROVED,
    (S.IN_REVIEW, "request_changes"): S.CHANGES_REQUESTED,
    (S.IN_REVIEW, "reject"): S.REJECTED,
}
EVENT_FOR = {
    "submit": EventAction.SUBMITTED,
    "approve": EventAction.APPROVED,
    "request_changes": EventAction.CHANGES_REQUESTED,
    "reject": EventAction.REJECTED,
}


def act(action: str, version: Version, *, as_editor, as_reviewer):
    if action == "submit":
        return version_submit(version=version, user=as_editor)
    if action == "approve":
        return version_approve(version=version, user=as_reviewer, comment="Good.")
    if action == "request_changes":
        return version_request_changes(version=version, user=as_reviewer, comment="Shorter, please.")
    return version_reject(version=version, user=as_reviewer, comment="Off topic.")


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("status", list(S))
def test_every_action_from_every_state(status, action):
    version = version_in(status)
    edition_before = Edition.objects.values("live_version", "latest_version", "is_withdrawn").get(
        pk=version.edition_id
    )
    events_before = Event.objects.count()
    # A fresh editor and reviewer: four eyes never interfere with the state table.
    as_editor, as_reviewer = editor(), reviewer()
    expected = ALLOWED.get((status, action))
    if expected is None:
        with pytest.raises(InvalidTransition) as excinfo:
            act(action, version, as_editor=as_editor, as_reviewer=as_reviewer)
        message = str(excinfo.value)
        assert f"Version {version.number} is" in message or "already live" in message
        version.refresh_from_db()
        assert version.status == status
        assert Event.objects.count() == events_before
        assert Edition.objects.values("live_version", "latest_version", "is_withdrawn").get(
            pk=version.edition_id
        ) == edition_before
        return
    returned = act(action, version, as_editor=as_editor, as_reviewer=as_reviewer)
    assert returned.status == expected
    version.refresh_from_db()
    assert version.status == expected
    event = Event.objects.filter(version=version).order_by("-pk").first()
    assert (event.action, event.from_state, event.to_state) == (EVENT_FOR[action], status, expected)
    assert event.actor == (as_editor if action == "submit" else as_reviewer)
    assert Event.objects.count() == events_before + 1
    edition = Edition.objects.get(pk=version.edition_id)
    assert edition.latest_version_id == edition_before["latest_version"]
    if action == "approve":
        assert edition.live_version_id == version.pk
    else:
        assert edition.live_version_id == edition_before["live_version"]


@pytest.mark.parametrize("status", list(S))
def test_editing_from_every_state_appends_a_draft_and_never_moves_live(status):
    version = version_in(status)
    live_before = Edition.objects.get(pk=version.edition_id).live_version_id
    new = version_create(
        edition=version.edition, paragraphs=["Edited."], title="Edited", based_on=version, author=editor()
    )
    assert new.status == S.DRAFT and new.number == version.number + 1
    edition = Edition.objects.get(pk=version.edition_id)
    assert edition.latest_version_id == new.pk
    assert edition.live_version_id == live_before
    version.refresh_from_db()
    assert version.status == status  # the edited version keeps its own state


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda v, u: version_request_changes(version=v, user=u, comment="  "), "comment is required"),
        (lambda v, u: version_reject(version=v, user=u, comment=""), "comment is required"),
    ],
)
def test_request_changes_and_reject_need_a_comment(call, needle):
    version = version_in(S.IN_REVIEW)
    with pytest.raises(EditorialError, match=needle):
        call(version, reviewer())
    version.refresh_from_db()
    assert version.status == S.IN_REVIEW


def test_refusals_are_editorial_errors_with_the_state_in_words():
    version = version_in(S.DRAFT)
    with pytest.raises(EditorialError) as excinfo:
        version_approve(version=version, user=reviewer())
    assert isinstance(excinfo.value, InvalidTransition)
    assert excinfo.value.message == "Version 1 is “Draft”; it cannot be approved."


def test_approving_moves_the_live_pointer_to_exactly_that_version():
    edition = make_edition()
    first = publish(edition.latest_version)
    author = editor()
    second = version_create(edition=edition, paragraphs=["Two."], title="Two", based_on=first, author=author)
    third = version_create(edition=edition, paragraphs=["Three."], title="Three", based_on=second, author=author)
    assert Edition.objects.get(pk=edition.pk).live_version_id == first.pk  # editing never moves it
    publish(second)
    edition.refresh_from_db()
    assert edition.live_version_id == second.pk and edition.latest_version_id == third.pk
    assert Edition.objects.published().get().live_version == second


def test_a_superseded_approved_version_stays_in_history():
    edition = make_edition()
    first = publish(edition.latest_version)
    second = publish(
        version_create(edition=edition, paragraphs=["Two."], title="Two", based_on=first, author=editor())
    )
    first.refresh_from_db()
    assert first.status == S.APPROVED
    assert Edition.objects.get(pk=edition.pk).live_version_id == second.pk
    assert list(Version.objects.filter(edition=edition, status=S.APPROVED).order_by("number")) == [first, second]
    assert first.texts == ["First.", "Second."]  # content untouched


def test_rolling_back_to_a_superseded_approved_version():
    edition = make_edition()
    first = publish(edition.latest_version)
    publish(version_create(edition=edition, paragraphs=["Two."], title="Two", based_on=first, author=editor()))
    version_approve(version=first, user=reviewer(), comment="Roll back.")
    assert Edition.objects.get(pk=edition.pk).live_version_id == first.pk
    event = Event.objects.filter(version=first).order_by("-pk").first()
    assert (event.from_state, event.to_state, event.comment) == (S.APPROVED, S.APPROVED, "Roll back.")


def test_withdrawn_edition_is_republished_by_approving_again():
    version = version_in(S.APPROVED)
    edition = version.edition
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal check.")
    assert not Edition.objects.published().exists()
    version_approve(version=version, user=reviewer(), comment="Cleared.")
    edition.refresh_from_db()
    assert not edition.is_withdrawn and edition.withdrawn_at is None
    assert edition.live_version_id == version.pk
    assert list(Edition.objects.published()) == [edition]


def test_withdrawn_edition_is_republished_by_approving_a_newer_version():
    version = version_in(S.APPROVED)
    edition = version.edition
    edition_withdraw(edition=edition, user=reviewer(), comment="Wrong quote.")
    fixed = version_create(edition=edition, paragraphs=["Fixed."], title="Fixed", based_on=version, author=editor())
    publish(fixed)
    edition.refresh_from_db()
    assert edition.live_version_id == fixed.pk and not edition.is_withdrawn
    assert Edition.objects.published().get().live_version.texts == ["Fixed."]


def test_approving_an_in_review_version_older_than_the_live_one_is_refused():
    edition = make_edition()
    first = edition.latest_version
    author, other = editor(), editor()
    second = version_create(edition=edition, paragraphs=["Two."], title="Two", based_on=first, author=author)
    version_submit(version=second, user=author)
    third = version_create(edition=edition, paragraphs=["Three."], title="Three", based_on=second, author=other)
    publish(third)
    with pytest.raises(InvalidTransition, match="older than the live version 3"):
        version_approve(version=second, user=reviewer())
    second.refresh_from_db()
    assert second.status == S.IN_REVIEW
    assert Edition.objects.get(pk=edition.pk).live_version_id == third.pk


def test_returned_and_stored_versions_agree_after_a_stale_in_memory_object():
    """Services act on the stored state, not on a caller's stale copy."""
    version = version_in(S.IN_REVIEW)
    stale = Version.objects.get(pk=version.pk)
    version_reject(version=version, user=reviewer(), comment="No.")
    with pytest.raises(InvalidTransition, match="(?i)rejected"):
        version_approve(version=stale, user=reviewer())  # stale copy still says "in review"
    assert Edition.objects.get(pk=version.edition_id).live_version_id is None


@pytest.mark.django_db(transaction=True)
def test_concurrent_approvals_never_leave_an_older_version_live():
    edition = make_edition()
    author, other = editor(), editor()
    second = version_create(edition=edition, paragraphs=["Two."], title="Two", based_on=edition.latest_version,
                            author=author)
    version_submit(version=second, user=author)
    third = version_create(edition=edition, paragraphs=["Three."], title="Three", based_on=second, author=other)
    version_submit(version=third, user=other)
    first_reviewer, second_reviewer = reviewer(), reviewer()
    outcomes = at_once(
        lambda: version_approve(version=Version.objects.get(pk=second.pk), user=first_reviewer),
        lambda: version_approve(version=Version.objects.get(pk=third.pk), user=second_reviewer),
    )
    assert isinstance(outcomes[1], Version), outcomes  # the newest is always approvable
    assert isinstance(outcomes[0], (Version, InvalidTransition)), outcomes  # before it, or refused after
    assert Edition.objects.get(pk=edition.pk).live_version_id == third.pk
    for version in (second, third):
        version.refresh_from_db()
        last = Event.objects.filter(version=version).exclude(to_state="").order_by("-pk").first()
        assert version.status == last.to_state
