"""The admin's export and import screens: who may use them, and the
upload -> preview -> confirm flow bound to the previewed files."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from editorial.models import Version
from editorial.services import translation_create
from tests.editorial.interchange_fixtures import GERMAN, edit_xliff, german, story  # noqa: F401
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def client_for(username, roles):
    client = Client()
    client.force_login(UserFactory(username=username, roles=roles))
    return client


def export_url(story):
    return reverse("interchange:translation-export", args=[story.article_id])


def import_url(story):
    return reverse("interchange:translation-import", args=[story.article_id])


def download(client, story, **params):
    query = {"source_version": story.live_version_id, "languages": ["de"], "format": "xliff", **params}
    return client.get(export_url(story), query)


@pytest.mark.parametrize("roles", [["Translator"], ["Editor"], ["Reviewer"]])
def test_translators_editors_and_reviewers_export(story, roles):
    client = client_for("someone", roles)
    page = client.get(export_url(story))
    assert page.status_code == 200 and b'name="format"' in page.content
    response = download(client, story)
    assert response.status_code == 200 and response["Content-Type"] == "application/xliff+xml"
    assert 'filename="article-' in response["Content-Disposition"] and GERMAN[0].encode() in response.content
    sheet = download(client, story, format="xlsx", other_languages="fr, it")
    assert sheet.status_code == 200 and sheet["Content-Disposition"].endswith('-de-fr-it.xlsx"')


def test_staff_without_a_role_cannot_export_or_import(story):
    client = client_for("nobody", [])
    assert client.get(export_url(story)).status_code == 403
    assert client.get(import_url(story)).status_code == 403


def test_reviewers_cannot_import(story):
    client = client_for("rolf", ["Reviewer"])
    assert client.get(import_url(story)).status_code == 403
    assert client.post(import_url(story), {"confirm": "x"}).status_code == 403


def test_an_export_without_a_language_says_so(story):
    page = client_for("tina", ["Translator"]).get(export_url(story), {"source_version": story.live_version_id,
                                                                      "format": "csv"})
    assert page.status_code == 200 and b"Choose at least one language" in page.content


def upload(client, story, data, name="de.xlf"):
    return client.post(import_url(story), {"files": SimpleUploadedFile(name, data)})


def test_preview_then_confirm_imports_exactly_the_previewed_file(story):
    client = client_for("tina", ["Translator"])
    data = edit_xliff(download(client, story).content, {2: "Es wurde nichts entschieden."})
    count = Version.objects.count()
    preview = upload(client, story, data)
    assert preview.status_code == 200 and Version.objects.count() == count  # a preview writes nothing
    html = preview.content.decode()
    assert "Es wurde nichts entschieden." in html and "Import as new drafts" in html
    digest = preview.context["digest"]
    assert client.post(import_url(story), {"confirm": "0" * 64}).status_code == 302  # another file: refused
    assert Version.objects.count() == count
    done = client.post(import_url(story), {"confirm": digest}, follow=True)
    assert "Imported as new drafts: de v2." in done.content.decode()
    assert german(story).texts == [*GERMAN[:2], "Es wurde nichts entschieden.", GERMAN[3]]
    again = client.post(import_url(story), {"confirm": digest}, follow=True)  # the preview is used up
    assert "not the ones previewed" in again.content.decode() and Version.objects.count() == count + 1


def test_a_save_between_preview_and_confirm_is_refused(story):
    client = client_for("tina", ["Translator"])
    data = edit_xliff(download(client, story).content, {0: "Der Bundestag tagte."})
    digest = upload(client, story, data).context["digest"]
    translation_create(source_version=story.live_version, language="de", user=UserFactory(username="otto",
                       roles=["Translator"]), paragraphs={story.live_version.paragraph_ids[3]: "Im Mai."})
    count = Version.objects.count()
    page = client.post(import_url(story), {"confirm": digest}, follow=True)
    assert "Nothing was imported" in page.content.decode() and "has been saved since" in page.content.decode()
    assert Version.objects.count() == count


def test_problems_are_listed_on_the_upload_page_and_nothing_is_written(story):
    client = client_for("tina", ["Translator"])
    count = Version.objects.count()
    page = upload(client, story, b"<xliff>", name="bad.xlf")
    assert page.status_code == 200 and "bad.xlf is not well-formed XML" in page.content.decode()
    other = client_for("erika", ["Editor"])
    wrong = client.post(import_url(story), {"files": SimpleUploadedFile("de.xlf", download(other, story).content),
                                            "language": "fr"})
    assert "translation into &#x27;de&#x27;, not &#x27;fr&#x27;" in wrong.content.decode()
    assert Version.objects.count() == count


def test_the_screens_speak_german_and_french(story):
    client = client_for("tina", ["Translator"])
    try:
        for language, text in (("de", "Für Übersetzer exportieren"), ("fr", "Exporter pour les traducteurs")):
            page = client.get(export_url(story), headers={"accept-language": language})
            assert text in page.content.decode()
    finally:
        translation.deactivate()  # the middleware leaves the last request's language active in this thread
