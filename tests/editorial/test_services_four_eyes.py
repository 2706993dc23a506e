"""Four eyes: nobody decides on their own work, superusers included."""

from __future__ import annotations

import pytest

from editorial.choices import VersionStatus
from editorial.exceptions import FourEyesError, PermissionDenied
from editorial.models import Edition, Event
from editorial.services import (
    version_approve,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)
from tests.factories import UserFactory, editor, make_edition, publish, reviewer, superuser

pytestmark = pytest.mark.django_db

S = VersionStatus


def editor_reviewer():
    """Someone with both roles: the only kind of person four eyes stops."""
    return UserFactory(roles=["Editor", "Reviewer"])


DECISIONS = {
    "approve": lambda version, user: version_approve(version=version, user=user),
    "reject": lambda version, user: version_reject(version=version, user=user, comment="No."),
}


def assert_refused(decide, version, user, reason: str):
    events = Event.objects.count()
    with pytest.raises(FourEyesError) as excinfo:
        decide(version, user)
    assert reason in str(excinfo.value) and "Ask another reviewer" in str(excinfo.value)
    assert isinstance(excinfo.value, PermissionDenied)
    version.refresh_from_db()
    assert version.status == S.IN_REVIEW
    assert Event.objects.count() == events
    assert Edition.objects.get(pk=version.edition_id).live_version_id is None


@pytest.mark.parametrize("decision", DECISIONS)
def test_nobody_decides_on_a_version_they_created(decision):
    edition = make_edition()
    me = editor_reviewer()
    mine = version_create(edition=edition, paragraphs=["Mine."], title="T", based_on=edition.latest_version, author=me)
    version_submit(version=mine, user=editor())
    assert_refused(DECISIONS[decision], mine, me, "you created this version")
    DECISIONS[decision](mine, reviewer())  # another reviewer may


@pytest.mark.parametrize("decision", DECISIONS)
def test_nobody_decides_on_a_version_they_submitted(decision):
    edition = make_edition()
    me = editor_reviewer()
    version = edition.latest_version
    version_submit(version=version, user=me)
    assert_refused(DECISIONS[decision], version, me, "you submitted this version")


@pytest.mark.parametrize("decision", DECISIONS)
def test_own_unapproved_edit_anywhere_down_the_chain_counts(decision):
    edition = make_edition()
    me, a, b = editor_reviewer(), editor(), editor()
    v2 = version_create(edition=edition, paragraphs=["Me."], title="T", based_on=edition.latest_version, author=me)
    v3 = version_create(edition=edition, paragraphs=["A."], title="T", based_on=v2, author=a)
    v4 = version_create(edition=edition, paragraphs=["B."], title="T", based_on=v3, author=b)
    version_submit(version=v4, user=b)
    assert_refused(DECISIONS[decision], v4, me, "based on your own unapproved edit")


def test_an_approved_edit_of_mine_further_down_the_chain_no_longer_counts():
    edition = make_edition()
    me, a = editor_reviewer(), editor()
    v2 = version_create(edition=edition, paragraphs=["Me."], title="T", based_on=edition.latest_version, author=me)
    publish(v2)  # someone else approved my text: it is no longer my unreviewed work
    v3 = version_create(edition=edition, paragraphs=["A."], title="T", based_on=v2, author=a)
    version_submit(version=v3, user=a)
    version_approve(version=v3, user=me)
    assert Edition.objects.get(pk=edition.pk).live_version_id == v3.pk


def test_a_rejected_edit_of_mine_still_counts():
    edition = make_edition()
    me, a = editor_reviewer(), editor()
    v2 = version_create(edition=edition, paragraphs=["Me."], title="T", based_on=edition.latest_version, author=me)
    version_submit(version=v2, user=a)
    version_reject(version=v2, user=reviewer(), comment="Redo.")
    v3 = version_create(edition=edition, paragraphs=["A."], title="T", based_on=v2, author=a)
    version_submit(version=v3, user=a)
    assert_refused(DECISIONS["approve"], v3, me, "based on your own unapproved edit")


@pytest.mark.parametrize("decision", DECISIONS)
def test_superusers_are_not_exempt(decision):
    edition = make_edition()
    boss = superuser()
    mine = version_create(edition=edition, paragraphs=["Boss."], title="T", based_on=edition.latest_version, author=boss)
    version_submit(version=mine, user=boss)
    with pytest.raises(FourEyesError, match="you created this version"):
        DECISIONS[decision](mine, boss)
    DECISIONS[decision](mine, superuser())  # a second superuser is another pair of eyes


def test_superuser_who_only_submitted_is_refused_too():
    edition = make_edition()
    boss = superuser()
    version_submit(version=edition.latest_version, user=boss)
    with pytest.raises(FourEyesError, match="you submitted this version"):
        version_approve(version=edition.latest_version, user=boss)


def test_request_changes_is_not_a_decision_and_is_allowed_on_own_work():
    """Sending one's own text back is harmless; four eyes guards publishing."""
    edition = make_edition()
    me = editor_reviewer()
    version_submit(version=edition.latest_version, user=me)
    version_request_changes(version=edition.latest_version, user=me, comment="I need to fix a name.")
    assert edition.latest_version.status == S.CHANGES_REQUESTED


@pytest.mark.parametrize("decision", DECISIONS)
def test_setting_off_relaxes_four_eyes_for_one_person_newsrooms(settings, decision):
    settings.NEWSDESK_FOUR_EYES = False
    edition = make_edition()
    me = editor_reviewer()
    mine = version_create(edition=edition, paragraphs=["All mine."], title="T", based_on=edition.latest_version, author=me)
    version_submit(version=mine, user=me)
    DECISIONS[decision](mine, me)
    mine.refresh_from_db()
    assert mine.status == (S.APPROVED if decision == "approve" else S.REJECTED)


def test_setting_off_does_not_relax_roles(settings):
    settings.NEWSDESK_FOUR_EYES = False
    edition = make_edition()
    author = editor()
    version_submit(version=edition.latest_version, user=author)
    with pytest.raises(PermissionDenied):
        version_approve(version=edition.latest_version, user=author)


def test_setting_is_on_by_default(settings):
    del settings.NEWSDESK_FOUR_EYES  # whatever the settings module says, the default is on
    edition = make_edition()
    me = editor_reviewer()
    version_submit(version=edition.latest_version, user=me)
    with pytest.raises(FourEyesError):
        version_approve(version=edition.latest_version, user=me)


def test_system_versions_can_be_approved_by_any_reviewer_who_did_not_submit():
    edition = make_edition()  # version 1 created by the import (no author)
    system_version = edition.latest_version
    assert system_version.created_by is None
    submitter = editor_reviewer()
    version_submit(version=system_version, user=submitter)
    with pytest.raises(FourEyesError):
        version_approve(version=system_version, user=submitter)
    version_approve(version=system_version, user=reviewer())
    assert Edition.objects.get(pk=edition.pk).live_version_id == system_version.pk


def test_chain_through_system_versions_still_finds_my_edit():
    """A re-import on top of my unapproved edit does not launder it."""
    edition = make_edition()
    me = editor_reviewer()
    mine = version_create(edition=edition, paragraphs=["Me."], title="T", based_on=edition.latest_version, author=me)
    reimport = version_create(edition=edition, paragraphs=["Re-imported."], title="T", based_on=mine, author=None)
    version_submit(version=reimport, user=editor())
    assert_refused(DECISIONS["approve"], reimport, me, "based on your own unapproved edit")
