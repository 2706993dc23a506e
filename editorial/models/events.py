"""The audit trail: every decision and change, append-only.

Review states on versions are caches of these events; the workflow services
write both in one transaction, and a test checks they always agree.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from editorial.choices import EventAction
from editorial.querysets import EventQuerySet


class Event(models.Model):
    Action = EventAction

    article = models.ForeignKey(
        "editorial.Article",
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
    )
    edition = models.ForeignKey(
        "editorial.Edition",
        verbose_name=_("edition"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
    )
    version = models.ForeignKey(
        "editorial.Version",
        verbose_name=_("version"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty: the system (an import)."),
    )
    action = models.CharField(_("action"), max_length=32, choices=Action.choices)
    from_state = models.CharField(_("from"), max_length=32, blank=True)
    to_state = models.CharField(_("to"), max_length=32, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["article", "-created_at"], name="event_article_idx"),
            models.Index(fields=["version", "-created_at"], name="event_version_idx"),
            models.Index(fields=["actor", "-created_at"], name="event_actor_idx"),
            models.Index(fields=["action", "-created_at"], name="event_action_idx"),
        ]

    def __str__(self) -> str:
        who = self.actor or _("system")
        return f"{self.get_action_display()} by {who} at {self.created_at:%Y-%m-%d %H:%M}"
