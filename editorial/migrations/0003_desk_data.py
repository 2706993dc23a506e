"""Data for the editorial desk:

* each article's original edition becomes a relation (from the language string);
* paragraphs become ``{"id", "text"}`` dicts, ids carried along each
  edition's based-on chain;
* the old version state "withdrawn" becomes an approved version on a
  withdrawn edition (the live window now lives on the edition);
* every version gets the events that explain its state (the invariant:
  a version's state is the ``to_state`` of its last event);
* the roles Editor, Reviewer and Translator exist as groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.db.models import Max

from editorial.paragraphs import assign_ids

MIGRATED = "Recorded when the review history was introduced."

EDITOR = [
    "view_article", "add_article", "view_edition", "view_version", "add_version", "submit_version",
    "view_tag", "add_tag", "change_tag", "view_tagalias", "add_tagalias", "change_tagalias",
    "delete_tagalias", "view_taglabel", "add_taglabel", "change_taglabel", "delete_taglabel",
    "view_tagsuggestion", "change_tagsuggestion", "view_articletag", "add_articletag",
    "delete_articletag", "view_event",
]
REVIEWER = [
    "view_article", "view_edition", "view_version", "review_version", "publish_edition",
    "view_tag", "view_tagalias", "view_taglabel", "view_tagsuggestion", "view_articletag", "view_event",
]
TRANSLATOR = [
    "view_article", "view_edition", "view_version", "translate_version", "submit_version",
    "view_tag", "view_taglabel", "view_tagsuggestion", "view_articletag", "view_event",
]
CORPUS_VIEW = ["view_importrun", "view_sourcedocument"]
ROLES = {"Editor": EDITOR, "Reviewer": REVIEWER, "Translator": TRANSLATOR}


def original_editions(apps, schema_editor):
    Article = apps.get_model("editorial", "Article")
    Edition = apps.get_model("editorial", "Edition")
    for article in Article.objects.all().iterator():
        editions = Edition.objects.filter(article=article).order_by("pk")
        edition = editions.filter(language=article.original_language).first() or editions.first()
        updated = editions.aggregate(latest=Max("updated_at"))["latest"] or article.created_at
        Article.objects.filter(pk=article.pk).update(original_edition=edition, updated_at=updated)


def original_languages(apps, schema_editor):
    """Reverse of original_editions: the language string again."""
    Article = apps.get_model("editorial", "Article")
    for article in Article.objects.select_related("original_edition").iterator():
        if article.original_edition_id:
            Article.objects.filter(pk=article.pk).update(original_language=article.original_edition.language)


def paragraph_ids(apps, schema_editor):
    Version = apps.get_model("editorial", "Version")
    converted: dict[int, list[dict]] = {}
    for version in Version.objects.order_by("edition_id", "number").iterator():
        if version.paragraphs and isinstance(version.paragraphs[0], dict):
            converted[version.pk] = version.paragraphs
            continue
        previous = converted.get(version.based_on_id, ())
        paragraphs = assign_ids([str(p) for p in version.paragraphs], previous)
        converted[version.pk] = paragraphs
        Version.objects.filter(pk=version.pk).update(paragraphs=paragraphs)


def paragraph_texts(apps, schema_editor):
    """Reverse of paragraph_ids: plain lists of strings again."""
    Version = apps.get_model("editorial", "Version")
    for version in Version.objects.iterator():
        if version.paragraphs and isinstance(version.paragraphs[0], dict):
            Version.objects.filter(pk=version.pk).update(paragraphs=[p["text"] for p in version.paragraphs])


def withdrawn_versions(apps, schema_editor):
    Version = apps.get_model("editorial", "Version")
    Edition = apps.get_model("editorial", "Edition")
    for version in Version.objects.filter(status="withdrawn"):
        Version.objects.filter(pk=version.pk).update(status="approved")
        Edition.objects.filter(pk=version.edition_id, live_version=version).update(is_withdrawn=True)


def events(apps, schema_editor):
    Version = apps.get_model("editorial", "Version")
    Event = apps.get_model("editorial", "Event")
    for version in Version.objects.select_related("edition").order_by("pk").iterator():
        if Event.objects.filter(version=version).exists():
            continue
        if version.origin == "import":
            action = "imported" if version.number == 1 else "reimported"
        else:
            action = "edited"
        rows = [Event(article_id=version.edition.article_id, edition_id=version.edition_id, version=version,
                      actor_id=version.created_by_id, action=action, to_state="draft", comment=version.comment)]
        if version.status != "draft":
            action = {"in_review": "submitted"}.get(version.status, version.status)
            rows.append(Event(article_id=version.edition.article_id, edition_id=version.edition_id,
                              version=version, action=action, from_state="draft", to_state=version.status,
                              comment=MIGRATED))
        created = Event.objects.bulk_create(rows)
        Event.objects.filter(pk__in=[e.pk for e in created]).update(created_at=version.created_at)


def drop_events(apps, schema_editor):
    """Reverse of events: the table goes away with 0002's reverse anyway."""
    apps.get_model("editorial", "Event").objects.all().delete()


def roles(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = Permission.objects.filter(
            content_type__app_label="editorial", codename__in=codenames
        ) | Permission.objects.filter(content_type__app_label="corpus", codename__in=CORPUS_VIEW)
        group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_desk_schema"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(original_editions, original_languages),
        migrations.RunPython(paragraph_ids, paragraph_texts),
        migrations.RunPython(withdrawn_versions, migrations.RunPython.noop),
        migrations.RunPython(events, drop_events),
        migrations.RunPython(roles, migrations.RunPython.noop),
    ]
