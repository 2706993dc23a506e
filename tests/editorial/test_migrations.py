"""The desk's data migrations (0002-0004), run on rows written the old way.

The database is migrated back to ``editorial 0001``, filled through the
historical models (paragraphs as plain strings, ``original_language`` as a
string, a "withdrawn" version state), then migrated forward; the rows must
come out in the new shape with nothing lost.
"""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from editorial.models import Article, Edition, Event, Version
from tests.factories import make_edition

BEFORE = [("editorial", "0001_initial")]
desk_data = import_module("editorial.migrations.0003_desk_data")

pytestmark = pytest.mark.django_db(transaction=True)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


def ensure_fully_migrated():
    """Leave the schema as the other tests expect it, even after a failure
    (planning is cheap; migrating renders every model state again)."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    if executor.migration_plan(leaves):
        executor.migrate(leaves)


@pytest.fixture
def old_rows():
    """Rows as the 0001 schema knew them; yields their ids, then leaves the
    database fully migrated again whatever happened."""
    executor = migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    User = apps.get_model("auth", "User")
    OldArticle = apps.get_model("editorial", "Article")
    OldEdition = apps.get_model("editorial", "Edition")
    OldVersion = apps.get_model("editorial", "Version")
    author = User.objects.create(username="old-editor")

    # A German story, with an English translation created first (lower pk).
    story = OldArticle.objects.create(source_name="story.txt", original_language="de")
    english = OldEdition.objects.create(article=story, language="en")
    german = OldEdition.objects.create(article=story, language="de")
    v1 = OldVersion.objects.create(
        edition=german, number=1, status="approved", origin="import", title="Titel",
        paragraphs=["Erster Absatz.", "Zweiter Absatz über den Haushalt.", "Dritter Absatz."],
    )
    v2 = OldVersion.objects.create(
        edition=german, number=2, status="in_review", origin="edit", title="Titel", based_on=v1, created_by=author,
        paragraphs=["Erster Absatz.", "Zweiter Absatz über den neuen Haushalt.", "Dritter Absatz.", "Neu."],
    )
    v3 = OldVersion.objects.create(
        edition=german, number=3, status="withdrawn", origin="edit", title="Titel", based_on=v2, created_by=author,
        paragraphs=["Neu.", "Erster Absatz.", "Zweiter Absatz über den neuen Haushalt."],
    )
    OldEdition.objects.filter(pk=german.pk).update(latest_version=v3, live_version=v3)
    e1 = OldVersion.objects.create(
        edition=english, number=1, status="changes_requested", origin="translation", title="Title",
        paragraphs=["First paragraph."], translation_of=v1, created_by=author,
    )
    OldEdition.objects.filter(pk=english.pk).update(latest_version=e1)

    # A story whose language string matches none of its editions, with a
    # withdrawn version that is no longer the live one.
    odd = OldArticle.objects.create(source_name="odd.txt", original_language="xx")
    only = OldEdition.objects.create(article=odd, language="fr")
    w1 = OldVersion.objects.create(edition=only, number=1, status="withdrawn", origin="import", title="Un",
                                   paragraphs=["Un."])
    w2 = OldVersion.objects.create(edition=only, number=2, status="rejected", origin="import", title="Deux",
                                   paragraphs=["Deux."], based_on=w1)
    OldEdition.objects.filter(pk=only.pk).update(latest_version=w2)
    ids = {"story": story.pk, "english": english.pk, "german": german.pk, "v1": v1.pk, "v2": v2.pk, "v3": v3.pk,
           "e1": e1.pk, "odd": odd.pk, "only": only.pk, "w1": w1.pk, "w2": w2.pk, "author": author.pk}
    try:
        migrate(executor.loader.graph.leaf_nodes())
        yield ids
    finally:
        ensure_fully_migrated()


def check_original_edition_becomes_a_relation(old_rows):
    story = Article.objects.get(pk=old_rows["story"])
    assert story.original_edition_id == old_rows["german"]  # by language, not by creation order
    assert story.original_language == "de"
    odd = Article.objects.get(pk=old_rows["odd"])
    assert odd.original_edition_id == old_rows["only"]  # no match: its only (first) edition
    assert "original_language" not in {f.name for f in Article._meta.get_fields()}


def check_paragraphs_get_ids_carried_along_the_based_on_chain(old_rows):
    v1, v2, v3 = (Version.objects.get(pk=old_rows[k]) for k in ("v1", "v2", "v3"))
    for version in (v1, v2, v3):
        assert all(set(p) == {"id", "text"} for p in version.paragraphs)
        assert len(set(version.paragraph_ids)) == len(version.paragraphs)
    assert v1.texts == ["Erster Absatz.", "Zweiter Absatz über den Haushalt.", "Dritter Absatz."]
    one, two, three = v1.paragraph_ids
    assert v2.paragraph_ids[:3] == [one, two, three]  # unchanged and edited in place keep theirs
    new = v2.paragraph_ids[3]
    assert new not in v1.paragraph_ids
    assert v3.paragraph_ids == [new, one, two]  # moved and kept through two steps; "Dritter" gone
    english = Version.objects.get(pk=old_rows["e1"])
    assert english.texts == ["First paragraph."] and english.paragraph_ids[0] not in v1.paragraph_ids


def check_withdrawn_versions_become_approved_on_a_withdrawn_edition(old_rows):
    v3 = Version.objects.get(pk=old_rows["v3"])
    assert v3.status == Version.Status.APPROVED
    german = Edition.objects.get(pk=old_rows["german"])
    assert german.is_withdrawn and german.live_version_id == v3.pk
    assert not Edition.objects.published().filter(pk=german.pk).exists()
    # Withdrawn but no longer live: approved history, the edition untouched.
    assert Version.objects.get(pk=old_rows["w1"]).status == Version.Status.APPROVED
    assert not Edition.objects.get(pk=old_rows["only"]).is_withdrawn
    assert {s for s in Version.objects.values_list("status", flat=True)} <= set(Version.Status.values)


def check_every_version_gets_events_explaining_its_state(old_rows):
    expected = {
        "v1": ("imported", "approved"), "v2": ("edited", "in_review"), "v3": ("edited", "approved"),
        "e1": ("edited", "changes_requested"), "w1": ("imported", "approved"), "w2": ("reimported", "rejected"),
    }
    for key, (created_action, status) in expected.items():
        version = Version.objects.get(pk=old_rows[key])
        events = list(Event.objects.filter(version=version).order_by("created_at", "pk"))
        assert events[0].action == created_action and events[0].to_state == "draft", key
        assert events[0].actor_id == version.created_by_id
        assert events[-1].to_state == version.status == status, key
        assert all(e.created_at == version.created_at for e in events)
        assert all(e.article_id == version.edition.article_id and e.edition_id == version.edition_id for e in events)


def check_roles_exist_with_the_right_permissions(old_rows):
    def perms(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    editor, reviewer, translator = perms("Editor"), perms("Reviewer"), perms("Translator")
    assert {"add_version", "submit_version", "change_tagsuggestion", "add_articletag", "change_tag"} <= editor
    assert not {"review_version", "publish_edition"} & editor
    assert {"review_version", "publish_edition", "view_version", "view_event"} <= reviewer
    assert not {"add_version", "submit_version", "change_tagsuggestion"} & reviewer
    assert {"translate_version", "submit_version"} <= translator
    assert not {"add_version", "review_version", "publish_edition"} & translator
    assert {"view_sourcedocument", "view_importrun"} <= editor & reviewer


def check_rerunning_the_data_functions_changes_nothing(old_rows):
    """Paragraph ids, withdrawn states and events are idempotent: running
    them again on migrated rows (as a retry after a partial failure would)
    changes and adds nothing."""
    before = (list(Event.objects.order_by("pk").values_list("pk", "to_state")),
              list(Version.objects.order_by("pk").values_list("paragraphs", "status")))
    for step in (desk_data.paragraph_ids, desk_data.withdrawn_versions, desk_data.events):
        step(global_apps, None)  # they use no schema editor
    after = (list(Event.objects.order_by("pk").values_list("pk", "to_state")),
             list(Version.objects.order_by("pk").values_list("paragraphs", "status")))
    assert after == before


def check_cached_article_columns_are_filled(old_rows):
    """Migrations 0009 and 0010 fill the desk's cached flags and sort title
    from the migrated rows."""
    story = Article.objects.get(pk=old_rows["story"])
    odd = Article.objects.get(pk=old_rows["odd"])
    assert (story.title, odd.title) == ("Titel", "Deux")
    assert story.has_live and story.has_changes_requested and story.has_approved
    assert odd.has_rejected and not odd.has_live
    # 0011 indexes every edition's latest version for the desk's search.
    from editorial.models import DeskSearchEntry
    from editorial.search import desk_search

    assert set(DeskSearchEntry.objects.values_list("article_id", flat=True)) == {old_rows["story"], old_rows["odd"]}
    found = lambda word: set(desk_search(Article.objects.all(), word).values_list("pk", flat=True))  # noqa: E731
    assert found("Haushalt") == {old_rows["story"]} and found("First") == {old_rows["story"]}  # both editions
    assert found("Deux") == {old_rows["odd"]}


def test_data_migrations_bring_old_rows_into_the_new_shape(old_rows):
    # One test, several checks: migrating back and forth is the slow part
    # (SQLite rebuilds tables), so it happens once.
    check_original_edition_becomes_a_relation(old_rows)
    check_paragraphs_get_ids_carried_along_the_based_on_chain(old_rows)
    check_withdrawn_versions_become_approved_on_a_withdrawn_edition(old_rows)
    check_every_version_gets_events_explaining_its_state(old_rows)
    check_roles_exist_with_the_right_permissions(old_rows)
    check_rerunning_the_data_functions_changes_nothing(old_rows)
    check_cached_article_columns_are_filled(old_rows)


def test_migrating_back_below_0004_keeps_the_original_language():
    edition = make_edition(language="de")
    target = [("editorial", "0002_desk_schema")]
    try:
        executor = migrate(target)
        OldArticle = executor.loader.project_state(target).apps.get_model("editorial", "Article")
        assert OldArticle.objects.get(pk=edition.article_id).original_language == "de"
    finally:
        ensure_fully_migrated()
