"""Read-only query helpers. "Published" is defined here, once.

Every public surface (views today; feeds, sitemaps, search and the API
later) selects editions through :meth:`EditionQuerySet.published`, so a
newer draft can never leak: only the ``live_version`` pointer is public, it
only ever points at an approved version, and the edition's live window
(go-live, expiry, withdrawn) is checked against the clock at query time —
no cron job flips anything.
"""

from __future__ import annotations

from datetime import datetime

from django.db import models
from django.db.models import Exists, F, Min, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from corpus.pipeline.types import TagKind as PipelineTagKind
from corpus.pipeline.types import VocabularyEntry
from editorial.choices import SuggestionStatus, VersionStatus


def outdated_q() -> Q:
    """Editions (as a Q) whose latest version translates a version of
    another edition older than that edition's live version."""
    source = "latest_version__translation_of"
    return (
        Q(**{f"{source}__isnull": False})
        & ~Q(**{f"{source}__edition": F("pk")})
        & Q(**{f"{source}__edition__live_version__number__gt": F(f"{source}__number")})
    )


def live_window_q(now: datetime, prefix: str = "") -> Q:
    """The whole "published" rule as a Q on editions (``prefix`` for joins)."""
    return (
        Q(**{f"{prefix}live_version__isnull": False})
        & Q(**{f"{prefix}live_version__status": VersionStatus.APPROVED})
        & Q(**{f"{prefix}is_withdrawn": False})
        & (Q(**{f"{prefix}go_live_at__isnull": True}) | Q(**{f"{prefix}go_live_at__lte": now}))
        & (Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now}))
    )


class EditionQuerySet(models.QuerySet):
    def published(self, *, at: datetime | None = None) -> "EditionQuerySet":
        """Editions the public may see now (or at ``at``): a live version
        that is approved, go-live reached (inclusive), not yet expired
        (expiry is exclusive), not withdrawn."""
        return self.filter(live_window_q(at or timezone.now()))

    def for_language(self, language: str) -> "EditionQuerySet":
        return self.filter(language=language)

    def with_live(self) -> "EditionQuerySet":
        return self.select_related("article", "live_version")

    def gone(self, *, at: datetime | None = None) -> "EditionQuerySet":
        """Editions that were public and are not any more: withdrawn or
        expired. The public gets "410 Gone" for them, never their text."""
        now = at or timezone.now()
        return self.filter(live_version__isnull=False).filter(Q(is_withdrawn=True) | Q(expire_at__lte=now))

    def next_boundary(self, now: datetime) -> datetime | None:
        """The next go-live or expiry after ``now`` among these editions:
        when ``published()`` next changes for them by the clock alone."""
        bounds = self.aggregate(
            go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
            expire=Min("expire_at", filter=Q(expire_at__gt=now)),
        )
        return min((bound for bound in bounds.values() if bound is not None), default=None)

    def outdated(self) -> "EditionQuerySet":
        """Translations behind their source: editions whose latest version
        translates a version of another edition older than that edition's
        live version (a newer source went live since). Paragraph by
        paragraph, editorial.translations.align tells what changed."""
        return self.filter(outdated_q())

    def with_outdated_live(self) -> "EditionQuerySet":
        """Annotate ``live_outdated``: the live version is a translation of a
        source older than the source's live version (the public page may
        say the original has been updated), and ``live_source_language``."""
        source = "live_version__translation_of"
        return self.annotate(
            live_outdated=models.Case(
                models.When(**{f"{source}__edition__live_version__number__gt": F(f"{source}__number")}, then=True),
                default=False, output_field=models.BooleanField(),
            ),
            live_source_language=F(f"{source}__edition__language"),
        )

    def with_publication_dates(self) -> "EditionQuerySet":
        """``published_at`` (first approval of this edition),
        ``modified_at`` and ``modified_note`` (approval of the live version
        and its comment: the public correction notice), from the columns
        ``version_approve`` caches from the events
        (:func:`publication_date_expressions`)."""
        return self.annotate(
            published_at=F("first_published_at"),
            modified_at=F("live_approved_at"),
            modified_note=F("live_approval_note"),
        )


class ArticleQuerySet(models.QuerySet):
    def with_pending_suggestions(self) -> "ArticleQuerySet":
        # The model through the reverse relation: querysets load before models.
        suggestion_model = self.model._meta.get_field("tag_suggestions").related_model
        from_suggestions = suggestion_model.objects.filter(
            article=OuterRef("pk"), status=SuggestionStatus.SUGGESTED
        )
        return self.filter(Exists(from_suggestions))

    def in_state(self, status: str) -> "ArticleQuerySet":
        """Articles with an edition whose latest version is in ``status``."""
        return self.filter(editions__latest_version__status=status).distinct()


