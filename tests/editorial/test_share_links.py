"""Share links: one draft for an outside reviewer, expiring, revocable,
every view logged; nobody else ever sees a draft."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.choices import EventAction
from editorial.exceptions import EditorialError, InvalidTransition, PermissionDenied
from editorial.models import Event, ShareLink
from editorial.services import share_link_create, share_link_revoke, version_create
from tests.factories import editor, make_edition, publish, reviewer, translator

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    edition = make_edition(title="Live", paragraphs=["Live text."])
    publish(edition.latest_version)
    return version_create(edition=edition, paragraphs=["Draft zzshared."], title="Draft", based_on=edition.latest_version)


def url(link):
    return reverse("shared-version", args=[link.token])


def test_a_link_shows_exactly_its_version_and_logs_every_view(client, draft):
    link = share_link_create(version=draft, user=editor(), note="Lawyer")
    response = client.get(url(link), HTTP_USER_AGENT="Reader/1.0")
    html = response.content.decode()
    assert response.status_code == 200 and "Draft zzshared." in html and "Live text." not in html
    assert response["X-Robots-Tag"] == "noindex, nofollow" and response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    client.get(url(link))
    views = list(link.views.all())
    assert len(views) == 2 and views[-1].user_agent == "Reader/1.0" and views[0].ip_address == "127.0.0.1"
    assert Event.objects.filter(action=EventAction.SHARE_LINK_CREATED, version=draft, comment="Lawyer").exists()


def test_expired_and_revoked_links_show_nothing(client, draft):
    link = share_link_create(version=draft, user=editor())
    ShareLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(url(link))
    assert response.status_code == 410 and "zzshared" not in response.content.decode()
    other = share_link_create(version=draft, user=editor())
    share_link_revoke(link=other, user=reviewer())
    assert client.get(url(other)).status_code == 410
    with pytest.raises(InvalidTransition):
        share_link_revoke(link=other, user=reviewer())
    assert not other.views.exists() and not link.views.exists()


def test_default_lifetime_is_seven_days_and_bounds_are_checked(draft):
    link = share_link_create(version=draft, user=editor())
    assert timedelta(days=6, hours=23) < link.expires_at - timezone.now() <= timedelta(days=7)
    for lifetime in (timedelta(minutes=5), timedelta(days=91)):
        with pytest.raises(EditorialError):
            share_link_create(version=draft, user=editor(), lifetime=lifetime)


def test_who_may_share(draft):
    share_link_create(version=draft, user=reviewer())
    with pytest.raises(PermissionDenied):
        share_link_create(version=draft, user=translator())


def test_unknown_tokens_are_not_found(client):
    assert client.get(reverse("shared-version", args=["nope"])).status_code == 404


def test_desk_creates_lists_and_revokes_links(editor_client, draft):
    article = draft.edition.article
    act = reverse("admin:editorial_article_act", args=[article.pk])
    response = editor_client.post(act, {"action": "share", "version": draft.pk, "note": "Source", "days": "3"},
                                  follow=True)
    message = [str(m) for m in response.context["messages"]][0]
    link = ShareLink.objects.get()
    assert f"/share/{link.token}/" in message and link.note == "Source"
    assert timedelta(days=2) < link.expires_at - timezone.now() <= timedelta(days=3)
    desk = editor_client.get(reverse("admin:editorial_article_change", args=[article.pk])).content.decode()
    assert "Source" in desk and "Revoke" in desk
    editor_client.post(act, {"action": "revoke_share", "link": link.pk}, follow=True)
    link.refresh_from_db()
    assert link.revoked_at is not None
    bad = editor_client.post(act, {"action": "share", "version": draft.pk, "days": "x"}, follow=True)
    assert "number of days" in [str(m) for m in bad.context["messages"]][0]
