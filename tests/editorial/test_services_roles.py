"""Roles: what each group created by the migration may do, and nothing more."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from editorial.exceptions import PermissionDenied
from editorial.models import Event, Version
from editorial.services import (
    article_create,
    article_tag_add,
    article_tag_remove,
    edition_change_language,
    edition_schedule,
    edition_withdraw,
    tag_create,
    tag_merge,
    tag_suggestion_accept,
    tag_suggestion_reject,
    version_apply_correction,
    version_approve,
    version_confirm_proposed,
    version_create,
    version_reject,
    version_request_changes,
    version_submit,
)
from tests.factories import (
    UserFactory,
    editor,
    make_edition,
    make_suggestion,
    make_tag,
    make_translation,
    nobody,
    publish,
    reviewer,
    superuser,
    translator,
)

pytestmark = pytest.mark.django_db


def _in_review(edition):
    version_submit(version=edition.latest_version, user=editor())
    return edition.latest_version


def _edit(edition, user):
    return version_create(
        edition=edition, paragraphs=["Changed."], title="T", based_on=edition.latest_version, author=user
    )


def _proposed_title(user):
    edition = make_edition(paragraphs=["Solkin spoke."])
    Version.objects.filter(pk=edition.latest_version_id).update(title_is_proposed=True)
    edition.latest_version.refresh_from_db()
    return version_confirm_proposed(version=edition.latest_version, user=user, field="title")


def _remove_tag(user):
    edition = make_edition()
    tag = make_tag()
    article_tag_add(article=edition.article, tag=tag, user=editor())
    article_tag_remove(article=edition.article, tag=tag, user=user)


# Each action builds what it needs (as other people), then acts as ``user``.
ACTIONS = {
    "create article": lambda u: article_create(language="en", title="T", paragraphs=["Text."], user=u),
    "edit original": lambda u: _edit(make_edition(), u),
    "edit translation": lambda u: _edit(make_translation(make_edition()), u),
    "submit original": lambda u: version_submit(version=make_edition().latest_version, user=u),
    "submit translation": lambda u: version_submit(version=make_translation(make_edition()).latest_version, user=u),
    "apply correction": lambda u: version_apply_correction(
        version=make_edition(paragraphs=["Solkin spoke."]).latest_version, user=u, original="Solkin",
        suggestion="Sorkin"),
    "confirm title": _proposed_title,
    "change language": lambda u: edition_change_language(edition=make_edition(), user=u, language="de"),
    "approve": lambda u: version_approve(version=_in_review(make_edition()), user=u),
    "request changes": lambda u: version_request_changes(version=_in_review(make_edition()), user=u, comment="Why?"),
    "reject": lambda u: version_reject(version=_in_review(make_edition()), user=u, comment="No."),
    "schedule": lambda u: edition_schedule(edition=make_edition(), user=u, go_live_at=timezone.now() + timedelta(days=1)),
    "withdraw": lambda u: edition_withdraw(
        edition=publish(make_edition().latest_version).edition, user=u, comment="Legal."),
    "accept tag": lambda u: tag_suggestion_accept(suggestion=make_suggestion(make_edition().article), user=u),
    "reject tag": lambda u: tag_suggestion_reject(suggestion=make_suggestion(make_edition().article), user=u),
    "add tag": lambda u: article_tag_add(article=make_edition().article, tag=make_tag(), user=u),
    "remove tag": _remove_tag,
    "create tag": lambda u: tag_create(name="Springfield", kind="place", user=u),
    "merge tags": lambda u: tag_merge(source=make_tag("Quimby"), target=make_tag("Jane Quimby"), user=u),
}
EDITOR = {
    "create article", "edit original", "edit translation", "submit original", "submit translation",
    "apply correction", "confirm title", "change language", "accept tag", "reject tag", "add tag",
    "remove tag", "create tag", "merge tags",
}
REVIEWER = {"approve", "request changes", "reject", "schedule", "withdraw"}
TRANSLATOR = {"edit translation", "submit translation"}
ROLES = {
    "Editor": (editor, EDITOR),
    "Reviewer": (reviewer, REVIEWER),
    "Translator": (translator, TRANSLATOR),
    "no role": (nobody, set()),
    "superuser": (superuser, set(ACTIONS)),
}


def test_the_migration_created_the_three_role_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editor", "Reviewer", "Translator"}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_role_permissions(role, action):
    make_user, allowed = ROLES[role]
    user = make_user()
    if action in allowed:
        before = Event.objects.filter(actor=user).count()
        ACTIONS[action](user)
        # Every permitted action leaves a trace by this user, except creating
        # a bare vocabulary tag (not tied to any article).
        if action != "create tag":
            assert Event.objects.filter(actor=user).count() > before
        return
    with pytest.raises(PermissionDenied) as excinfo:
        ACTIONS[action](user)
    assert "not allowed" in str(excinfo.value) or "Translators may edit translations only" in str(excinfo.value)
    assert not Event.objects.filter(actor=user).exists()


def test_translators_are_told_why_they_cannot_edit_the_original():
    edition = make_edition()
    with pytest.raises(PermissionDenied, match="Translators may edit translations only"):
        _edit(edition, translator())
    assert Version.objects.filter(edition=edition).count() == 1


def test_a_translation_moved_into_the_original_slot_is_no_longer_translatable():
    """"Original" is the relation on the article, not a language or an origin."""
    edition = make_edition()
    translation = make_translation(edition)
    user = translator()
    _edit(translation, user)
    article = edition.article
    article.original_edition = translation
    article.save(update_fields=["original_edition"])
    translation.refresh_from_db()
    with pytest.raises(PermissionDenied):
        _edit(translation, user)
    _edit(edition, user)  # the former original is now a translation


def test_inactive_users_are_refused_everything_even_with_roles():
    user = UserFactory(roles=["Editor", "Reviewer"], is_active=False)
    edition = make_edition()
    with pytest.raises(PermissionDenied):
        _edit(edition, user)
    with pytest.raises(PermissionDenied):
        version_approve(version=_in_review(edition), user=user)


def test_confirming_a_proposed_title_needs_a_user():
    """No user is not "the system" here: only imports write without one."""
    edition = make_edition()
    Version.objects.filter(pk=edition.latest_version_id).update(title_is_proposed=True)
    edition.latest_version.refresh_from_db()
    with pytest.raises(PermissionDenied):
        version_confirm_proposed(version=edition.latest_version, user=None, field="title")
    assert Version.objects.filter(edition=edition).count() == 1
