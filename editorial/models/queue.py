"""The review queue is versions seen from the reviewer's side."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .articles import Version


class ReviewItem(Version):
    """A version waiting for review (a proxy: no table of its own)."""

    class Meta:
        proxy = True
        verbose_name = _("review queue item")
        verbose_name_plural = _("review queue")
