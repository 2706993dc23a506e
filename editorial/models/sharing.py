"""Share links: one draft shown to an outside reviewer, for a limited time.

A link shows exactly one version, expires (7 days unless chosen otherwise),
can be revoked, and every view is logged. Nothing else is reachable from
it: the page is the public preview of that version, never cached or indexed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ShareLink(models.Model):
    version = models.ForeignKey(
        "editorial.Version", verbose_name=_("version"), on_delete=models.CASCADE, related_name="share_links"
    )
    token = models.CharField(_("token"), max_length=64, unique=True, editable=False)
    note = models.CharField(_("for whom"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("revoked by"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("share link")
        verbose_name_plural = _("share links")

    def __str__(self) -> str:
        return f"{self.version} → {self.note or self.token[:8]}"

    def is_active(self, now=None) -> bool:
        return self.revoked_at is None and (now or timezone.now()) < self.expires_at


class ShareLinkView(models.Model):
    link = models.ForeignKey(ShareLink, verbose_name=_("share link"), on_delete=models.CASCADE, related_name="views")
    viewed_at = models.DateTimeField(_("viewed at"), auto_now_add=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)

    class Meta:
        ordering = ["-viewed_at"]
        verbose_name = _("share link view")
        verbose_name_plural = _("share link views")
