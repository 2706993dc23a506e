"""Translating on the desk: the language matrix, the side-by-side editor,
machine drafts and publishing languages together, through the admin."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from editorial.models import Edition, Version
from editorial.services import translation_create, version_create, version_submit
from editorial.translations import RowState, align
from tests.factories import UserFactory, editor, make_edition, publish, reviewer

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:editorial_article_changelist")


def logged_in(*roles, username=None) -> Client:
    user = UserFactory(roles=list(roles), **({"username": username} if username else {}))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def story():
    edition = make_edition(language="en", title="Budget talks",
                           paragraphs=["The parliament met.", "It debated the budget.", "Nothing was decided."])
    publish(edition.latest_version)
    edition.refresh_from_db()
    return edition


def desk(client, article_id):
    return client.get(reverse("admin:editorial_article_change", args=[article_id]))


def translate_url(article_id, language):
    return reverse("admin:editorial_article_translate", args=[article_id, language])


def test_the_matrix_shows_every_publishing_language(settings, story):
    settings.NEWSDESK_LANGUAGES = ["en", "de", "fr"]
    person = UserFactory(roles=["Translator"])
    german = translation_create(source_version=story.live_version, language="de", user=person,
                                paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    publish(german, by_editor=person)
    v2 = version_create(edition=story, paragraphs=["The parliament met today."] + story.live_version.texts[1:],
                        title="Budget talks", based_on=story.live_version, author=editor())
    publish(v2)
    client = logged_in("Translator")
    cells = {cell.language: cell for cell in desk(client, story.article_id).context["matrix"]}
    assert list(cells) == ["en", "de", "fr"]
    assert cells["en"].is_original and cells["en"].live
    assert cells["de"].live and cells["de"].outdated and cells["de"].state == "approved"
    assert cells["fr"].state == "missing" and cells["fr"].edition is None
    html = desk(client, story.article_id).content.decode()
    assert translate_url(story.article_id, "fr") in html and "outdated" in html
    assert "No machine-translation engine is configured" in html


def test_side_by_side_marks_outdated_rows_and_saves_only_what_changed(story):
    client = logged_in("Translator")
    first = translation_create(source_version=story.live_version, language="de", user=client.user,
                               paragraphs=["Das Parlament tagte.", "Es beriet den Haushalt.", "Nichts."],
                               title="Haushalt")
    publish(first, by_editor=client.user)
    v1 = story.live_version
    v2 = version_create(edition=story, paragraphs=["The parliament met.", "It debated the 2027 budget.",
                                                   "Nothing was decided."], title="Budget talks", based_on=v1,
                        author=editor())
    publish(v2)
    page = client.get(translate_url(story.article_id, "de"))
    assert page.status_code == 200
    states = {line["row"].id: line["row"].state for line in page.context["lines"]}
    changed_id = v2.paragraph_ids[1]
    assert states[changed_id] == RowState.CHANGED and page.context["outdated"] == 1
    html = page.content.decode()
    assert 'lang="de"' in html and "changed since translated" in html
    # The translator updates the changed paragraph only; the rest is posted unchanged.
    data = {"based_on": first.pk, "title": "Haushalt", f"text-{changed_id}": "Es beriet den Haushalt 2027."}
    for pid, text in zip(first.paragraph_ids, first.texts, strict=True):
        data.setdefault(f"text-{pid}", text)
    response = client.post(translate_url(story.article_id, "de"), data)
    assert response.status_code == 302
    latest = Edition.objects.get(language="de").latest_version
    assert latest.texts == ["Das Parlament tagte.", "Es beriet den Haushalt 2027.", "Nichts."]
    assert latest.translation_of == v2
    assert all(row.state == RowState.CURRENT for row in align(v2.paragraphs, latest.paragraphs))
    assert not Edition.objects.outdated().exists()


def test_a_concurrent_save_keeps_the_translators_text_in_the_form(story):
    client = logged_in("Translator")
    first = translation_create(source_version=story.live_version, language="de", user=client.user)
    translation_create(source_version=story.live_version, language="de", user=UserFactory(roles=["Translator"]),
                       paragraphs=["A.", "B.", "C."], based_on=first)
    pid = story.live_version.paragraph_ids[0]
    response = client.post(translate_url(story.article_id, "de"),
                           {"based_on": first.pk, "title": "Titel", f"text-{pid}": "Mein Absatz."})
    assert response.status_code == 200
    assert "Mein Absatz." in response.content.decode() and "while you were working" in response.content.decode()
    assert Version.objects.filter(edition__language="de").count() == 2  # nothing overwritten


def test_permissions_reviewers_cannot_translate_translators_cannot_touch_the_original(story):
    reviewer_client = logged_in("Reviewer")
    assert reviewer_client.get(translate_url(story.article_id, "de")).status_code == 403
    assert translate_url(story.article_id, "de") not in desk(reviewer_client, story.article_id).content.decode()
    translator_client = logged_in("Translator")
    response = translator_client.get(translate_url(story.article_id, "en"), follow=True)
    assert "This is the source language" in response.content.decode()
    assert translator_client.get(translate_url(story.article_id, "!!")).status_code == 404


def test_publishing_languages_together_is_all_or_nothing(story):
    person, checker = UserFactory(roles=["Translator"]), logged_in("Reviewer")
    v2 = version_create(edition=story, paragraphs=["New text."], title="Budget talks", based_on=story.live_version,
                        author=editor())
    version_submit(version=v2, user=editor())
    german = translation_create(source_version=v2, language="de", user=person, paragraphs=["Neuer Text."],
                                title="Titel")
    version_submit(version=german, user=person)
    french = translation_create(source_version=v2, language="fr", user=person)  # untranslated: cannot go live
    act = reverse("admin:editorial_article_act", args=[story.article_id])
    page = desk(checker, story.article_id)
    assert [v.pk for v in page.context["together"]] == [v2.pk, german.pk]
    response = checker.post(act, {"action": "approve_together", "versions": [v2.pk, german.pk, french.pk]},
                            follow=True)
    assert "Nothing was approved" in response.content.decode()
    assert Edition.objects.get(pk=story.pk).live_version_id != v2.pk
    response = checker.post(act, {"action": "approve_together", "versions": [v2.pk, german.pk]}, follow=True)
    assert "Approved and live together" in response.content.decode()
    assert Edition.objects.get(pk=story.pk).live_version_id == v2.pk
    assert Edition.objects.get(language="de").live_version_id == german.pk
    assert Edition.objects.get(language="fr").live_version_id is None


def test_changelist_filters_outdated_and_missing_language(settings, story):
    settings.NEWSDESK_LANGUAGES = ["en", "de", "fr"]
    other = make_edition(language="en", title="Other story", paragraphs=["Text."])
    person = UserFactory(roles=["Translator"])
    german = translation_create(source_version=story.live_version, language="de", user=person,
                                paragraphs=["Eins.", "Zwei.", "Drei."], title="Titel")
    publish(german, by_editor=person, by_reviewer=reviewer())
    client = logged_in("Editor")

    def shown(query):
        return {a.pk for a in client.get(CHANGELIST + "?" + query).context["cl"].result_list}

    assert shown("translation=missing-de") == {other.article_id}
    assert shown("translation=missing-fr") == {story.article_id, other.article_id}
    assert shown("translation=outdated") == set()
    v2 = version_create(edition=story, paragraphs=["Changed."], title="Budget talks", based_on=story.live_version,
                        author=editor())
    publish(v2)
    assert shown("translation=outdated") == {story.article_id}


def test_the_desk_shows_each_tags_labels_per_language(story):
    from editorial.models import ArticleTag, Tag, TagLabel

    city = Tag.objects.create(name="Geneva", slug="geneva", kind="place")
    TagLabel.objects.create(tag=city, language="de", label="Genf")
    TagLabel.objects.create(tag=city, language="fr", label="Genève")
    ArticleTag.objects.create(article=story.article, tag=city)
    html = desk(logged_in("Editor"), story.article_id).content.decode()
    assert 'lang="de">de: Genf</span>' in html and 'lang="fr">fr: Genève</span>' in html
