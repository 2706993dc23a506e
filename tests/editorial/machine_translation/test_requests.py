"""Machine drafts as background tasks: the desk only queues a request per
language, django-tasks-db's real worker makes the draft against the fake
LibreTranslate server, and the desk shows queued / failed / ready. Asking
twice merges; refusals come at once; a failing engine creates nothing and
leaves its message on the request."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from editorial.exceptions import EditorialError, MachineTranslationFailed, PermissionDenied
from editorial.models import Edition, MachineTranslationRequest, Version
from editorial.services import machine as machine_service
from editorial.services import machine_translation_request, machine_translation_request_run, translation_create
from tests.corpus.background_support import drain
from tests.factories import UserFactory, make_edition, publish, reviewer, translator

from .servers import Answer

pytestmark = pytest.mark.django_db(transaction=True)  # the worker runs the task as in production

Status = MachineTranslationRequest.Status


@pytest.fixture
def engine(settings, libre_server):
    settings.NEWSDESK_LANGUAGES = ["en", "de", "fr"]
    settings.NEWSDESK_MACHINE_TRANSLATION = {
        "libre": {"ENGINE": "editorial.machine_translation.libretranslate.LibreTranslateEngine",
                  "URL": libre_server.url, "TIMEOUT": 2, "LABEL": "LibreTranslate"},
    }
    return libre_server


@pytest.fixture
def story():
    edition = make_edition(language="en", title="Budget talks",
                           paragraphs=["The parliament met.", "It debated the budget.", "Nothing was decided."])
    publish(edition.latest_version)
    edition.refresh_from_db()
    return edition


def desk(client: Client, story) -> str:
    return client.get(reverse("admin:editorial_article_change", args=[story.article_id])).content.decode()


def ask(client: Client, story, *languages: str, engine: str = "libre") -> str:
    response = client.post(reverse("admin:editorial_article_act", args=[story.article_id]),
                           {"action": "machine_translate", "engine": engine, "languages": list(languages)},
                           follow=True)
    return response.content.decode()


def test_the_desk_queues_and_the_worker_makes_the_drafts(engine, story):
    client = Client()
    client.force_login(translator())
    html = ask(client, story, "de", "fr")
    assert "Machine drafts queued: de, fr." in html
    assert engine.posts("/translate") == []  # no engine call in the web request
    assert not Edition.objects.filter(article=story.article).exclude(language="en").exists()
    assert set(MachineTranslationRequest.objects.values_list("language", "status")) == {
        ("de", Status.QUEUED), ("fr", Status.QUEUED)}
    assert all(r.task_id for r in MachineTranslationRequest.objects.all())
    assert html.count("Machine draft queued with LibreTranslate") == 2

    drain()
    requests = {r.language: r for r in MachineTranslationRequest.objects.select_related("version__edition")}
    for code in ("de", "fr"):
        request = requests[code]
        assert request.status == Status.DONE and request.error == "" and request.finished_at
        draft = request.version
        assert draft.edition.language == code and draft.status == Version.Status.DRAFT
        assert draft.texts == [f"[{code}] {text}" for text in story.live_version.texts]
        assert draft.translation_of_id == story.live_version_id
    html = desk(client, story)
    assert "Machine draft ready: v1 by LibreTranslate" in html and "queued" not in html.split("nd-machine-requests")[1]
    page = client.get(reverse("admin:editorial_article_translate", args=[story.article_id, "de"])).content.decode()
    assert "Machine draft ready: v1" in page and 'id="mt-request-fr"' not in page


def test_asking_again_while_pending_merges_and_after_that_queues_anew(engine, story):
    person = translator()
    first = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                        engine="libre")
    client = Client()
    client.force_login(person)
    html = ask(client, story, "de", "fr")
    assert "Machine drafts queued: fr." in html and "Already queued, not asked twice: de." in html
    assert MachineTranslationRequest.objects.filter(language="de").count() == 1
    again = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                        engine="libre")
    assert again[0].pk == first[0].pk and again[0].merged
    drain()
    assert engine.posts("/translate") and len(engine.posts("/translate")) == 2  # once per language
    # Once done, asking again queues a new request (machine paragraphs are sent again).
    (later,) = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                           engine="libre")
    assert not later.merged and later.pk != first[0].pk
    drain()
    later.refresh_from_db()
    assert (later.status, later.version.number) == (Status.DONE, 2)


def test_a_language_people_translated_completely_needs_no_machine_draft(engine, story):
    person = translator()
    translation_create(source_version=story.live_version, language="de", user=person, title="Haushalt",
                       paragraphs=["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts."])
    (request,) = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                             engine="libre")
    drain()
    request.refresh_from_db()
    assert (request.status, request.version) == (Status.DONE, None) and engine.posts("/translate") == []
    client = Client()
    client.force_login(person)
    assert "Nothing to translate by machine: already up to date" in desk(client, story)


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (Answer(status=429, body={"error": "Slowdown: 10 per minute"}), "too many requests"),
        (Answer(body=b"{not json"), ""),
        (Answer(delay=3.0, body={"translatedText": ["late"]}), ""),  # longer than the 2 s timeout
    ],
)
def test_an_engine_failure_is_recorded_on_the_request_and_nothing_is_created(engine, libre_app, story, answer,
                                                                            reason):
    libre_app.script = [answer]
    client = Client()
    client.force_login(translator())
    ask(client, story, "de")
    before = Version.objects.count()
    drain()
    request = MachineTranslationRequest.objects.get()
    assert request.status == Status.FAILED and request.version is None
    assert request.error.startswith("Machine translation into 'de' failed, so nothing was created: ")
    assert reason in request.error
    assert Version.objects.count() == before and not Edition.objects.filter(language="de").exists()
    assert "Machine draft failed" in desk(client, story) and request.error.split(": ", 1)[1][:30] in desk(client, story)
    # The failure does not block asking again.
    assert not machine_translation_request(source_version=story.live_version, languages=["de"],
                                           user=request.requested_by, engine="libre")[0].merged


def test_refusals_come_at_once_and_queue_nothing(engine, story):
    source = story.live_version
    with pytest.raises(PermissionDenied, match="not allowed"):
        machine_translation_request(source_version=source, languages=["de"], user=reviewer(), engine="libre")
    with pytest.raises(EditorialError, match="at least one language"):
        machine_translation_request(source_version=source, languages=[], user=translator(), engine="libre")
    with pytest.raises(EditorialError, match="another language"):
        machine_translation_request(source_version=source, languages=["en"], user=translator(), engine="libre")
    with pytest.raises(MachineTranslationFailed, match="No machine draft was queued: There is no machine"):
        machine_translation_request(source_version=source, languages=["de"], user=translator(), engine="nope")
    client = Client()
    client.force_login(reviewer())
    assert "not allowed" in ask(client, story, "de")
    assert not MachineTranslationRequest.objects.exists() and engine.posts("/translate") == []


def test_the_worker_checks_the_requesters_rights_again(engine, story):
    person = translator()
    machine_translation_request(source_version=story.live_version, languages=["de"], user=person, engine="libre")
    person.groups.clear()
    drain()
    request = MachineTranslationRequest.objects.get()
    assert request.status == Status.FAILED and "not allowed" in request.error
    assert engine.posts("/translate") == [] and not Edition.objects.filter(language="de").exists()


def test_a_request_no_worker_finished_expires_and_can_be_asked_again(engine, story, settings):
    settings.NEWSDESK_MACHINE_TRANSLATION_STALE_SECONDS = 600
    person = translator()
    (stuck,) = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                           engine="libre")
    MachineTranslationRequest.objects.filter(pk=stuck.pk).update(requested_at=timezone.now() - timedelta(hours=1))
    (fresh,) = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                           engine="libre")
    stuck.refresh_from_db()
    assert not fresh.merged and stuck.status == Status.FAILED and "within 10 minutes" in stuck.error
    assert machine_translation_request_run(request_id=stuck.pk) == {"request": stuck.pk, "status": "not taken"}
    drain()
    fresh.refresh_from_db()
    assert fresh.status == Status.DONE and fresh.version is not None
    assert Edition.objects.get(article=story.article, language="de").versions.count() == 1


def test_the_worker_writes_its_message_in_the_language_the_desk_was_shown_in(engine, libre_app, story):
    libre_app.script = [Answer(status=500, body={"error": "Model crashed"})]
    with translation.override("de"):
        machine_translation_request(source_version=story.live_version, languages=["fr"], user=translator(),
                                    engine="libre")
    drain()
    request = MachineTranslationRequest.objects.get()
    assert request.interface_language == "de" and request.status == Status.FAILED
    assert request.error.startswith("Die maschinelle Übersetzung nach „fr“ ist fehlgeschlagen, daher wurde nichts")


def test_a_requester_whose_account_is_gone_gets_a_failed_request(engine, story):
    person = UserFactory(roles=["Translator"])
    machine_translation_request(source_version=story.live_version, languages=["de"], user=person, engine="libre")
    person.delete()
    drain()
    request = MachineTranslationRequest.objects.get()
    assert request.status == Status.FAILED and "no longer has an account" in request.error


def test_two_desks_asking_at_the_same_moment_get_one_request(engine, story, monkeypatch):
    person = translator()
    (first,) = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                           engine="libre")
    real, calls = machine_service._pending, []

    def late(**kwargs):  # the other desk's request is not visible yet when this one looks
        calls.append(kwargs)
        return None if len(calls) == 1 else real(**kwargs)

    monkeypatch.setattr(machine_service, "_pending", late)
    (second,) = machine_translation_request(source_version=story.live_version, languages=["de"], user=person,
                                            engine="libre")
    assert second.pk == first.pk and second.merged and len(calls) == 2
    assert MachineTranslationRequest.objects.count() == 1  # the database refused the second pending row
