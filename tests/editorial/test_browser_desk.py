"""The whole desk workflow in a real browser, as the newsroom does it.

An editor fixes the imported German seed (applies the Solkin → Sorkin
correction, restores a removed block, edits a paragraph), accepts tags and
submits; the same editor cannot approve (four eyes); a reviewer approves
from the review queue; the text is live; a newer draft does not change the
public page until it is approved too.
"""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from editorial.models import Article, ArticleTag, Version
from tests.conftest import GERMAN_SEED
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsroom():
    call_command("import_seeds", str(GERMAN_SEED), stdout=StringIO(), stderr=StringIO())
    # The editor also holds the Reviewer role, so four eyes (not a missing
    # role) is what stops them approving their own work.
    UserFactory(username="erika", roles=["Editor", "Reviewer"])
    UserFactory(username="rolf", roles=["Reviewer"])
    return Article.objects.get()


def login(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text(username)
    return page


def post_button(page, name: str):
    page.get_by_role("button", name=name, exact=True).first.click()
    page.wait_for_load_state("networkidle")


def test_editor_fixes_submits_and_reviewer_publishes(browser, live_server, newsroom, screenshot):
    article = newsroom
    public_url = f"{live_server.url}/de/articles/{article.pk}/"
    editor = login(browser, live_server, "erika")

    editor.get_by_role("link", name="Articles").first.click()
    editor.get_by_role("link", name=re.compile("Jack Ma")).first.click()
    expect(editor.locator("#corrections")).to_contain_text("Solkin")
    screenshot(editor, "desk-imported", full_page=False)

    # 1. Apply the speaker-name correction everywhere.
    post_button(editor, "Apply everywhere")
    expect(editor.locator(".messagelist")).to_contain_text("Corrected")
    assert "Solkin" not in editor.locator(".nd-paragraphs").first.inner_text()
    assert "Sorkin: Was sind Ihre Erwartungen?" in editor.locator(".nd-paragraphs").first.inner_text()

    # 2. Restore a removed block from the raw ↔ cleaned compare screen.
    editor.get_by_role("link", name="Raw source and removed blocks").click()
    expect(editor.locator(".nd-removed").first).to_be_visible()
    screenshot(editor, "compare-raw-cleaned", full_page=False)
    bio_row = editor.locator(".nd-removed-table tbody tr").filter(
        has=editor.locator("td:first-child", has_text=re.compile(r"^author_bio$"))
    ).first
    bio_row.get_by_role("button", name="Restore into a new draft").click()
    expect(editor.locator(".messagelist")).to_contain_text("Block restored")
    expect(bio_row).to_contain_text("in the text")
    assert "Als Gewinner des Qingyun-Plans" in editor.locator(".nd-text").inner_text()

    # 3. Edit a paragraph by hand.
    editor.goto(f"{live_server.url}/admin/editorial/article/{article.pk}/change/")
    editor.get_by_role("link", name="Edit text").click()
    text = editor.locator("textarea[name=text]").input_value()
    editor.fill("textarea[name=text]", text.replace("Jack Ma: Das Treffen war produktiv",
                                                     "Jack Ma: Das Treffen war sehr produktiv"))
    editor.fill("input[name=comment]", "Ein Wort ergänzt")
    editor.get_by_role("button", name="Save as new draft").click()
    expect(editor.locator(".messagelist")).to_contain_text("Saved as version")

    # 4. Accept the suggested tags (all ticked by default).
    post_button(editor, "Accept ticked")
    expect(editor.locator(".messagelist")).to_contain_text("accepted")
    assert ArticleTag.objects.filter(article=article).exists()

    # 5. Submit; the approve button is there (Reviewer role) but refused by four eyes.
    post_button(editor, "Submit for review")
    expect(editor.locator(".messagelist")).to_contain_text("waiting for review")
    approve = editor.get_by_role("button", name="Approve and publish")
    expect(approve).to_be_disabled()
    expect(editor.locator(".nd-blocked").first).to_contain_text("Four eyes")
    editor.locator(".nd-blocked").first.scroll_into_view_if_needed()
    screenshot(editor, "desk-submitted-four-eyes", full_page=False)
    assert editor.context.request.get(public_url).status == 404

    # 6. The reviewer approves from the queue, on the diff against live.
    reviewer = login(browser, live_server, "rolf")
    reviewer.get_by_role("link", name="Review queue").click()
    screenshot(reviewer, "review-queue")
    reviewer.locator("#result_list tbody a").first.click()
    expect(reviewer.locator(".nd-compare")).to_be_visible()
    expect(reviewer.locator("ins.nd-ins").first).to_be_visible()
    reviewer.locator("ins.nd-ins").first.scroll_into_view_if_needed()
    screenshot(reviewer, "compare-versions", full_page=False)
    post_button(reviewer, "Approve and publish")
    expect(reviewer.locator(".messagelist")).to_contain_text("approved and live")

    public = reviewer.context.new_page()
    public.goto(public_url)
    body = public.locator("main").inner_text()
    assert "Das Treffen war sehr produktiv" in body
    assert "Solkin" not in body

    # 7. A new draft does not change the public page until it is approved.
    editor.goto(f"{live_server.url}/admin/editorial/article/{article.pk}/edit/{article.original_edition_id}/")
    text = editor.locator("textarea[name=text]").input_value()
    editor.fill("textarea[name=text]", text + "\n\nEin neuer Absatz aus der Redaktion.")
    editor.get_by_role("button", name="Save as new draft").click()
    public.reload()
    assert "Ein neuer Absatz aus der Redaktion." not in public.locator("main").inner_text()
    post_button(editor, "Submit for review")
    reviewer.goto(f"{live_server.url}/admin/editorial/reviewitem/")
    reviewer.locator("#result_list tbody a").first.click()
    expect(reviewer.locator("ins.nd-ins", has_text="Ein neuer Absatz")).to_be_visible()
    post_button(reviewer, "Approve and publish")
    public.reload()
    assert "Ein neuer Absatz aus der Redaktion." in public.locator("main").inner_text()
    latest = Version.objects.filter(edition__article=article).order_by("-number").first()
    assert latest.status == Version.Status.APPROVED and latest.created_by.username == "erika"
