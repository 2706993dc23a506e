"""Public pages show live approved versions only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from editorial.services import version_create
from tests.factories import make_edition, publish

pytestmark = pytest.mark.django_db


def test_home_explains_when_nothing_is_published(client):
    make_edition()
    response = client.get(reverse("editorial:home"))
    assert response.status_code == 200
    assert "Nothing is published yet" in response.content.decode()


def test_drafts_are_never_served(client):
    edition = make_edition(title="Secret draft")
    detail = reverse("editorial:edition-detail", args=[edition.language, edition.article_id])
    assert client.get(detail).status_code == 404
    assert client.get(reverse("editorial:edition-list", args=["en"])).status_code == 404


def test_live_version_is_served_and_newer_draft_does_not_leak(client):
    edition = make_edition(title="Live title", paragraphs=["Live paragraph."])
    publish(edition.latest_version)
    version_create(
        edition=edition, paragraphs=["Draft paragraph."], title="Draft title", based_on=edition.latest_version
    )
    detail = client.get(reverse("editorial:edition-detail", args=["en", edition.article_id])).content.decode()
    assert "Live title" in detail and "Live paragraph." in detail
    assert "Draft" not in detail
    listing = client.get(reverse("editorial:edition-list", args=["en"])).content.decode()
    assert "Live title" in listing and "Draft title" not in listing
    home = client.get(reverse("editorial:home")).content.decode()
    assert 'href="/en/"' in home
