"""Status and kind choices, kept apart from the models so that querysets and
services can use them without importing model modules."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VersionStatus(models.TextChoices):
    """Where a version stands in review. Only the workflow services change
    it, and each change is recorded as an :class:`editorial.models.Event`."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class VersionOrigin(models.TextChoices):
    IMPORT = "import", _("Imported file")
    EDIT = "edit", _("Edit")
    TRANSLATION = "translation", _("Translation")
    CONFLICT = "conflict", _("Saved after an edit conflict")


class TagKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")
    PLACE = "place", _("Place")
    TOPIC = "topic", _("Topic")


class SuggestionStatus(models.TextChoices):
    SUGGESTED = "suggested", _("Suggested")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class EventAction(models.TextChoices):
    """Everything that happens to an article, as the audit log names it."""

    IMPORTED = "imported", _("Imported")
    REIMPORTED = "reimported", _("Re-imported")
    EDITED = "edited", _("Edited")
    CONFLICT_SAVED = "conflict_saved", _("Saved after a conflict")
    SUBMITTED = "submitted", _("Submitted for review")
    APPROVED = "approved", _("Approved")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    SCHEDULED = "scheduled", _("Schedule changed")
    LANGUAGE_CHANGED = "language_changed", _("Language corrected")
    CORRECTION_APPLIED = "correction_applied", _("Correction applied")
    CORRECTION_DISMISSED = "correction_dismissed", _("Correction dismissed")
    BLOCK_RESTORED = "block_restored", _("Removed block restored")
    TITLE_CONFIRMED = "title_confirmed", _("Title confirmed")
    SUMMARY_CONFIRMED = "summary_confirmed", _("Summary confirmed")
    TAG_ACCEPTED = "tag_accepted", _("Tag accepted")
    TAG_REJECTED = "tag_rejected", _("Tag rejected")
    TAG_ADDED = "tag_added", _("Tag added")
    TAG_REMOVED = "tag_removed", _("Tag removed")
    TAG_MERGED = "tag_merged", _("Tags merged")
    SHARE_LINK_CREATED = "share_link_created", _("Share link created")
    SHARE_LINK_REVOKED = "share_link_revoked", _("Share link revoked")

