"""In a real browser: an editor logs in and reviews what was imported."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.conftest import GERMAN_SEED
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def imported():
    call_command("import_seeds", str(GERMAN_SEED), stdout=StringIO(), stderr=StringIO())
    UserFactory(username="editor", is_staff=True, is_superuser=True)


def test_editor_logs_in_and_sees_raw_and_cleaned_text(page, live_server, imported):
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    page.get_by_role("link", name="Source documents").click()
    page.get_by_role("link", name=GERMAN_SEED.name).click()
    compare = page.locator(".newsdesk-compare")
    expect(compare).to_have_count(1)
    assert "Als Gewinner des Qingyun-Plans" in compare.locator("pre").inner_text()
    cleaned = compare.locator(":scope > div")
    assert cleaned.locator("p").count() >= 24
    assert "Als Gewinner" not in cleaned.inner_text()
    assert "Sorkin: Vielen Dank, Herr Jack Ma, danke!" in cleaned.inner_text()
    body = page.content()
    assert "author_bio" in body and "teaser_block" in body


def test_public_home_shows_no_draft(page, live_server, imported):
    page.goto(f"{live_server.url}/")
    assert "Nothing is published yet" in page.inner_text("main")
