"""In a real browser: an editor keeps the MT glossary and sees where a file came from.

Screenshots go to test-results/ (not committed) for the author to look at.
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from corpus.models import GlossaryEntry
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SHOTS = Path(__file__).resolve().parents[2] / "test-results"
STORY = (
    "Le géant américain Amazonie a annoncé lundi une baisse de ses ventes en Europe.\n\n"
    "Selon les analystes, la concurrence des plateformes chinoises reste forte sur ce marché.\n"
)


def log_in(page, live_server):
    UserFactory(username="editor", is_staff=True, is_superuser=True)
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")


def test_editor_imports_the_glossary_and_sees_it_flag_a_file(page, live_server, tmp_path):
    SHOTS.mkdir(exist_ok=True)
    log_in(page, live_server)
    page.get_by_role("link", name="MT glossary").click()
    page.get_by_role("link", name="Import", exact=True).click()
    sheet = tmp_path / "glossary.csv"
    sheet.write_text(
        "language,pattern,is_regex,suggestion,note,active\n"
        "fr,Amazonie,0,Amazon,\"The company, not the forest.\",1\n",
        encoding="utf-8",
    )
    page.set_input_files("input[type=file]", str(sheet))
    page.select_option("select[name=format]", label="csv")
    page.get_by_role("button", name="Submit").click()
    page.screenshot(path=SHOTS / "corpus-glossary-import-preview.png", full_page=True)
    page.get_by_role("button", name="Confirm import").click()
    expect(page.locator("#result_list")).to_contain_text("Amazonie")
    page.screenshot(path=SHOTS / "corpus-glossary-list.png", full_page=True)
    assert GlossaryEntry.objects.get().suggestion == "Amazon"

    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "amazon.txt").write_text(STORY, encoding="utf-8")
    call_command("import_seeds", "--source", "agence", str(tmp_path / "inbox"), stdout=StringIO(), stderr=StringIO())
    page.goto(f"{live_server.url}/admin/corpus/sourcedocument/")
    expect(page.locator("#result_list")).to_contain_text("agence")
    page.get_by_role("link", name="amazon.txt").click()
    body = page.locator("#content").inner_text()
    assert "agence:amazon.txt" in body
    assert "Amazonie → Amazon (1×)" in body and "The company, not the forest." in body
    page.screenshot(path=SHOTS / "corpus-source-document-glossary.png", full_page=True)
