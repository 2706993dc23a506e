"""The full-text index of live versions: one row per edition with a live
version, written by the workflow services when the live pointer moves.

Whether an edition may be *shown* is still decided at query time by
``published()`` (go-live, expiry, withdrawal follow the clock), so the index
never needs a job to keep it honest. SQLite searches it through an FTS5
table kept in step by triggers (migration 0006); PostgreSQL through the
``vector`` column and its GIN index.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    edition = models.OneToOneField(
        "editorial.Edition", primary_key=True, on_delete=models.CASCADE, related_name="search_entry"
    )
    version = models.ForeignKey("editorial.Version", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=16)
    # Prepared text (editorial.search_text.prepare): what the index sees.
    title = models.TextField(_("title"))
    body = models.TextField(_("body"))
    vector = SearchVectorField(null=True, editable=False)  # PostgreSQL only

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self) -> str:
        return f"{self.edition_id}: {self.title[:60]}"


class DeskSearchEntry(models.Model):
    """The desk's index: one row per article holding the title and text of
    every edition's *latest* version and the source file name (what editors
    search in the changelist, drafts included), rewritten by
    ``version_create`` whenever a latest pointer moves. Never used by public
    pages. Keyed by the article, so a search yields article ids straight
    from the index. SQLite searches it through the FTS5 table
    ``editorial_desk_fts`` (migration 0011), PostgreSQL through ``vector``
    and its GIN index; both match word prefixes, in any language (no
    stemming: editors look for the words they saw)."""

    article = models.OneToOneField(
        "editorial.Article", primary_key=True, on_delete=models.CASCADE, related_name="desk_search_entry"
    )
    title = models.TextField(_("title"))
    body = models.TextField(_("body"))
    source = models.TextField(_("source file"), blank=True)  # the article's source name, searched too
    vector = SearchVectorField(null=True, editable=False)  # PostgreSQL only

    class Meta:
        verbose_name = _("desk search entry")
        verbose_name_plural = _("desk search entries")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.title[:60]}"
