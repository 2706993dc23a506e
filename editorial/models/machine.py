"""Machine-translation requests: a machine draft asked for on the desk and
made by a task worker, so no engine call ever blocks a web request.

One row per (article, target language, engine) asked for. Its status is
what the desk and the side-by-side screen show: queued, running, done (with
the draft it made) or failed (with the engine's message; nothing was
created). At most one request per article and language is pending at a
time (a partial unique constraint), so asking twice merges into the first.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MachineTranslationRequest(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    PENDING = (Status.QUEUED, Status.RUNNING)

    article = models.ForeignKey(
        "editorial.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="machine_requests"
    )
    source_version = models.ForeignKey(
        "editorial.Version", verbose_name=_("source version"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("target language"), max_length=16)
    engine = models.CharField(_("engine"), max_length=100)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    error = models.TextField(_("error"), blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    version = models.ForeignKey(
        "editorial.Version", verbose_name=_("machine draft"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    # The language the desk was shown in, so the worker writes its messages in it.
    interface_language = models.CharField(_("interface language"), max_length=16, blank=True)
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "language"], condition=Q(status__in=["queued", "running"]),
                name="editorial_mtrequest_one_pending",
            ),
        ]
        indexes = [models.Index(fields=["article", "language", "-requested_at"], name="editorial_mtrequest_latest")]
        verbose_name = _("machine-translation request")
        verbose_name_plural = _("machine-translation requests")

    def __str__(self) -> str:
        return f"{self.article_id} → {self.language} ({self.engine}, {self.status})"

    @property
    def is_pending(self) -> bool:
        return self.status in self.PENDING