class VersionQuerySet(models.QuerySet):
    def in_review(self) -> "VersionQuerySet":
        return self.filter(status=VersionStatus.IN_REVIEW)

    def reviewable_by(self, user) -> "VersionQuerySet":
        """In-review versions ``user`` could decide on under four-eyes: not
        created or submitted by them. (Versions based on their own unapproved
        edit are refused by the service with the reason.)"""
        return self.in_review().exclude(created_by=user).exclude(submitted_by=user)


class EventQuerySet(models.QuerySet):
    def for_article(self, article) -> "EventQuerySet":
        return self.filter(article=article).select_related("actor", "version", "edition")


class ArticleTagQuerySet(models.QuerySet):
    def labelled(self, language: str) -> "ArticleTagQuerySet":
        """The article tags with ``label``: the tag's label in ``language``
        (or its main language, "pt" for "pt-br"), else the tag's name,
        sorted by it — what a page in that language shows."""
        label_model = self.model._meta.get_field("tag").related_model._meta.get_field("labels").related_model
        code = (language or "").lower()
        candidates = list(dict.fromkeys([code, code.split("-")[0]]))

        def label_in(candidate):
            return Subquery(label_model.objects.filter(tag=OuterRef("tag"), language=candidate)
                            .order_by().values("label")[:1])

        return self.select_related("tag").annotate(
            label=Coalesce(*[label_in(c) for c in candidates], F("tag__name"))
        ).order_by("label", "tag__name")


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



def publication_date_expressions(*, event_model) -> dict:
    """The cached publication columns of an edition as expressions over its
    approval events, for one UPDATE (the migration that added them, bulk
    fills). ``event_model`` is a parameter for historical models."""
    # Shaped for the indexes: an aggregate per edition (an ORDER BY ...
    # LIMIT 1 here walks the (action, created_at) index through every
    # approval in the table, per edition), and the live version's approvals
    # through the (version, created_at) index.
    first = (event_model.objects.filter(edition=OuterRef("pk"), action="approved").order_by()
             .values("edition").annotate(first=Min("created_at")).values("first"))
    live_approval = event_model.objects.filter(version=OuterRef("live_version"), action="approved").order_by(
        "-created_at", "-pk")
    return {
        "first_published_at": Subquery(first[:1]),
        "live_approved_at": Subquery(live_approval.values("created_at")[:1]),
        "live_approval_note": Coalesce(Subquery(live_approval.values("comment")[:1]), Value(""),
                                       output_field=models.TextField()),
    }


def article_flag_expressions(*, edition_model, version_model, suggestion_model) -> dict:
    """The cached state flags of an article (``Article.has_*``) as
    expressions over its editions, versions and suggestions, for one UPDATE.
    Models are parameters so the data migration can use historical ones."""
    editions = edition_model.objects.filter(article=OuterRef("pk"))

    def latest(status: str):
        return Exists(editions.filter(latest_version__status=status))

    return {
        "has_draft": latest(VersionStatus.DRAFT),
        "has_in_review": latest(VersionStatus.IN_REVIEW),
        "has_changes_requested": latest(VersionStatus.CHANGES_REQUESTED),
        "has_approved": latest(VersionStatus.APPROVED),
        "has_rejected": latest(VersionStatus.REJECTED),
        "has_live": Exists(editions.filter(live_version__isnull=False)),
        "has_waiting": Exists(
            version_model.objects.filter(edition__article=OuterRef("pk"), status=VersionStatus.IN_REVIEW)
        ),
        "has_pending_tags": Exists(
            suggestion_model.objects.filter(article=OuterRef("pk"), status=SuggestionStatus.SUGGESTED)
        ),
    }


def article_title_expression(*, edition_model):
    """``Article.title``: the title of the original edition's latest version
    (what the desk lists and sorts by), or "" before there is one."""
    return Coalesce(
        # order_by(): the edition's default ordering would join an inner
        # article that shadows the outer one.
        Subquery(
            edition_model.objects.filter(pk=OuterRef("original_edition_id")).order_by()
            .values("latest_version__title")[:1]
        ),
        Value(""),
    )


def article_cached_columns(*, edition_model, version_model, suggestion_model) -> dict:
    """Every column the services cache on an article (the state flags and
    the sort title) as expressions, for one UPDATE or a check."""
    return {
        **article_flag_expressions(
            edition_model=edition_model, version_model=version_model, suggestion_model=suggestion_model
        ),
        "title": article_title_expression(edition_model=edition_model),
        "has_outdated_translation": Exists(edition_model.objects.filter(outdated_q(), article=OuterRef("pk"))),
    }
