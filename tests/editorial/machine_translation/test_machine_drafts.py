"""Machine-translated drafts through the service, against a local server
speaking LibreTranslate's protocol: several languages in one call, only
what needs translating is sent, people's paragraphs survive a re-run, and a
failing engine creates nothing in any language."""

from __future__ import annotations

import pytest

from editorial.choices import VersionStatus
from editorial.exceptions import EditorialError, MachineTranslationFailed, PermissionDenied
from editorial.models import Edition, Version
from editorial.services import translation_create, translation_machine_draft, translation_problems, version_create
from editorial.translations import RowState, align
from tests.factories import editor, make_edition, publish, reviewer, translator

from .servers import Answer

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine(settings, libre_server):
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


def sent_texts(server) -> list[str]:
    return [text for post in server.posts("/translate") for text in post.json["q"]]


def test_drafts_in_several_languages_are_marked_and_follow_their_source(engine, story):
    source = story.live_version
    drafts = translation_machine_draft(source_version=source, languages=["de", "fr"], user=translator(),
                                       engine="libre")
    assert [d.edition.language for d in drafts] == ["de", "fr"]
    for draft in drafts:
        code = draft.edition.language
        assert draft.texts == [f"[{code}] {text}" for text in source.texts]
        assert draft.title == f"[{code}] Budget talks" and draft.title_is_proposed
        assert draft.status == VersionStatus.DRAFT and draft.translation_of == source
        assert all(p["mt"]["engine"] == "libre" and p["mt"]["at"] for p in draft.paragraphs)
        assert translation_problems(draft) is None
        assert "LibreTranslate" in draft.comment
        assert Edition.objects.get(pk=draft.edition_id).live_version_id is None  # never live by itself


def test_a_rerun_keeps_what_people_translated_and_sends_only_the_rest(engine, story):
    person = translator()
    (draft,) = translation_machine_draft(source_version=story.live_version, languages=["de"], user=person,
                                         engine="libre")
    first_id = draft.paragraph_ids[0]
    human = translation_create(source_version=story.live_version, language="de", user=person,
                               paragraphs={first_id: "Das Parlament tagte."})
    assert "mt" not in human.paragraphs[0] and "mt" in human.paragraphs[1]
    engine.requests.clear()
    (again,) = translation_machine_draft(source_version=story.live_version, languages=["de"], user=person,
                                         engine="libre")
    assert again.texts[0] == "Das Parlament tagte."  # kept
    assert sent_texts(engine) == ["It debated the budget.", "Nothing was decided.", "Budget talks"]


def test_after_a_source_update_only_changed_and_new_paragraphs_are_sent(engine, story):
    person = translator()
    first = translation_create(source_version=story.live_version, language="de", user=person, title="Haushalt",
                               paragraphs=["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts."])
    publish(first, by_editor=person, by_reviewer=reviewer())
    v1 = story.live_version
    v2 = version_create(edition=story, paragraphs=["The parliament met.", "It debated the budget for 2027.",
                                                   "Nothing was decided.", "Ministers will vote on 12 December."],
                        title="Budget talks", based_on=v1, author=editor())
    publish(v2)
    engine.requests.clear()
    (draft,) = translation_machine_draft(source_version=v2, languages=["de"], user=person, engine="libre")
    assert sent_texts(engine) == ["It debated the budget for 2027.", "Ministers will vote on 12 December."]
    assert draft.texts == ["Das Parlament tagte.", "[de] It debated the budget for 2027.", "Nichts.",
                           "[de] Ministers will vote on 12 December."]
    assert draft.title == "Haushalt"  # a person's title is kept
    assert all(row.state == RowState.CURRENT for row in align(v2.paragraphs, draft.paragraphs))


@pytest.mark.parametrize(
    "answer",
    [
        Answer(status=429, body={"error": "Slowdown: 10 per minute"}),
        Answer(status=500, body={"error": "Model crashed"}),
        Answer(body=b"{not json"),
        Answer(body={"translatedText": ["only one"]}),  # a partial answer
        Answer(delay=3.0, body={"translatedText": ["late"]}),  # longer than the 2 s timeout
    ],
)
def test_an_engine_failure_creates_nothing_in_any_language(engine, libre_app, story, answer):
    libre_app.script = [None, answer]  # German succeeds, French fails
    before = (Version.objects.count(), Edition.objects.count())
    with pytest.raises(MachineTranslationFailed, match="into 'fr' failed, so nothing was created") as caught:
        translation_machine_draft(source_version=story.live_version, languages=["de", "fr"], user=translator(),
                                  engine="libre")
    assert caught.value.__cause__ is not None
    assert (Version.objects.count(), Edition.objects.count()) == before


def test_no_engine_configured_is_a_clear_refusal(settings, story):
    settings.NEWSDESK_MACHINE_TRANSLATION = {}
    with pytest.raises(MachineTranslationFailed, match="nothing was created"):
        translation_machine_draft(source_version=story.live_version, languages=["de"], user=translator(),
                                  engine="libre")
    assert not Edition.objects.filter(language="de").exists()


@pytest.mark.parametrize(
    ("languages", "user", "error", "message"),
    [
        ([], translator, EditorialError, "at least one language"),
        (["en"], translator, EditorialError, "another language"),
        (["de"], reviewer, PermissionDenied, "not allowed"),
    ],
)
def test_bad_requests_are_refused_before_any_engine_call(engine, story, languages, user, error, message):
    with pytest.raises(error, match=message):
        translation_machine_draft(source_version=story.live_version, languages=languages, user=user(),
                                  engine="libre")
    assert engine.posts("/translate") == []
