"""The newsroom's roles as Django groups, and the permissions each holds.

The groups are created by migration 0003; :func:`ensure_roles` runs after
every ``migrate`` (and test-database flush) too, so permissions added by
later releases reach existing groups. It only adds: permissions an
administrator granted by hand are left alone.
"""

from __future__ import annotations

EDITOR = (
    "editorial.view_article", "editorial.add_article", "editorial.view_edition", "editorial.view_version",
    "editorial.add_version", "editorial.submit_version",
    "editorial.view_tag", "editorial.add_tag", "editorial.change_tag", "editorial.view_tagalias",
    "editorial.add_tagalias", "editorial.change_tagalias", "editorial.delete_tagalias", "editorial.view_taglabel",
    "editorial.add_taglabel", "editorial.change_taglabel", "editorial.delete_taglabel",
    "editorial.view_tagsuggestion", "editorial.change_tagsuggestion", "editorial.view_articletag",
    "editorial.add_articletag", "editorial.delete_articletag", "editorial.view_event",
    "editorial.view_sharelink", "editorial.add_sharelink", "editorial.change_sharelink",
    "corpus.view_importrun", "corpus.view_sourcedocument",
    # Start, cancel and resume imports from the admin (corpus/admin_imports.py).
    "corpus.add_importrun",
)
REVIEWER = (
    "editorial.view_article", "editorial.view_edition", "editorial.view_version", "editorial.review_version",
    "editorial.publish_edition", "editorial.view_tag", "editorial.view_tagalias", "editorial.view_taglabel",
    "editorial.view_tagsuggestion", "editorial.view_articletag", "editorial.view_event",
    "editorial.view_sharelink", "editorial.add_sharelink", "editorial.change_sharelink",
    "corpus.view_importrun", "corpus.view_sourcedocument",
)
TRANSLATOR = (
    "editorial.view_article", "editorial.view_edition", "editorial.view_version", "editorial.translate_version",
    "editorial.submit_version", "editorial.view_tag", "editorial.view_taglabel", "editorial.view_tagsuggestion",
    "editorial.view_articletag", "editorial.view_event", "corpus.view_importrun", "corpus.view_sourcedocument",
)
ROLES: dict[str, tuple[str, ...]] = {"Editor": EDITOR, "Reviewer": REVIEWER, "Translator": TRANSLATOR}


def ensure_roles(group_model, permission_model) -> None:
    """Create the role groups if missing and add any permission they lack."""
    for name, perms in ROLES.items():
        group, _created = group_model.objects.get_or_create(name=name)
        have = set(group.permissions.values_list("content_type__app_label", "codename"))
        wanted = [tuple(p.split(".", 1)) for p in perms]
        missing = [(app, code) for app, code in wanted if (app, code) not in have]
        if not missing:
            continue
        found = [
            perm
            for perm in permission_model.objects.filter(codename__in=[c for _a, c in missing]).select_related(
                "content_type"
            )
            if (perm.content_type.app_label, perm.codename) in missing
        ]
        group.permissions.add(*found)
