"""The published-page path: cached public pages change on the next request
after every publishing change (services, admin, the clock passing a
go-live or expiry), conditional GET answers 304, and nothing private is
ever cached."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date, parse_http_date

from editorial import pagecache
from editorial.models import Edition, Tag, Version
from editorial.services import (
    article_tag_add,
    article_tag_remove,
    edition_change_language,
    edition_schedule,
    edition_withdraw,
    share_link_create,
    share_link_revoke,
    tag_merge,
    version_approve,
    version_create,
    version_submit,
)
from tests.factories import editor, make_edition, make_tag, publish, reviewer, superuser

pytestmark = pytest.mark.django_db


def detail(edition):
    return reverse("editorial:edition-detail", args=[edition.language, edition.article_id])


def live(title="Cached story", text="Cached text.", language="en"):
    edition = make_edition(language=language, title=title, paragraphs=[text])
    publish(edition.latest_version)
    edition.refresh_from_db()
    return edition


@pytest.fixture
def clock(monkeypatch):
    """``clock.move(delta)`` moves what ``timezone.now()`` answers, for the
    querysets and the cache alike; no service is called."""

    class Clock:
        now = timezone.now()

        def move(self, delta):
            self.now = self.now + delta
            monkeypatch.setattr(timezone, "now", lambda: self.now)

    clock = Clock()
    clock.move(timedelta(0))
    return clock


def test_a_second_request_is_served_from_the_cache_without_queries(client, page_cache, django_assert_num_queries):
    edition = live()
    first = client.get(detail(edition))
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    # Rows changed behind the services' back are not seen: the page is cached.
    Version.objects.filter(pk=edition.live_version_id).update(title="Changed behind the cache")
    with django_assert_num_queries(0):
        second = client.get(detail(edition))
    assert second.content == first.content and second["ETag"] == first["ETag"]
    assert "Accept-Language" in second["Vary"] and "Cookie" in second["Vary"]
    assert "public" in second["Cache-Control"]


def test_approving_a_new_version_changes_the_page_and_a_newer_draft_never_shows(client, page_cache):
    edition = live(text="The vote was 7 to 4.")
    assert "7 to 4" in client.get(detail(edition)).content.decode()
    assert "Cached story" in client.get("/").content.decode()
    draft = version_create(edition=edition, paragraphs=["Draft zzdraft."], title="Draft", based_on=edition.live_version)
    assert "zzdraft" not in client.get(detail(edition)).content.decode()
    fixed = version_create(edition=edition, paragraphs=["The vote was 8 to 3."], title="Fixed", based_on=draft)
    version_submit(version=fixed, user=editor())
    assert "zzdraft" not in client.get(detail(edition)).content.decode()
    version_approve(version=fixed, user=reviewer(), comment="Wrong count.")
    html = client.get(detail(edition)).content.decode()
    assert "8 to 3" in html and "7 to 4" not in html and "zzdraft" not in html
    home = client.get("/").content.decode()
    assert "Fixed" in home and "Cached story" not in home


def test_withdrawing_answers_gone_on_the_next_request(client, page_cache):
    edition = live(text="Soon withdrawn zzgone.")
    assert client.get(detail(edition)).status_code == 200
    assert "zzgone" in client.get(reverse("editorial:language-feed", args=["en"])).content.decode()
    assert "Cached story" in client.get("/").content.decode()
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    response = client.get(detail(edition))
    assert response.status_code == 410 and "zzgone" not in response.content.decode()
    assert "Cached story" not in client.get("/").content.decode()
    assert detail(edition) not in client.get("/sitemap.xml").content.decode()
    assert client.get(reverse("editorial:language-feed", args=["en"])).status_code == 404
    # Approving again republishes, also through the cache.
    version_approve(version=edition.live_version, user=reviewer())
    assert client.get(detail(edition)).status_code == 200


def test_scheduling_a_go_live_in_the_future_or_the_past(client, page_cache):
    edition = live()
    assert client.get(detail(edition)).status_code == 200
    edition_schedule(edition=edition, user=reviewer(), go_live_at=timezone.now() + timedelta(hours=1))
    assert client.get(detail(edition)).status_code == 404
    assert "Cached story" not in client.get("/").content.decode()
    edition_schedule(edition=edition, user=reviewer(), go_live_at=timezone.now() - timedelta(minutes=1))
    assert client.get(detail(edition)).status_code == 200
    assert "Cached story" in client.get("/").content.decode()


def test_go_live_time_passing_shows_the_article_with_no_request_to_the_services(client, page_cache, clock):
    already = live(title="Already live")
    embargoed = live(title="Embargoed story")
    edition_schedule(edition=embargoed, user=reviewer(), go_live_at=clock.now + timedelta(hours=1))
    for _ in range(2):  # rendered, then from the cache
        home = client.get("/").content.decode()
        assert "Already live" in home and "Embargoed story" not in home
        assert client.get(detail(embargoed)).status_code == 404
        assert client.get(detail(already)).status_code == 200
    clock.move(timedelta(minutes=59, seconds=59))
    assert "Embargoed story" not in client.get("/").content.decode()
    clock.move(timedelta(seconds=1))  # go-live is inclusive
    assert "Embargoed story" in client.get("/").content.decode()
    assert client.get(detail(embargoed)).status_code == 200
    assert "Embargoed story" in client.get("/en/").content.decode()


def test_expiry_passing_makes_the_page_gone(client, page_cache, clock):
    edition = live(title="Expiring story", text="Expiring zzexpiring.")
    edition_schedule(edition=edition, user=reviewer(), expire_at=clock.now + timedelta(hours=2))
    assert client.get(detail(edition)).status_code == 200
    assert "Expiring story" in client.get("/").content.decode()
    clock.move(timedelta(hours=1))
    assert client.get(detail(edition)).status_code == 200  # from the cache, still inside the window
    clock.move(timedelta(hours=1))  # expiry is exclusive: gone at the instant
    response = client.get(detail(edition))
    assert response.status_code == 410 and "zzexpiring" not in response.content.decode()
    assert "Expiring story" not in client.get("/").content.decode()


def test_tag_links_merges_and_renames_change_the_pages(client, page_cache):
    edition = live()
    quimby = make_tag("Jane Quimby")
    article_tag_add(article=edition.article, tag=quimby, user=editor())
    assert "Jane Quimby" in client.get(detail(edition)).content.decode()
    tag_url = reverse("editorial:tag-detail", args=["en", quimby.slug])
    assert client.get(tag_url).status_code == 200
    target = make_tag("J. Quimby")
    tag_merge(source=quimby, target=target, user=superuser())
    html = client.get(detail(edition)).content.decode()
    assert "J. Quimby" in html and "Jane Quimby" not in html
    assert client.get(tag_url).status_code == 404
    # Renamed in the admin's change form.
    admin = superuser(username="boss")
    client.force_login(admin)
    response = client.post(reverse("admin:editorial_tag_change", args=[target.pk]), {
        "name": "Janet Quimby", "slug": "janet-quimby", "kind": target.kind,
        "aliases-TOTAL_FORMS": "0", "aliases-INITIAL_FORMS": "0",
        "labels-TOTAL_FORMS": "0", "labels-INITIAL_FORMS": "0",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    html = client.get(detail(edition)).content.decode()
    assert "Janet Quimby" in html and "J. Quimby" not in html
    assert client.get(reverse("editorial:tag-detail", args=["en", "janet-quimby"])).status_code == 200
    article_tag_remove(article=edition.article, tag=Tag.objects.get(slug="janet-quimby"), user=editor())
    assert "Janet Quimby" not in client.get(detail(edition)).content.decode()


def test_deleting_a_tag_in_the_admin_drops_it_from_cached_pages(client, page_cache):
    edition = live()
    tag = make_tag("Short lived")
    article_tag_add(article=edition.article, tag=tag, user=editor())
    assert "Short lived" in client.get(detail(edition)).content.decode()
    client.force_login(superuser(username="boss"))
    response = client.post(reverse("admin:editorial_tag_delete", args=[tag.pk]), {"post": "yes"})
    assert response.status_code == 302
    client.logout()
    assert "Short lived" not in client.get(detail(edition)).content.decode()


def test_a_language_change_moves_the_page(client, page_cache):
    edition = live(title="Mis-detected", language="de")
    old = detail(edition)
    assert client.get(old).status_code == 200
    assert "Mis-detected" in client.get("/de/").content.decode()
    edition_change_language(edition=edition, user=editor(), language="nl")
    assert client.get(old).status_code == 404
    assert client.get("/de/").status_code == 404
    assert client.get(detail(edition)).status_code == 200
    assert "Mis-detected" in client.get("/nl/").content.decode()


def test_each_interface_language_is_cached_apart(client, page_cache):
    edition = live()
    german = client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert german != english  # dates are written the interface language's way
    client.cookies["django_language"] = "de"
    assert client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="en").content.decode() == german


@pytest.mark.parametrize("cached", [True, False])
def test_conditional_get_answers_304_until_the_page_changes(client, settings, page_cache, cached):
    settings.NEWSDESK_PAGE_CACHE = cached
    edition = live()
    first = client.get(detail(edition))
    etag = first["ETag"]
    not_modified = client.get(detail(edition), HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304 and not_modified.content == b"" and not_modified["ETag"] == etag
    assert client.get(detail(edition), HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    if cached:  # Last-Modified is when the cached copy was rendered
        modified = first["Last-Modified"]
        assert client.get(detail(edition), HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
        earlier = http_date(parse_http_date(modified) - 10)
        assert client.get(detail(edition), HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200
    else:  # rendered on every request: no honest date to give
        assert "Last-Modified" not in first
    for url in ("/", "/en/", "/sitemap.xml", reverse("editorial:language-feed", args=["en"])):
        response = client.get(url)
        assert response.status_code == 200 and response["ETag"], url
        assert ("Last-Modified" in response) == cached, url
        assert client.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304, url
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    assert client.get(detail(edition), HTTP_IF_NONE_MATCH=etag).status_code == 410


def test_preview_share_links_and_admin_are_never_cached(client, editor_client, page_cache):
    edition = live()
    draft = version_create(edition=edition, paragraphs=["Draft zzprivate."], title="Draft", based_on=edition.live_version)
    preview = reverse("version-preview", args=[draft.pk])
    response = editor_client.get(preview)
    assert response.status_code == 200 and "zzprivate" in response.content.decode()
    assert "ETag" not in response and "no-store" in response["Cache-Control"]
    assert client.get(preview).status_code == 404  # the staff member's page was not kept for anyone
    link = share_link_create(version=draft, user=editor())
    shared = reverse("shared-version", args=[link.token])
    assert client.get(shared).status_code == 200 and "ETag" not in client.get(shared)
    share_link_revoke(link=link, user=editor())
    response = client.get(shared)
    assert response.status_code == 410 and "zzprivate" not in response.content.decode()
    admin_page = editor_client.get(reverse("admin:index"))
    assert admin_page.status_code == 200 and "ETag" not in admin_page
    assert not [key for key in page_cache._cache if "zzprivate" in str(page_cache._cache[key])]


def _view(response):
    @pagecache.cache_public_page
    def view(request):
        view.calls += 1
        return response()

    view.calls = 0
    return view


@pytest.mark.parametrize("make_response", [
    pytest.param(lambda: _with_cookie(HttpResponse("hello")), id="sets-a-cookie"),
    pytest.param(lambda: HttpResponse("missing", status=404), id="not-found"),
    pytest.param(lambda: _private(HttpResponse("mine")), id="private"),
    pytest.param(lambda: StreamingHttpResponse(iter([b"a", b"b"])), id="streaming"),
])
def test_what_is_not_cached(page_cache, make_response):
    view = _view(make_response)
    request = RequestFactory().get("/somewhere/")
    for _ in range(2):
        view(request)
    assert view.calls == 2


def test_a_page_with_a_csrf_token_is_not_cached(page_cache):
    @pagecache.cache_public_page
    def view(request):
        view.calls += 1
        return HttpResponse(f"<input value='{get_token(request)}'>")

    view.calls = 0
    for _ in range(2):
        view(RequestFactory().get("/form/"))
    assert view.calls == 2


def test_a_post_is_passed_through_and_a_plain_page_is_cached(page_cache):
    view = _view(lambda: HttpResponse("hello"))
    view(RequestFactory().post("/somewhere/"))
    view(RequestFactory().post("/somewhere/"))
    assert view.calls == 2
    view(RequestFactory().get("/somewhere/"))
    view(RequestFactory().get("/somewhere/"))
    assert view.calls == 3
    view(RequestFactory().get("/somewhere/?page=2"))
    assert view.calls == 4


def _with_cookie(response):
    response.set_cookie("flavour", "oat")
    return response


def _private(response):
    response["Cache-Control"] = "private"
    return response


def test_the_generation_moves_now_and_again_after_commit(django_capture_on_commit_callbacks, page_cache):
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        pagecache.publication_changed()
        during = pagecache.generation()
    after = pagecache.generation()
    assert len(callbacks) == 1 and len({before, during, after}) == 3


def test_an_evicted_generation_starts_at_a_new_value(page_cache):
    first = pagecache.generation()
    page_cache.delete(pagecache.GENERATION_KEY)
    assert pagecache.generation() != first


def test_next_boundary_is_the_earliest_go_live_or_expiry_after_now():
    now = timezone.now()
    assert pagecache.next_boundary(now) is None
    soon, later = live(title="a"), live(title="b")
    rev = reviewer()
    edition_schedule(edition=later, user=rev, go_live_at=now + timedelta(hours=3))
    assert pagecache.next_boundary(now) == now + timedelta(hours=3)
    edition_schedule(edition=soon, user=rev, go_live_at=now - timedelta(hours=1), expire_at=now + timedelta(hours=2))
    assert pagecache.next_boundary(now) == now + timedelta(hours=2)
    assert pagecache.next_boundary(now + timedelta(hours=2)) == now + timedelta(hours=3)
    assert pagecache.next_boundary(now + timedelta(hours=3)) is None


def test_never_leaks_across_publishing_changes_with_the_cache_on(client, page_cache):
    """Crawl, change what is public, crawl again: the second crawl (mostly
    from the cache) finds exactly the live sentinels of the moment."""
    from tests.editorial.test_public_pages import crawl

    ed, rev = editor(), reviewer()
    staying = live(title="Stays zzstays", text="Body zzstays.")
    leaving = live(title="Leaves zzleaves", text="Body zzleaves.", language="de")
    coming = make_edition(title="Comes zzcomes", paragraphs=["Body zzcomes."], language="fr")
    version_submit(version=coming.latest_version, user=ed)
    rewritten = live(title="Old zzoldtext", text="Body zzoldtext.")
    draft = version_create(edition=rewritten, paragraphs=["Body zzdrafttext."], title="Draft zzdrafttext",
                           based_on=rewritten.live_version)
    tag = make_tag("Tagzzold")
    article_tag_add(article=staying.article, tag=tag, user=ed)
    feeds = [reverse(name, args=[language]) for language in ("en", "de", "fr")
             for name in ("editorial:language-feed", "editorial:language-feed-atom")]

    def text():
        pages = crawl(client, extra=feeds)
        assert len(pages) > 5
        return "\n".join(pages.values())

    before = text()
    assert all(word in before for word in ("zzstays", "zzleaves", "zzoldtext", "Tagzzold"))
    assert all(word not in before for word in ("zzcomes", "zzdrafttext"))
    assert text() == before  # the second crawl comes from the cache and agrees

    edition_withdraw(edition=leaving, user=rev, comment="Legal")
    version_approve(version=coming.latest_version, user=rev)
    version_submit(version=draft, user=ed)
    version_approve(version=draft, user=rev)
    tag_merge(source=tag, target=make_tag("Tagzznew"), user=superuser())

    after = text()
    for word in ("zzstays", "zzcomes", "zzdrafttext", "Tagzznew"):
        assert word in after, word
    for word in ("zzleaves", "zzoldtext", "Tagzzold"):
        assert word not in after, word
    assert Edition.objects.published().count() == 3


def test_a_hit_is_answered_before_any_other_middleware_with_the_full_stacks_headers(client, page_cache, monkeypatch):
    from django.middleware.locale import LocaleMiddleware

    edition = live()
    first = client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="de")
    calls = []
    original = LocaleMiddleware.process_request
    monkeypatch.setattr(LocaleMiddleware, "process_request", lambda self, request: calls.append(1) or original(
        self, request))
    hit = client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="de")
    assert calls == [] and hit.content == first.content
    for name in ("Content-Type", "Content-Language", "X-Frame-Options", "X-Content-Type-Options", "Vary",
                 "Cache-Control", "ETag", "Last-Modified"):
        assert hit[name] == first[name], name
    assert hit["Content-Language"] == "de"
    assert client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="de", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert calls == []
    client.get(detail(edition), HTTP_ACCEPT_LANGUAGE="fr")  # another language: rendered, through the stack
    assert calls == [1]


def test_the_fast_lane_never_skips_the_redirect_to_https_or_the_host_check(client, settings, page_cache):
    edition = live()
    assert client.get(detail(edition)).status_code == 200
    settings.SECURE_SSL_REDIRECT = True
    secure_site = Client()  # SecurityMiddleware reads the setting when it is built
    response = secure_site.get(detail(edition))
    assert response.status_code == 301 and response["Location"].startswith("https://")
    assert secure_site.get(detail(edition), secure=True).status_code == 200
    settings.SECURE_SSL_REDIRECT = False
    assert client.get(detail(edition), HTTP_HOST="evil.example").status_code == 400


def test_a_page_rendered_through_a_conditional_get_is_cached_whole(client, page_cache):
    edition = live()
    etag = client.get(detail(edition))["ETag"]
    page_cache.clear()
    assert client.get(detail(edition), HTTP_IF_NONE_MATCH=etag).status_code == 304  # a miss, rendered
    hit = client.get(detail(edition))
    assert hit.status_code == 200 and hit["Content-Type"].startswith("text/html") and "Cached text." in hit.content.decode()


def test_a_cache_that_is_down_serves_rendered_pages_and_refuses_publishing_changes(client, page_cache, monkeypatch):
    edition = live()
    assert client.get(detail(edition)).status_code == 200

    def down():
        raise ConnectionError("cache server unreachable")

    monkeypatch.setattr(pagecache, "_cache", down)
    response = client.get(detail(edition))
    assert response.status_code == 200 and "Cached text." in response.content.decode() and response["ETag"]
    assert client.get("/").status_code == 200
    # A publishing change that could not drop the cached pages is refused
    # (rolled back) rather than leaving them to be served stale later.
    with pytest.raises(ConnectionError):
        edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    edition.refresh_from_db()
    assert not edition.is_withdrawn
