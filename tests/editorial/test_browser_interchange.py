"""A translator's round trip in a real browser: download the XLIFF file,
edit it as a translation tool would, upload it, read the preview and
confirm; the new German draft holds exactly the edited paragraph."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from editorial.models import Edition
from editorial.services import translation_create
from tests.editorial.test_browser_desk import login
from tests.editorial.interchange_fixtures import GERMAN, SOURCE, edit_xliff
from tests.factories import UserFactory, make_edition, publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_translator_exports_edits_previews_and_imports(browser, live_server, screenshot, tmp_path):
    edition = make_edition(language="en", title="Budget talks", paragraphs=SOURCE)
    publish(edition.latest_version)
    edition.refresh_from_db()
    tina = UserFactory(username="tina", roles=["Translator"])
    translation_create(source_version=edition.live_version, language="de", user=tina, paragraphs=GERMAN,
                       title="Haushaltsgespräche")
    page = login(browser, live_server, "tina")

    page.goto(f"{live_server.url}/admin/editorial/article/{edition.article_id}/translations/export/")
    expect(page.locator("h1")).to_contain_text("Export for translators")
    screenshot(page, "interchange-export", full_page=False)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download").click()
    exported = tmp_path / download.value.suggested_filename
    download.value.save_as(exported)
    assert exported.suffix == ".xlf"
    returned = tmp_path / "de-back.xlf"
    returned.write_bytes(edit_xliff(exported.read_bytes(), {1: "Es debattierte über den Haushalt."}))

    page.get_by_role("link", name="Import from translators").click()
    page.set_input_files("input[type=file]", str(returned))
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("table.nd-preview")).to_contain_text("Es debattierte über den Haushalt.")
    expect(page.locator("tr.nd-row-updated")).to_have_count(1)
    screenshot(page, "interchange-preview")
    page.get_by_role("button", name="Import as new drafts").click()
    expect(page.locator(".messagelist")).to_contain_text("Imported as new drafts: de v2.")
    latest = Edition.objects.get(article_id=edition.article_id, language="de").latest_version
    assert latest.texts == [GERMAN[0], "Es debattierte über den Haushalt.", *GERMAN[2:]]
