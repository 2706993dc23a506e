"""Test data built through the same services the product uses."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model

from editorial.choices import VersionStatus
from editorial.models import Article, Edition, Version
from editorial.services import version_create


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw")


def make_edition(*, language: str = "en", title: str = "A title", paragraphs=("First.", "Second.")) -> Edition:
    article = Article.objects.create(original_language=language)
    edition = Edition.objects.create(article=article, language=language)
    version_create(edition=edition, paragraphs=list(paragraphs), title=title, based_on=None)
    return edition


def publish(version: Version) -> None:
    """Stand-in for the review workflow's approval (next issue): mark the
    version approved and point the edition's live pointer at it."""
    Version.objects.filter(pk=version.pk).update(status=VersionStatus.APPROVED)
    Edition.objects.filter(pk=version.edition_id).update(live_version=version)
    version.refresh_from_db()
