"""A translator asks for machine drafts on the desk; a task worker makes
them (one fails); the desk shows queued, then ready and failed — in a real
browser, with screenshots for a person to look at."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from editorial.models import Edition
from tests.corpus.background_support import drain
from tests.editorial.machine_translation.servers import Answer, FakeServer, LibreTranslateApp
from tests.editorial.test_browser_translate import login
from tests.factories import UserFactory, make_edition, publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def libre():
    app = LibreTranslateApp()
    server = FakeServer(app).start()
    yield app, server
    server.stop()


def test_machine_drafts_are_queued_then_shown_ready_or_failed(browser, live_server, libre, settings, screenshot):
    app, server = libre
    settings.NEWSDESK_LANGUAGES = ["en", "de", "fr"]
    settings.NEWSDESK_MACHINE_TRANSLATION = {
        "libre": {"ENGINE": "editorial.machine_translation.libretranslate.LibreTranslateEngine",
                  "URL": server.url, "TIMEOUT": 2, "LABEL": "LibreTranslate"},
    }
    UserFactory(username="tina", roles=["Translator"])
    story = make_edition(language="en", title="Budget talks in parliament",
                         paragraphs=["The parliament met on Tuesday.", "It debated the budget for three hours."])
    publish(story.latest_version)
    desk_url = f"{live_server.url}/admin/editorial/article/{story.article_id}/change/"

    page = login(browser, live_server, "tina")
    page.goto(desk_url)
    page.get_by_role("button", name="Translate with LibreTranslate").click()
    expect(page.locator(".messagelist")).to_contain_text("Machine drafts queued: de, fr.")
    expect(page.locator("#mt-request-de")).to_contain_text("Machine draft queued with LibreTranslate")
    expect(page.locator("#mt-request-fr")).to_contain_text("Queued")
    assert server.posts("/translate") == []  # the page came back before any engine call
    screenshot(page, "machine-drafts-queued", full_page=False)

    app.script = [None, Answer(status=500, body={"error": "Model crashed"})]  # German works, French fails
    drain()
    page.reload()
    expect(page.locator("#mt-request-de")).to_contain_text("Machine draft ready: v1 by LibreTranslate")
    expect(page.locator("#mt-request-fr")).to_contain_text("Machine draft failed")
    expect(page.locator("#mt-request-fr")).to_contain_text("nothing was created")
    expect(page.locator("#matrix-fr")).to_contain_text("missing")
    screenshot(page, "machine-drafts-ready-and-failed", full_page=False)

    page.locator("#mt-request-de").get_by_role("link", name="Translate side by side").click()
    expect(page.locator("#mt-request-de")).to_contain_text("Machine draft ready: v1")
    expect(page.locator("textarea").first).to_have_value("[de] The parliament met on Tuesday.")
    screenshot(page, "machine-draft-side-by-side")
    assert not Edition.objects.filter(article=story.article, language="fr").exists()
