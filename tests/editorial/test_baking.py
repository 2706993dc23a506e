"""Baked pages: published pages written as files for the front server,
never outliving the publishing change or scheduled moment that makes them
wrong, and never anything a reader-specific or unpublished page holds."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial import baking, pagecache
from editorial.services import edition_schedule, edition_withdraw, tag_merge, version_approve, version_create, version_submit
from editorial.services import article_tag_add
from tests.factories import editor, make_edition, make_tag, publish, reviewer

pytestmark = pytest.mark.django_db


@pytest.fixture
def baked(page_cache, settings, tmp_path):
    settings.NEWSDESK_BAKED_PAGES_DIR = str(tmp_path / "baked")
    return tmp_path / "baked"


def live(title="Baked story", text="Baked text.", language="en"):
    edition = make_edition(language=language, title=title, paragraphs=[text])
    publish(edition.latest_version)
    edition.refresh_from_db()
    return edition


def detail(edition):
    return reverse("editorial:edition-detail", args=[edition.language, edition.article_id])


def served(root: Path, path: str, language: str = "en") -> Path:
    """Where the front server looks for ``path`` (README's nginx set-up)."""
    return root / "current" / "testserver" / language / path.strip("/") / "index.html"


def served_texts(root: Path) -> str:
    current = root / "current"
    if not current.exists():
        return ""
    return "\n".join(p.read_text() for p in current.rglob("index.html"))


def test_a_published_page_is_baked_byte_for_byte(client, baked):
    edition = live()
    response = client.get(detail(edition))
    assert response.status_code == 200
    assert served(baked, detail(edition)).read_bytes() == response.content
    home = client.get("/")
    assert served(baked, "/").read_bytes() == home.content
    assert os.path.islink(baked / "current")


def test_nothing_is_baked_when_baking_is_off(client, page_cache, settings, tmp_path):
    settings.NEWSDESK_BAKED_PAGES_DIR = ""
    edition = live()
    assert client.get(detail(edition)).status_code == 200
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("how", ["cookie", "query", "head"])
def test_reader_specific_requests_are_not_baked(client, baked, how):
    edition = live()
    if how == "cookie":
        client.cookies["django_language"] = "de"
        response = client.get(detail(edition))
    elif how == "query":
        response = client.get(detail(edition) + "?utm=x")
    else:
        response = client.head(detail(edition))
    assert response.status_code == 200
    assert not served(baked, detail(edition)).exists() and not served(baked, detail(edition), "de").exists()


def test_missing_gone_and_unpublished_pages_are_never_baked(client, baked):
    edition = live(text="Withdrawn zzwithdrawn.")
    draft = make_edition(language="en", title="Draft zzdraftonly", paragraphs=["Draft zzdraftonly."])
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    assert client.get(detail(edition)).status_code == 410
    assert client.get(detail(draft)).status_code == 404
    assert client.get("/xx/articles/999999/").status_code == 404
    client.get("/")
    texts = served_texts(baked)
    assert "zzwithdrawn" not in texts and "zzdraftonly" not in texts
    assert not served(baked, detail(edition)).exists()


def test_every_publishing_change_unserves_the_baked_pages_at_once(client, baked, django_capture_on_commit_callbacks):
    edition = live(text="The vote was 7 to 4.")
    client.get(detail(edition))
    client.get("/")
    assert "7 to 4" in served_texts(baked)
    fixed = version_create(edition=edition, paragraphs=["The vote was 8 to 3."], title="Fixed",
                           based_on=edition.live_version)
    version_submit(version=fixed, user=editor())
    with django_capture_on_commit_callbacks(execute=True):
        version_approve(version=fixed, user=reviewer(), comment="Wrong count.")
        # Inside the transaction already nothing is served: the front
        # server passes every request to Django.
        assert not (baked / "current").exists()
    # After commit: a new, empty folder, the old one deleted.
    assert (baked / "current").is_symlink() and served_texts(baked) == ""
    assert len(list((baked / "generations").iterdir())) == 1
    html = client.get(detail(edition)).content.decode()
    assert "8 to 3" in html and "8 to 3" in served_texts(baked) and "7 to 4" not in served_texts(baked)


def test_withdrawing_and_tag_changes_drop_baked_pages(client, baked, django_capture_on_commit_callbacks):
    edition = live(text="Soon withdrawn zzgone.")
    tag = make_tag("Jane Quimby")
    article_tag_add(article=edition.article, tag=tag, user=editor())
    client.get(detail(edition))
    assert "Jane Quimby" in served_texts(baked)
    with django_capture_on_commit_callbacks(execute=True):
        tag_merge(source=tag, target=make_tag("Jane Q. Quimby"), user=editor())
    assert served_texts(baked) == ""
    assert "Jane Q. Quimby" in client.get(detail(edition)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    assert "zzgone" not in served_texts(baked)


def test_pages_a_scheduled_moment_will_change_are_not_baked(client, baked):
    expiring = live(title="Expiring story", text="Expires zzexpiring.")
    steady = live(title="Steady story", text="Stays zzsteady.")
    edition_schedule(edition=expiring, user=reviewer(), expire_at=timezone.now() + timedelta(hours=1))
    assert client.get(detail(expiring)).status_code == 200
    assert client.get(detail(steady)).status_code == 200
    assert client.get("/").status_code == 200
    texts = served_texts(baked)
    # The article page depends on its own editions only; the home page
    # lists the expiring one, so it waits until the expiry has passed.
    assert "zzsteady" in texts and "zzexpiring" not in texts and "Expiring story" not in texts
    assert not served(baked, "/").exists()


def test_a_page_rendered_under_an_older_generation_is_not_baked(baked, settings):
    assert baking.bake(generation="old", latest="new", host="testserver", language="en", path="/en/",
                       content=b"stale") is None
    baking.switch("new")
    assert baking.bake(generation="old", latest="old", host="testserver", language="en", path="/en/",
                       content=b"stale") is None  # not the folder being served
    written = baking.bake(generation="new", latest="new", host="testserver", language="en", path="/en/",
                          content=b"fresh")
    assert written == baked / "generations" / "new" / "testserver" / "en" / "en" / "index.html"
    assert served(baked, "/en/").read_bytes() == b"fresh"


@pytest.mark.parametrize(("host", "path"), [
    ("testserver", "/en/../../etc/"), ("testserver", "/en/./x/"), ("testserver", "/en/.hidden/"),
    ("a/b", "/en/"), ("..", "/en/"), ("testserver", "/robots.txt"), ("testserver", "/en/a\\b/"),
    ("testserver", "/en/a\0b/"),
])
def test_paths_that_could_climb_out_are_refused(baked, host, path):
    baking.switch("g")
    assert baking.bake(generation="g", latest="g", host=host, language="en", path=path, content=b"x") is None
    assert [p for p in (baked / "generations" / "g").rglob("*") if p.is_file()] == []


def test_a_failed_switch_stops_serving_rather_than_serve_old_pages(baked, monkeypatch):
    baking.switch("first")
    baking.bake(generation="first", latest="first", host="testserver", language="en", path="/en/", content=b"old")

    def refuse(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "symlink", refuse)
    baking.switch("second")
    assert not (baked / "current").exists()


def test_the_interface_language_has_its_own_folder(client, baked):
    edition = live()
    client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="de")
    page = served(baked, detail(edition), "de").read_text()
    assert 'lang="de"' in page
    assert not served(baked, detail(edition), "en").exists()


def test_generation_moves_on_commit_and_names_the_folder(baked, django_capture_on_commit_callbacks):
    edition = live()
    with django_capture_on_commit_callbacks(execute=True):
        edition_withdraw(edition=edition, user=reviewer(), comment="x")
    assert Path(os.readlink(baked / "current")).name == pagecache.generation()


def test_public_pages_answer_head_like_get(client):
    """Link checkers and crawlers ask with HEAD: same status, no body."""
    edition = live()
    for url in (detail(edition), "/", "/en/", "/search/?q=baked", "/sitemap.xml", "/news-sitemap.xml"):
        get, head = client.get(url), client.head(url)
        assert head.status_code == get.status_code == 200, url
        assert head.content == b"" and head["Content-Type"] == get["Content-Type"]
    assert client.post(detail(edition)).status_code == 405
