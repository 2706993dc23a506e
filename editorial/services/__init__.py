"""Editorial state changes. Querysets read; these functions write.

Each is named ``<entity>_<action>``, takes keyword-only arguments, runs in a
transaction, checks the current state, the user's role and (for decisions)
the four-eyes rule first, and raises an
:class:`editorial.exceptions.EditorialError` subclass when refused
(STYLE.md, convention 2).
"""

from .articles import article_create
from .corrections import (
    correction_dismiss,
    version_apply_correction,
    version_confirm_proposed,
    version_restore_removed,
)
from .editions import edition_change_language, edition_schedule, edition_withdraw
from .imports import article_import_source
from .machine import (
    machine_translation_draft,
    machine_translation_request,
    machine_translation_request_run,
    machine_translation_requests_expire,
)
from .sharing import share_link_create, share_link_record_view, share_link_revoke
from .tags import (
    article_tag_add,
    article_tag_remove,
    tag_create,
    tag_merge,
    tag_suggestion_accept,
    tag_suggestion_reject,
)
from .versions import version_create
from .translations import translation_create, translation_machine_draft, translation_problems, translation_targets
from .workflow import (
    version_approve,
    version_reject,
    version_request_changes,
    version_submit,
    versions_approve_together,
)

__all__ = [
    "article_create",
    "article_import_source",
    "article_tag_add",
    "article_tag_remove",
    "correction_dismiss",
    "edition_change_language",
    "edition_schedule",
    "edition_withdraw",
    "machine_translation_draft",
    "machine_translation_request",
    "machine_translation_request_run",
    "machine_translation_requests_expire",
    "share_link_create",
    "share_link_record_view",
    "share_link_revoke",
    "tag_create",
    "tag_merge",
    "tag_suggestion_accept",
    "tag_suggestion_reject",
    "version_apply_correction",
    "translation_create",
    "translation_machine_draft",
    "translation_problems",
    "translation_targets",
    "version_approve",
    "version_confirm_proposed",
    "version_create",
    "version_reject",
    "version_request_changes",
    "version_restore_removed",
    "version_submit",
    "versions_approve_together",
]
