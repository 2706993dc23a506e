"""Translations: versions tied to their source, paragraph by paragraph.

Properties: a translation follows the exact source version it names; a newer
live source marks exactly the changed, added and removed paragraphs (by id,
whatever their order) and carries the rest over; nothing half-translated
goes to review or live; a translation never goes live because its source
did; four eyes and roles apply as for any version."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editorial.choices import VersionOrigin, VersionStatus
from editorial.exceptions import EditorialError, FourEyesError, InvalidTransition, PermissionDenied, StaleVersionError
from editorial.models import Edition, Version
from editorial.services import (
    translation_create,
    translation_problems,
    version_approve,
    version_create,
    version_submit,
)
from editorial.translations import RowState, align, apply_texts, carry_over, source_digest
from tests.factories import editor, make_edition, publish, reviewer, superuser, translator

pytestmark = pytest.mark.django_db


def rows_by_state(source, translation) -> dict[str, set[str]]:
    states: dict[str, set[str]] = {}
    for row in align(source, translation):
        states.setdefault(row.state.value, set()).add(row.source or row.translation)
    return states


# -- the alignment itself (pure) --------------------------------------------

SOURCE_V1 = [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}, {"id": "c", "text": "Three."}]
TRANSLATION_V1 = [{"id": p["id"], "text": f"[{p['text']}]", "src": source_digest(p["text"])} for p in SOURCE_V1]


def test_changed_added_removed_and_reordered_paragraphs_are_told_apart():
    source_v2 = [{"id": "c", "text": "Three."}, {"id": "a", "text": "One, edited."}, {"id": "d", "text": "Four."}]
    rows = align(source_v2, TRANSLATION_V1)
    assert [(r.id, r.state) for r in rows] == [
        ("c", RowState.CURRENT), ("a", RowState.CHANGED), ("b", RowState.REMOVED), ("d", RowState.UNTRANSLATED),
    ]
    assert rows[1].translation == "[One.]" and rows[1].source == "One, edited."
    assert rows[3].translation == "" and rows[3].source == "Four."


def test_whitespace_only_changes_in_the_source_do_not_outdate_a_translation():
    source = [{"id": "a", "text": "One  sentence.\n"}]
    assert align(source, [{"id": "a", "text": "x", "src": source_digest("One sentence.")}])[0].state == "current"


def test_carry_over_keeps_translations_and_marks_what_needs_work():
    source_v2 = [{"id": "a", "text": "One, edited."}, {"id": "d", "text": "Four."}, {"id": "c", "text": "Three."}]
    carried = carry_over(source_v2, TRANSLATION_V1)
    assert [p["id"] for p in carried] == ["a", "d", "c"]  # the source's order; "b" dropped
    assert carried[0]["text"] == "[One.]" and carried[0]["src"] == source_digest("One.")  # still outdated
    assert carried[1] == {"id": "d", "text": "Four.", "src": ""}  # untranslated placeholder
    assert rows_by_state(source_v2, carried) == {"changed": {"One, edited."}, "untranslated": {"Four."},
                                                 "current": {"Three."}}


def test_only_touched_or_confirmed_rows_follow_the_new_source():
    source_v2 = [{"id": "a", "text": "One, edited."}, {"id": "b", "text": "Two, edited."}, {"id": "c", "text": "Three."}]
    after = apply_texts(source_v2, TRANSLATION_V1, {"a": "[One, edited.]", "b": "[Two.]", "c": "[Three.]"},
                        confirmed=frozenset())
    # "a" was edited: current. "b" was sent unchanged and not confirmed: still outdated.
    assert rows_by_state(source_v2, after) == {"current": {"One, edited.", "Three."}, "changed": {"Two, edited."}}
    confirmed = apply_texts(source_v2, TRANSLATION_V1, {"b": "[Two.]"}, confirmed=frozenset({"b"}))
    assert align(source_v2, confirmed)[1].state == RowState.CURRENT


@given(st.permutations(["a", "b", "c", "d", "e"]), st.sets(st.sampled_from("abcde")), st.sets(st.sampled_from("abcde")))
def test_any_reordering_edit_and_removal_is_tracked_by_id(order, edited, removed):
    source_v1 = [{"id": i, "text": f"Text {i}."} for i in "abcde"]
    translation = [{"id": p["id"], "text": f"T {p['id']}", "src": source_digest(p["text"])} for p in source_v1]
    source_v2 = [{"id": i, "text": f"Text {i}{' edited' if i in edited else ''}."} for i in order if i not in removed]
    rows = align(source_v2, translation)
    states = {row.id: row.state for row in rows}
    for i in "abcde":
        expected = RowState.REMOVED if i in removed else RowState.CHANGED if i in edited else RowState.CURRENT
        assert states[i] == expected
    assert [r.id for r in rows if r.state != RowState.REMOVED] == [p["id"] for p in source_v2]  # source order
    assert len(rows) == 5  # nothing lost: every translated paragraph is shown


# -- the service --------------------------------------------------------------


@pytest.fixture
def story():
    """An English story, live at version 1 (three paragraphs)."""
    edition = make_edition(language="en", title="Budget talks",
                           paragraphs=["The parliament met.", "It debated the budget.", "Nothing was decided."])
    publish(edition.latest_version)
    edition.refresh_from_db()
    return edition


def test_a_first_translation_follows_its_source_paragraph_by_paragraph(story):
    source = story.live_version
    version = translation_create(source_version=source, language="de", user=translator(),
                                 paragraphs=["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts wurde beschlossen."],
                                 title="Haushaltsgespräche")
    assert version.edition.language == "de" and version.origin == VersionOrigin.TRANSLATION
    assert version.translation_of == source and version.status == VersionStatus.DRAFT
    assert version.paragraph_ids == source.paragraph_ids
    assert all(row.state == RowState.CURRENT for row in align(source.paragraphs, version.paragraphs))
    assert translation_problems(version) is None
    assert not version.title_is_proposed


def test_without_texts_a_first_translation_starts_from_the_source_untranslated(story):
    version = translation_create(source_version=story.live_version, language="fr", user=translator())
    assert version.texts == story.live_version.texts and version.title == "Budget talks" and version.title_is_proposed
    assert "3 paragraph(s)" in translation_problems(version)
    with pytest.raises(InvalidTransition, match="not translated yet"):
        version_submit(version=version, user=translator())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"language": "en"}, "another language"),
        ({"language": "not a code!"}, "language code"),
        ({"language": "de", "paragraphs": ["Nur eins."]}, "give one translation for each"),
        ({"language": "de", "paragraphs": {"nope": "x"}}, "not in the source version"),
        ({"language": "de", "paragraphs": "one string"}, "not one string"),
        ({"language": "de", "paragraphs": ["Eins.", " ", "Drei."]}, "cannot be empty"),
    ],
)
def test_bad_requests_are_refused_and_write_nothing(story, kwargs, message):
    before = (Version.objects.count(), Edition.objects.count())
    with pytest.raises(EditorialError, match=message):
        translation_create(source_version=story.live_version, user=translator(), **kwargs)
    assert (Version.objects.count(), Edition.objects.count()) == before


def test_the_original_language_is_never_a_translation_target(story):
    german = translation_create(source_version=story.live_version, language="de", user=editor(),
                                paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    with pytest.raises(EditorialError, match="original language"):
        translation_create(source_version=german, language="en", user=editor())


def test_roles_translators_translate_reviewers_decide_nobody_approves_their_own(story):
    with pytest.raises(PermissionDenied):
        translation_create(source_version=story.live_version, language="de", user=reviewer(),
                           paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    boss = superuser()
    version = translation_create(source_version=story.live_version, language="de", user=boss,
                                 paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    version_submit(version=version, user=translator())
    with pytest.raises(FourEyesError):
        version_approve(version=version, user=boss)
    version_approve(version=version, user=reviewer())
    assert Edition.objects.get(pk=version.edition_id).live_version_id == version.pk


def test_a_newer_live_source_outdates_the_translation_until_it_is_updated(story):
    person, checker = translator(), reviewer()
    first = translation_create(source_version=story.live_version, language="de", user=person,
                               paragraphs=["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts."],
                               title="Haushalt")
    publish(first, by_editor=person, by_reviewer=checker)
    german = Edition.objects.get(pk=first.edition_id)
    assert not Edition.objects.outdated().exists()

    # The source: paragraph 2 edited in place, a new one added at the end.
    v1 = story.live_version
    texts = ["The parliament met.", "It debated the budget for 2027.", "Nothing was decided.",
             "Ministers will vote on 12 December in the plenary hall."]
    v2 = version_create(edition=story, paragraphs=texts, title="Budget talks", based_on=v1, author=editor())
    assert not Edition.objects.outdated().exists()  # a draft source outdates nothing
    publish(v2)
    assert list(Edition.objects.outdated()) == [german]
    german_live = Edition.objects.with_outdated_live().get(pk=german.pk)
    assert german_live.live_outdated and german_live.live_version_id == first.pk  # stays live: it was approved
    # Every row's state follows from the paragraph ids alone.
    old = {p["id"]: p["text"] for p in v1.paragraphs}
    rows = align(v2.paragraphs, first.paragraphs)
    for row in rows:
        if row.state == RowState.REMOVED:
            assert row.id in old and row.id not in v2.paragraph_ids
        elif row.id not in old:
            assert row.state == RowState.UNTRANSLATED
        else:
            assert row.state == (RowState.CURRENT if old[row.id] == row.source else RowState.CHANGED)
    by_text = {p["text"]: p["id"] for p in v2.paragraphs}
    assert by_text["It debated the budget for 2027."] == v1.paragraph_ids[1]  # edited in place keeps its id
    assert {r.state for r in rows} >= {RowState.CURRENT, RowState.CHANGED, RowState.UNTRANSLATED}

    # The translator starts the update: untouched paragraphs carried over.
    draft = translation_create(source_version=v2, language="de", user=person)
    assert draft.translation_of == v2 and not Edition.objects.outdated().exists()
    assert draft.texts[:3] == ["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts."]
    assert "2 paragraph(s)" in translation_problems(draft)
    with pytest.raises(InvalidTransition):
        version_submit(version=draft, user=person)
    updated = translation_create(
        source_version=v2, language="de", user=person, based_on=draft,
        paragraphs={by_text["It debated the budget for 2027."]: "Es beriet den Haushalt für 2027.",
                    by_text["Ministers will vote on 12 December in the plenary hall."]: "Am Freitag wird abgestimmt."},
    )
    assert translation_problems(updated) is None
    assert updated.texts == ["Das Parlament tagte.", "Es beriet den Haushalt für 2027.", "Nichts.",
                             "Am Freitag wird abgestimmt."]
    publish(updated, by_editor=person, by_reviewer=checker)
    assert not Edition.objects.with_outdated_live().get(pk=german.pk).live_outdated


def test_a_translation_never_goes_live_because_its_source_did(story):
    draft = translation_create(source_version=story.live_version, language="de", user=translator(),
                               paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    v2 = version_create(edition=story, paragraphs=["New."], title="New", based_on=story.live_version,
                        author=editor())
    publish(v2)
    assert Edition.objects.get(pk=draft.edition_id).live_version_id is None


def test_two_translators_on_the_same_draft_do_not_overwrite_each_other(story):
    first = translation_create(source_version=story.live_version, language="de", user=translator())
    translation_create(source_version=story.live_version, language="de", user=translator(), based_on=first,
                       paragraphs=["A.", "B.", "C."])
    with pytest.raises(StaleVersionError):
        translation_create(source_version=story.live_version, language="de", user=translator(), based_on=first,
                           paragraphs=["X.", "Y.", "Z."])
    assert Version.objects.filter(edition=first.edition).count() == 2


def test_editing_a_translation_as_plain_text_keeps_its_source_marks(story):
    version = translation_create(source_version=story.live_version, language="de", user=translator(),
                                 paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    edited = version_create(edition=version.edition, paragraphs=["Eins!", "Zwei.", "Drei."], title="Titel",
                            based_on=version, author=translator())
    assert edited.translation_of == story.live_version  # follows from based_on
    assert [p.get("src") for p in edited.paragraphs] == [p["src"] for p in version.paragraphs]
    assert translation_problems(edited) is None


def test_confirming_an_outdated_paragraph_without_changing_it(story):
    person = translator()
    first = translation_create(source_version=story.live_version, language="de", user=person,
                               paragraphs=["Das Parlament tagte.", "Es beriet.", "Nichts."], title="Titel")
    publish(first, by_editor=person)
    v1 = story.live_version
    v2 = version_create(edition=story, paragraphs=["The parliament met!", *v1.texts[1:]], title="Budget talks",
                        based_on=v1, author=editor())
    publish(v2)
    changed = v2.paragraph_ids[0]
    draft = translation_create(source_version=v2, language="de", user=person, confirmed=[changed])
    assert translation_problems(draft) is None and draft.texts == first.texts


# -- the public side ---------------------------------------------------------


def test_an_outdated_live_translation_stays_live_with_a_note_linking_the_original(client, settings, story):
    person = translator()
    german = translation_create(source_version=story.live_version, language="de", user=person,
                                paragraphs=["Eins.", "Zwei.", "Drei."], title="Haushalt")
    publish(german, by_editor=person)
    page = client.get(f"/de/articles/{story.article_id}/").content.decode()
    assert "has been updated" not in page
    v2 = version_create(edition=story, paragraphs=["New words."], title="Budget talks", based_on=story.live_version,
                        author=editor())
    publish(v2)
    page = client.get(f"/de/articles/{story.article_id}/").content.decode()
    assert "Eins." in page  # still live: it was approved
    assert "has been updated since this translation was published" in page
    assert f'href="/en/articles/{story.article_id}/"' in page
    settings.NEWSDESK_OUTDATED_TRANSLATION_NOTE = False
    assert "has been updated" not in client.get(f"/de/articles/{story.article_id}/").content.decode()
    # The switcher lists exactly the live editions.
    english = client.get(f"/en/articles/{story.article_id}/").content.decode()
    assert 'hreflang="de"' in english and 'hreflang="fr"' not in english


def test_tags_read_in_the_pages_language(client, story):
    from editorial.models import ArticleTag, Tag, TagLabel

    person = translator()
    german = translation_create(source_version=story.live_version, language="de", user=person,
                                paragraphs=["Eins.", "Zwei.", "Drei."], title="Haushalt")
    publish(german, by_editor=person)
    city = Tag.objects.create(name="Geneva", slug="geneva", kind="place")
    TagLabel.objects.create(tag=city, language="de", label="Genf")
    ArticleTag.objects.create(article=story.article, tag=city)
    german_page = client.get(f"/de/articles/{story.article_id}/").content.decode()
    assert ">Genf</a>" in german_page and '"keywords": ["Genf"]' in german_page
    english_page = client.get(f"/en/articles/{story.article_id}/").content.decode()
    assert ">Geneva</a>" in english_page
    assert "<h1>Genf</h1>" in client.get("/de/tags/geneva/").content.decode()
    assert "Newsdesk: Genf (de)" in client.get("/de/tags/geneva/feed/").content.decode()


def test_a_title_or_summary_left_in_the_source_language_blocks_review():
    source = make_edition(language="de", title="Haushalt", paragraphs=["Eins.", "Zwei."])
    version_create(edition=source, paragraphs=["Eins.", "Zwei."], title="Haushalt", summary="Kurz gesagt.",
                   based_on=source.latest_version, author=editor())
    publish(source.latest_version)
    source.refresh_from_db()
    person = translator()
    draft = translation_create(source_version=source.live_version, language="en", user=person,
                               paragraphs=["One.", "Two."])  # no title, no summary given
    problem = translation_problems(draft)
    assert "title is still the source's" in problem and "summary is still the source's" in problem
    assert "paragraph" not in problem
    with pytest.raises(InvalidTransition, match="title is still the source's"):
        version_submit(version=draft, user=person)
    done = translation_create(source_version=source.live_version, language="en", user=person,
                              title="Budget", summary="In short.")
    assert translation_problems(done) is None and not done.title_is_proposed
    version_submit(version=done, user=person)
