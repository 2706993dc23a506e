"""The public site in a real browser, as a reader uses it, at desktop and
phone widths: read an article, switch to its Arabic translation, search,
follow a tag, filter all articles, open a share link. Everything was published through the
workflow services (two people, four eyes). Screenshots go to
test-artifacts/public-<step>-<width>.png."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from editorial.models import ShareLinkView
from tests.editorial.public_site import (
    ARABIC_TITLE,
    CORRECTION_NOTE,
    DRAFT_TITLE,
    GERMAN_TITLE,
    build_public_site,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
TAP_TARGET_PX = 44  # WCAG 2.5.5 / platform guidelines: a finger needs ~44 CSS px


@pytest.fixture
def site():
    return build_public_site()


def root(page) -> tuple[str, str]:
    return page.locator("html").get_attribute("lang"), page.locator("html").get_attribute("dir")


def fits_the_screen(page):
    """Nothing makes the page scroll sideways."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def big_enough(locator):
    for index in range(locator.count()):
        box = locator.nth(index).bounding_box()
        assert box and box["height"] >= TAP_TARGET_PX - 0.5, (locator.nth(index).inner_text(), box)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_reader_reads_switches_language_searches_follows_a_tag_and_opens_a_share_link(
    browser, live_server, site, screenshot, width
):
    size = WIDTHS[width]
    context = browser.new_context(viewport=size, locale="en-GB")
    page = context.new_page()
    article_id = site.german.article_id

    # Home: the latest articles, each in its own language.
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Latest articles")
    assert root(page) == ("en", "ltr")
    expect(page.locator(f'ul.articles li[lang="ar"][dir="rtl"] >> text={ARABIC_TITLE}')).to_be_visible()
    fits_the_screen(page)
    screenshot(page, f"public-home-{size['width']}")

    # 1. Read the German interview.
    page.get_by_role("link", name=GERMAN_TITLE).click()
    expect(page).to_have_url(f"{live_server.url}/de/articles/{article_id}/")
    assert root(page) == ("de", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text(GERMAN_TITLE)
    expect(page.get_by_role("heading", level=2, name="Die Erwartungen")).to_be_visible()
    expect(page.locator(".turn .speaker").first).to_have_text("Sorkin:")
    expect(page.locator(".turn").nth(1)).to_contain_text("Das Treffen war produktiv.")
    expect(page.locator(".correction")).to_contain_text(CORRECTION_NOTE)
    expect(page.locator("article > p").filter(has_text="Der Gründer")).to_contain_text("am Dienstag")  # corrected
    fits_the_screen(page)
    screenshot(page, f"public-article-de-{size['width']}")

    # 2. Switch to the Arabic edition: right to left.
    switch = page.get_by_role("navigation", name="Languages of this article")
    expect(switch.locator("[aria-current=page]")).to_have_text("Deutsch")
    big_enough(switch.get_by_role("link"))
    switch.get_by_role("link", name="العربيّة").click()  # Django's name of Arabic in Arabic
    expect(page).to_have_url(f"{live_server.url}/ar/articles/{article_id}/")
    assert root(page) == ("ar", "rtl")
    expect(page.get_by_role("heading", level=1)).to_have_text(ARABIC_TITLE)
    assert page.locator("article").evaluate("element => getComputedStyle(element).direction") == "rtl"
    expect(page.locator(".turn .speaker").first).to_have_text("سوركين:")
    fits_the_screen(page)
    screenshot(page, f"public-article-ar-{size['width']}")

    # 3. Search from the header: ranked results with the words highlighted.
    search = page.get_by_role("search").first
    search.get_by_role("searchbox").fill("Treffen")
    search.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=Treffen$"))
    results = page.locator("ol.articles > li")
    expect(results).to_have_count(1)
    expect(results.first).to_have_attribute("lang", "de")
    expect(results.first.get_by_role("link")).to_have_text(GERMAN_TITLE)
    expect(results.first.locator("mark").first).to_have_text(re.compile("^Treffen$", re.I))
    fits_the_screen(page)
    screenshot(page, f"public-search-{size['width']}")

    # 4. Back to the article and follow its tag.
    results.first.get_by_role("link").click()
    tag = page.get_by_role("link", name="Davos", exact=True)
    big_enough(tag)
    tag.click()
    expect(page).to_have_url(f"{live_server.url}/de/tags/{site.tag.slug}/")
    assert root(page) == ("de", "ltr")
    expect(page.get_by_role("heading", level=1)).to_have_text("Davos")
    expect(page.locator("ul.articles li")).to_have_count(1)
    expect(page.locator("ul.articles li h2")).to_have_text(GERMAN_TITLE)
    fits_the_screen(page)
    screenshot(page, f"public-tag-{size['width']}")

    # All articles, narrowed to one language with the filter form.
    page.get_by_role("navigation", name="Site").get_by_role("link", name="All articles").click()
    page.get_by_label("Language").select_option("ar")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"/articles/\?.*language=ar"))
    expect(page.locator("ul.articles > li")).to_have_count(1)
    expect(page.locator("ul.articles > li")).to_have_attribute("dir", "rtl")
    expect(page.locator("ul.articles h2")).to_have_text(ARABIC_TITLE)
    fits_the_screen(page)
    screenshot(page, f"public-articles-filtered-{size['width']}")

    # 5. An outside reviewer opens the share link: the draft, not the live text.
    page.goto(f"{live_server.url}/share/{site.share.token}/")
    expect(page.get_by_role("status")).to_contain_text("A draft shared with you for review")
    expect(page.get_by_role("heading", level=1)).to_have_text(DRAFT_TITLE)
    expect(page.locator("article")).to_contain_text("vor Studierenden")
    assert page.locator("meta[name=robots]").get_attribute("content") == "noindex, nofollow"
    assert ShareLinkView.objects.filter(link=site.share).count() == 1
    fits_the_screen(page)
    screenshot(page, f"public-share-{size['width']}")
    page.goto(f"{live_server.url}/de/articles/{article_id}/")
    assert "vor Studierenden" not in page.locator("article").inner_text()  # still only the live text in public

    # The revoked link shows nothing of the draft.
    response = page.goto(f"{live_server.url}/share/{site.revoked_share.token}/")
    assert response.status == 410
    expect(page.get_by_role("heading", level=1)).to_have_text("This link has expired")
    assert "Studierenden" not in page.content()
    context.close()
