"""Test data built through the same services the product uses."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

from editorial.choices import TagKind, VersionOrigin, VersionStatus
from editorial.models import Article, Edition, Tag, TagAlias, TagSuggestion, Version
from editorial.services.events import article_state_refresh
from editorial.services import (
    version_approve,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)


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


def superuser(**kwargs):
    """A superuser in no group: has every permission, but four eyes still apply."""
    return UserFactory(is_superuser=True, **kwargs)


def nobody(**kwargs):
    """A staff user without any role."""
    return UserFactory(**kwargs)


def version_in(status: str, *, edition: Edition | None = None, by_editor=None, by_reviewer=None) -> Version:
    """The latest version of ``edition`` (a new one by default) brought to
    ``status`` through the workflow services, never by writing the column."""
    S = VersionStatus
    edition = edition or make_edition()
    version = Version.objects.get(pk=edition.latest_version_id)
    by_editor = by_editor or editor()
    by_reviewer = by_reviewer or reviewer()
    if status == S.DRAFT:
        return version
    if status == S.APPROVED:
        return publish(version, by_editor=by_editor, by_reviewer=by_reviewer)
    version_submit(version=version, user=by_editor)
    if status == S.CHANGES_REQUESTED:
        version_request_changes(version=version, user=by_reviewer, comment="Fix the second paragraph.")
    elif status == S.REJECTED:
        version_reject(version=version, user=by_reviewer, comment="Not news.")
    version.refresh_from_db()
    assert version.status == status
    return version


def make_translation(edition: Edition, *, language: str = "fr", paragraphs=("Premier.", "Deuxième.")) -> Edition:
    """A second, non-original edition of ``edition``'s article with a draft."""
    translation = Edition.objects.create(article=edition.article, language=language)
    version_create(
        edition=translation, paragraphs=list(paragraphs), title="Un titre", based_on=None,
        origin=VersionOrigin.TRANSLATION, translation_of=edition.latest_version,
    )
    return translation


def make_suggestion(article: Article, *, name: str = "Jane Quimby", kind: str = TagKind.PERSON, tag=None):
    """A pending tag suggestion as an import would leave it (with the
    article's cached flags refreshed, as the import does)."""
    suggestion = TagSuggestion.objects.create(
        article=article, tag=tag, key=tag.slug if tag else name.casefold(), name=name, kind=kind, score=0.9,
        evidence=[{"text": f"… {name} said …"}],
    )
    article_state_refresh(article_id=article.pk, touch=False)
    return suggestion


def make_tag(name: str = "Jane Quimby", *, kind: str = TagKind.PERSON, aliases=()) -> Tag:
    tag = Tag.objects.create(name=name, slug=slugify(name, allow_unicode=True), kind=kind)
    for alias in aliases:
        TagAlias.objects.create(tag=tag, alias=alias)
    return tag
