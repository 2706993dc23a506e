"""The state column is a cache of the events; events and versions are append-only.

Hypothesis drives random sequences of workflow calls by random people (an
editor, two reviewers, a superuser); refusals are part of the game. After
every call, whatever happened:

* each version's status is the ``to_state`` of its last event that has one;
* no event was changed or deleted, and no version's content was rewritten;
* the live pointer only ever points at an approved version.
"""

from __future__ import annotations

from django.db.models import OuterRef, Subquery
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from editorial.exceptions import EditorialError
from editorial.models import Edition, Event, Version
from editorial.services import (
    edition_withdraw,
    version_approve,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)
from tests.factories import UserFactory, make_edition

ED, R1, R2, ROOT = range(4)
ACTIONS = ["submit", "approve", "request_changes", "reject", "edit", "edit_stale", "withdraw"]
step = st.tuples(st.sampled_from(ACTIONS), st.integers(0, 3), st.integers(0, 20))


def perform(action: str, user, edition: Edition, pick: int) -> None:
    versions = list(Version.objects.filter(edition=edition).order_by("number"))
    latest = versions[-1]
    # Mostly the latest version (so that whole review rounds happen), now
    # and then an older one (which must be refused or handled correctly).
    target = versions[pick % len(versions)] if pick % 4 == 0 else latest
    if action == "submit":
        version_submit(version=target, user=user)
    elif action == "approve":
        version_approve(version=target, user=user, comment=f"ok {pick}")
    elif action == "request_changes":
        version_request_changes(version=target, user=user, comment=f"change {pick}")
    elif action == "reject":
        version_reject(version=target, user=user, comment=f"no {pick}")
    elif action == "edit":
        version_create(edition=edition, paragraphs=[f"Text {pick}.", "Same."], title="T", based_on=latest, author=user)
    elif action == "edit_stale":
        version_create(edition=edition, paragraphs=[f"Stale {pick}."], title="T", based_on=target, author=user)
    else:
        edition_withdraw(edition=edition, user=user, comment=f"withdrawn {pick}")


def event_rows() -> dict[int, tuple]:
    return {
        row[0]: row[1:]
        for row in Event.objects.values_list(
            "pk", "action", "actor_id", "version_id", "edition_id", "from_state", "to_state", "comment", "data",
            "created_at",
        )
    }


def version_rows() -> dict[int, tuple]:
    return {
        row[0]: row[1:]
        for row in Version.objects.values_list(
            "pk", "number", "title", "summary", "paragraphs", "based_on_id", "created_by_id", "edition_id"
        )
    }


class EventsInvariantTest(TestCase):
    def setUp(self):
        self.people = [
            UserFactory(username="ed", roles=["Editor"]),
            UserFactory(username="rev1", roles=["Reviewer"]),
            UserFactory(username="rev2", roles=["Reviewer"]),
            UserFactory(username="root", is_superuser=True),
        ]

    def assert_status_is_last_event(self):
        last_state = (
            Event.objects.filter(version=OuterRef("pk")).exclude(to_state="").order_by("-created_at", "-pk")
        )
        rows = Version.objects.annotate(last=Subquery(last_state.values("to_state")[:1]))
        for number, status, last in rows.values_list("number", "status", "last"):
            self.assertEqual(status, last, f"version {number}: status vs its last event")

    def assert_live_is_approved(self, edition: Edition):
        edition.refresh_from_db()
        if edition.live_version_id:
            self.assertEqual(edition.live_version.status, Version.Status.APPROVED)
        latest = Version.objects.filter(edition=edition).order_by("-number").first()
        self.assertEqual(edition.latest_version_id, latest.pk)

    # Whole review rounds, always run, whatever the random search finds:
    # ED, R1, R2, ROOT index self.people.
    @example(steps=[("submit", ED, 1), ("approve", R1, 1), ("withdraw", R2, 1), ("approve", R2, 1),
                    ("edit", ED, 1), ("submit", ROOT, 1), ("request_changes", R1, 1), ("submit", ED, 1),
                    ("reject", R2, 1), ("edit", ROOT, 1), ("submit", ED, 1), ("approve", ROOT, 1)])
    @example(steps=[("edit", ROOT, 1), ("submit", ROOT, 1), ("approve", ROOT, 1), ("approve", R1, 1),
                    ("edit_stale", ED, 0), ("edit", ED, 2), ("submit", ED, 2), ("approve", R2, 0),
                    ("approve", R2, 2), ("withdraw", R1, 1), ("withdraw", R1, 1)])
    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps=st.lists(step, min_size=1, max_size=12))
    def test_any_sequence_keeps_events_and_state_in_step(self, steps):
        edition = make_edition()
        events, versions = event_rows(), version_rows()
        for action, who, pick in steps:
            try:
                perform(action, self.people[who], edition, pick)
                event(f"{action}: done")  # hypothesis statistics: both outcomes occur
            except EditorialError as error:
                event(f"{action}: {type(error).__name__}")
            now_events, now_versions = event_rows(), version_rows()
            self.assertGreaterEqual(len(now_events), len(events))
            for pk, row in events.items():
                self.assertEqual(now_events.get(pk), row, "an earlier event was changed or deleted")
            for pk, row in versions.items():
                self.assertEqual(now_versions.get(pk), row, "a version's content was rewritten")
            events, versions = now_events, now_versions
            self.assert_status_is_last_event()
            self.assert_live_is_approved(edition)
