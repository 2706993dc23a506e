"""Test data built through the same services the product uses."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import Article, Edition, Version
from editorial.services import version_approve, version_create, version_submit


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw")
    is_staff = True

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """``UserFactory(roles=["Editor", "Reviewer"])`` puts the user in those groups."""
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))


def editor(**kwargs):
    return UserFactory(roles=["Editor"], **kwargs)


def reviewer(**kwargs):
    return UserFactory(roles=["Reviewer"], **kwargs)


def translator(**kwargs):
    return UserFactory(roles=["Translator"], **kwargs)


def make_edition(
    *, language: str = "en", title: str = "A title", paragraphs=("First.", "Second."), author=None
) -> Edition:
    """An article with its original edition and a first draft (by the
    system, as an import would make it, unless ``author`` is given)."""
    article = Article.objects.create()
    edition = Edition.objects.create(article=article, language=language)
    Article.objects.filter(pk=article.pk).update(original_edition=edition)
    version_create(edition=edition, paragraphs=list(paragraphs), title=title, based_on=None, author=author)
    edition.article.original_edition = edition
    return edition


def publish(version: Version, *, by_editor=None, by_reviewer=None) -> Version:
    """Submit and approve ``version`` through the workflow services, by two
    different people (four eyes)."""
    version_submit(version=version, user=by_editor or editor())
    version_approve(version=version, user=by_reviewer or reviewer())
    version.refresh_from_db()
    return version
