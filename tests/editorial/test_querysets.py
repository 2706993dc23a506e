"""published(): the one rule every public surface uses."""

from __future__ import annotations

import pytest

from editorial.choices import VersionStatus
from editorial.models import Edition, Version
from editorial.services import version_create
from tests.factories import make_edition, publish

pytestmark = pytest.mark.django_db


def test_a_draft_only_edition_is_not_published():
    make_edition()
    assert not Edition.objects.published().exists()


@pytest.mark.parametrize("status", [s for s in VersionStatus if s != VersionStatus.APPROVED])
def test_live_pointer_to_a_non_approved_version_is_not_published(status):
    edition = make_edition()
    version = edition.latest_version
    Version.objects.filter(pk=version.pk).update(status=status)
    Edition.objects.filter(pk=edition.pk).update(live_version=version)
    assert not Edition.objects.published().exists()


def test_approved_live_version_is_published_and_a_newer_draft_does_not_replace_it():
    edition = make_edition(language="de")
    first = edition.latest_version
    publish(first)
    version_create(edition=edition, paragraphs=["Entwurf."], title="Neu", based_on=first)
    published = Edition.objects.published().with_live().get()
    assert published.live_version == first
    assert published.latest_version.number == 2
    assert list(Edition.objects.published().for_language("de")) == [edition]
    assert not Edition.objects.published().for_language("en").exists()
