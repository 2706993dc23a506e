"""Edition services: the live window (schedule, withdraw) and the language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from datetime import timezone as dt_timezone
from io import StringIO

import pytest
from django.core.management import call_command

from editorial.choices import EventAction, VersionStatus
from editorial.exceptions import EditorialError, InvalidTransition, PermissionDenied
from editorial.models import Article, Edition, Event, Version
from editorial.services import edition_change_language, edition_schedule, edition_withdraw
from tests.factories import editor, make_edition, make_translation, reviewer, translator, version_in

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


# -- schedule ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("go_live_at", "expire_at"),
    [(None, None), (NOW, None), (None, NOW), (NOW, NOW + DAY), (NOW - DAY, NOW + timedelta(microseconds=1))],
)
def test_schedule_sets_the_window_and_records_before_and_after(go_live_at, expire_at):
    edition = make_edition()
    edition_schedule(edition=edition, user=reviewer(), go_live_at=NOW - 7 * DAY, expire_at=NOW + 7 * DAY)
    user = reviewer()
    returned = edition_schedule(edition=edition, user=user, go_live_at=go_live_at, expire_at=expire_at)
    stored = Edition.objects.get(pk=edition.pk)
    assert (stored.go_live_at, stored.expire_at) == (go_live_at, expire_at)
    assert (returned.go_live_at, returned.expire_at) == (go_live_at, expire_at)
    event = Event.objects.filter(edition=edition, action=EventAction.SCHEDULED).order_by("-pk").first()
    assert event.actor == user
    assert event.data == {
        "before": {"go_live_at": (NOW - 7 * DAY).isoformat(), "expire_at": (NOW + 7 * DAY).isoformat()},
        "after": {
            "go_live_at": go_live_at.isoformat() if go_live_at else None,
            "expire_at": expire_at.isoformat() if expire_at else None,
        },
    }
    assert event.to_state == ""  # not a review transition: no version state changes


@pytest.mark.parametrize("which", ["go_live_at", "expire_at"])
def test_schedule_refuses_naive_datetimes(which):
    edition = make_edition()
    with pytest.raises(EditorialError, match="time zone"):
        edition_schedule(edition=edition, user=reviewer(), **{which: datetime(2026, 6, 1, 12, 0)})
    assert Edition.objects.filter(pk=edition.pk, go_live_at=None, expire_at=None).exists()
    assert not Event.objects.filter(action=EventAction.SCHEDULED).exists()


@pytest.mark.parametrize("expire_at", [NOW, NOW - DAY])
def test_schedule_refuses_an_expiry_not_after_go_live(expire_at):
    edition = make_edition()
    with pytest.raises(EditorialError, match="expiry time must be after the go-live"):
        edition_schedule(edition=edition, user=reviewer(), go_live_at=NOW, expire_at=expire_at)
    assert not Event.objects.filter(action=EventAction.SCHEDULED).exists()


def test_schedule_accepts_other_time_zones_and_compares_instants():
    edition = version_in(VersionStatus.APPROVED).edition
    tokyo = dt_timezone(timedelta(hours=9))
    edition_schedule(edition=edition, user=reviewer(), go_live_at=datetime(2026, 6, 1, 21, 0, tzinfo=tokyo))
    assert not Edition.objects.published(at=NOW - timedelta(seconds=1)).exists()
    assert Edition.objects.published(at=NOW).exists()  # 21:00 in Tokyo is 12:00 UTC


def test_scheduling_does_not_publish_or_approve_anything():
    edition = make_edition()
    edition_schedule(edition=edition, user=reviewer(), go_live_at=NOW)
    assert not Edition.objects.published(at=NOW + DAY).exists()
    assert Version.objects.get(pk=edition.latest_version_id).status == VersionStatus.DRAFT


# -- withdraw ---------------------------------------------------------------


def test_withdraw_takes_the_edition_off_and_keeps_history():
    version = version_in(VersionStatus.APPROVED)
    edition = version.edition
    user = reviewer()
    edition_withdraw(edition=edition, user=user, comment="  Court order.  ")
    stored = Edition.objects.get(pk=edition.pk)
    assert stored.is_withdrawn and stored.withdrawn_at is not None
    assert stored.live_version_id == version.pk  # the pointer stays, for history and republishing
    assert not Edition.objects.published().exists()
    event = Event.objects.get(action=EventAction.WITHDRAWN)
    assert (event.actor, event.version_id, event.comment) == (user, version.pk, "Court order.")
    version.refresh_from_db()
    assert version.status == VersionStatus.APPROVED


@pytest.mark.parametrize("comment", ["", "   ", None])
def test_withdraw_requires_a_comment(comment):
    edition = version_in(VersionStatus.APPROVED).edition
    with pytest.raises(EditorialError, match="comment is required"):
        edition_withdraw(edition=edition, user=reviewer(), comment=comment)
    assert not Edition.objects.get(pk=edition.pk).is_withdrawn


@pytest.mark.parametrize("status", [VersionStatus.DRAFT, VersionStatus.IN_REVIEW, VersionStatus.REJECTED])
def test_withdraw_with_nothing_live_is_refused(status):
    edition = version_in(status).edition
    with pytest.raises(InvalidTransition, match="Nothing is live"):
        edition_withdraw(edition=edition, user=reviewer(), comment="Why not.")
    assert not Event.objects.filter(action=EventAction.WITHDRAWN).exists()


def test_withdraw_twice_is_refused():
    edition = version_in(VersionStatus.APPROVED).edition
    edition_withdraw(edition=edition, user=reviewer(), comment="Once.")
    with pytest.raises(InvalidTransition, match="already withdrawn"):
        edition_withdraw(edition=edition, user=reviewer(), comment="Twice.")
    assert Event.objects.filter(action=EventAction.WITHDRAWN).count() == 1


def test_withdraw_acts_on_the_stored_edition_not_a_stale_copy():
    edition = version_in(VersionStatus.APPROVED).edition
    stale = Edition.objects.get(pk=edition.pk)
    edition_withdraw(edition=edition, user=reviewer(), comment="Once.")
    with pytest.raises(InvalidTransition):
        edition_withdraw(edition=stale, user=reviewer(), comment="From an old page.")


# -- language ---------------------------------------------------------------


def test_change_language_moves_the_edition_with_an_event():
    edition = make_edition(language="en")
    user = editor()
    edition_change_language(edition=edition, user=user, language=" DE ")
    stored = Edition.objects.get(pk=edition.pk)
    assert stored.language == "de"
    assert stored.article.original_edition_id == edition.pk
    assert stored.article.original_language == "de"
    assert Version.objects.filter(edition=edition).count() == 1  # nothing re-created
    event = Event.objects.get(action=EventAction.LANGUAGE_CHANGED)
    assert (event.actor, event.from_state, event.to_state) == (user, "en", "de")


@pytest.mark.parametrize(
    ("code", "message"),
    [("", "language code"), ("   ", "language code"), ("de de", "language code"), ("x" * 17, "language code"),
     ("en", "already in this language"), ("fr", "already has an edition in 'fr'")],
)
def test_change_language_refusals(code, message):
    edition = make_edition(language="en")
    make_translation(edition, language="fr")
    with pytest.raises(EditorialError, match=message):
        edition_change_language(edition=edition, user=editor(), language=code)
    assert Edition.objects.get(pk=edition.pk).language == "en"
    assert not Event.objects.filter(action=EventAction.LANGUAGE_CHANGED).exists()


def test_change_language_accepts_region_codes():
    edition = make_edition(language="pt")
    edition_change_language(edition=edition, user=editor(), language="pt_BR")
    assert Edition.objects.get(pk=edition.pk).language == "pt-br"


def test_translators_may_correct_a_translations_language_not_the_originals():
    edition = make_edition(language="en")
    translation = make_translation(edition, language="fr")
    edition_change_language(edition=translation, user=translator(), language="it")
    with pytest.raises(PermissionDenied):
        edition_change_language(edition=edition, user=translator(), language="de")


ENGLISH = (
    "The city council of Springfield approved a new budget on Monday after a long debate.\n\n"
    "Mayor Jane Quimby said the plan would fund schools, roads and the public library.\n\n"
    "Opposition members argued that taxes would rise for small businesses next year.\n"
)


def test_reimport_after_a_language_correction_still_finds_the_article(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    story = folder / "budget.txt"
    story.write_text(ENGLISH, encoding="utf-8")
    call_command("import_seeds", str(folder), verbosity=0, stdout=StringIO())
    article = Article.objects.get()
    edition = article.original_edition
    assert edition.language == "en"
    edition_change_language(edition=edition, user=editor(), language="en-us")

    story.write_text(ENGLISH + "\nThe vote was seven to two, the clerk said on Tuesday.\n", encoding="utf-8")
    call_command("import_seeds", str(folder), verbosity=0, stdout=StringIO())

    assert Article.objects.count() == 1 and Edition.objects.count() == 1
    edition.refresh_from_db()
    assert edition.language == "en-us"
    versions = list(Version.objects.filter(edition=edition).order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].based_on_id == versions[0].pk
    assert any("seven to two" in text for text in versions[1].texts)
    assert Event.objects.filter(edition=edition, action=EventAction.REIMPORTED).count() == 1
