"""Read-only query helpers. "Published" is defined here, once.

Every public surface (views today; feeds, sitemaps, search and the API
later) selects editions through :meth:`EditionQuerySet.published`, so a
newer draft can never leak: only the ``live_version`` pointer is public and
it only ever points at an approved version.
"""

from __future__ import annotations

from django.db import models

from corpus.pipeline.types import TagKind as PipelineTagKind
from corpus.pipeline.types import VocabularyEntry
from editorial.choices import VersionStatus


class EditionQuerySet(models.QuerySet):
    def published(self) -> "EditionQuerySet":
        """Editions with a live version that is approved."""
        return self.filter(live_version__isnull=False, live_version__status=VersionStatus.APPROVED)

    def for_language(self, language: str) -> "EditionQuerySet":
        return self.filter(language=language)

    def with_live(self) -> "EditionQuerySet":
        return self.select_related("article", "live_version")


class TagQuerySet(models.QuerySet):
    def vocabulary_entries(self) -> list[VocabularyEntry]:
        """The vocabulary as the pipeline's tag matcher wants it: every tag
        with its aliases and per-language labels as surface forms."""
        tags = self.prefetch_related("aliases", "labels")
        return [
            VocabularyEntry(
                key=tag.slug,
                name=tag.name,
                kind=PipelineTagKind(tag.kind),
                aliases=tuple(
                    dict.fromkeys(
                        [alias.alias for alias in tag.aliases.all()]
                        + [label.label for label in tag.labels.all()]
                    )
                ),
            )
            for tag in tags
        ]
