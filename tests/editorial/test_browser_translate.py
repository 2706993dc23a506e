"""A translator updates an outdated translation side by side, and a
reviewer publishes the source and the translation together — in a real
browser, with screenshots for a person to look at."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from editorial.models import Edition
from editorial.services import translation_create, version_create, version_submit
from tests.factories import UserFactory, make_edition, publish

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def newsroom(settings):
    """An English story live at v1 with a live German translation, then a v2
    of the source submitted for review (one paragraph edited, one added)."""
    settings.NEWSDESK_LANGUAGES = ["en", "de", "fr"]
    tina = UserFactory(username="tina", roles=["Translator"])
    UserFactory(username="rolf", roles=["Reviewer"])
    erika = UserFactory(username="erika", roles=["Editor"])
    story = make_edition(language="en", title="Budget talks in parliament",
                         paragraphs=["The parliament met on Tuesday.", "It debated the budget for three hours.",
                                     "Nothing was decided."])
    publish(story.latest_version)
    story.refresh_from_db()
    german = translation_create(source_version=story.live_version, language="de", user=tina,
                                title="Haushaltsdebatte im Parlament",
                                paragraphs=["Das Parlament tagte am Dienstag.",
                                            "Es beriet drei Stunden lang über den Haushalt.",
                                            "Es wurde nichts beschlossen."])
    publish(german, by_editor=tina)
    v2 = version_create(edition=story, based_on=story.live_version, author=erika, title="Budget talks in parliament",
                        paragraphs=["The parliament met on Tuesday.", "It debated the 2027 budget for four hours.",
                                    "Nothing was decided.", "A vote is planned for Friday."])
    publish(v2)  # the source's new version goes live: the German one is now outdated
    return story


def login(browser, live_server, username, width=1366):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text(username)
    return page


def test_translator_updates_outdated_rows_and_reviewer_publishes_together(browser, live_server, newsroom,
                                                                          screenshot):
    desk_url = f"{live_server.url}/admin/editorial/article/{newsroom.article_id}/change/"
    translator = login(browser, live_server, "tina")
    translator.goto(desk_url)
    expect(translator.locator("#matrix-de")).to_contain_text("outdated")
    expect(translator.locator("#matrix-fr")).to_contain_text("missing")
    expect(translator.locator("#languages")).to_contain_text("No machine-translation engine is configured")
    screenshot(translator, "translate-desk-matrix", full_page=False)

    translator.locator("#matrix-de").get_by_role("link", name="Translate side by side").click()
    expect(translator.locator(".nd-row-changed")).to_have_count(1)
    expect(translator.locator(".nd-row-untranslated")).to_have_count(1)
    expect(translator.locator(".nd-row-changed td").first).to_contain_text("2027 budget for four hours")
    screenshot(translator, "translate-side-by-side-outdated")
    translator.locator(".nd-row-changed textarea").fill("Es beriet vier Stunden lang über den Haushalt 2027.")
    translator.locator(".nd-row-untranslated textarea").fill("Am Freitag soll abgestimmt werden.")
    translator.get_by_role("button", name="Save as new draft").click()
    expect(translator.locator(".messagelist")).to_contain_text("Saved as version")
    german = Edition.objects.get(article=newsroom.article, language="de")
    latest = german.latest_version
    assert latest.texts == ["Das Parlament tagte am Dienstag.", "Es beriet vier Stunden lang über den Haushalt 2027.",
                            "Es wurde nichts beschlossen.", "Am Freitag soll abgestimmt werden."]
    # The draft follows the live source; the live German text stays live (it was approved) until replaced.
    expect(translator.locator("#matrix-de")).to_contain_text("live version outdated")
    screenshot(translator, "translate-desk-after-update", full_page=False)

    # The source gets another paragraph, sent to review; the translator
    # translates it while it is reviewed and submits, so the reviewer can
    # publish both languages in one action.
    source = Edition.objects.get(pk=newsroom.pk)
    editor = UserFactory(roles=["Editor"])
    v3 = version_create(edition=source, based_on=source.latest_version, author=editor,
                        title="Budget talks in parliament",
                        paragraphs=[*source.latest_version.texts, "The opposition wants more time."])
    version_submit(version=v3, user=editor)
    translator.goto(desk_url)
    translator.locator("#matrix-de").get_by_role("link", name="Translate side by side").click()
    expect(translator.locator(".nd-row-untranslated")).to_have_count(1)
    expect(translator.locator(".nd-row-changed")).to_have_count(0)
    translator.locator(".nd-row-untranslated textarea").fill("Die Opposition will mehr Zeit.")
    translator.get_by_role("button", name="Save as new draft").click()
    expect(translator.locator(".messagelist")).to_contain_text("Saved as version")
    latest = Edition.objects.get(pk=german.pk).latest_version
    assert latest.translation_of_id == v3.pk
    translator.locator(f"#edition-{german.pk}").get_by_role("button", name="Submit for review").click()
    expect(translator.locator(".messagelist")).to_contain_text("waiting for review")

    reviewer = login(browser, live_server, "rolf")
    reviewer.goto(desk_url)
    together = reviewer.locator(".nd-together")
    expect(together).to_contain_text(f"de v{latest.number}")
    expect(together).to_contain_text(f"en v{v3.number}")
    screenshot(reviewer, "translate-approve-together", full_page=False)
    together.get_by_role("button", name="Approve the chosen languages together").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("Approved and live together")
    german.refresh_from_db()
    assert german.live_version_id == latest.pk
    assert Edition.objects.get(pk=newsroom.pk).live_version_id == v3.pk
    assert not Edition.objects.outdated().exists()

    public = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    public.goto(f"{live_server.url}/de/articles/{newsroom.article_id}/")
    expect(public.locator("main")).to_contain_text("Haushalt 2027")
    expect(public.locator("main")).to_contain_text("Die Opposition will mehr Zeit.")
    expect(public.locator("html")).to_have_attribute("lang", "de")
    screenshot(public, "translate-public-de-390")
