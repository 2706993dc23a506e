"""Changelist filters of the desk. Each is one indexed condition so every
combination stays fast on 100,000 articles (bench/admin_bench.py).

Facet counts ("Show counts", ``?_facets=1``): Django's default runs one
``COUNT(... FILTER (WHERE pk IN (<the whole filtered list AND this
choice>)))`` per choice, which re-evaluates every active filter once per
choice (~50 times here). Each filter below counts all its choices instead
with one GROUP BY over the filtered articles: the same numbers.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.db.models import Count, Exists, F, Func, IntegerField, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from editorial.choices import SuggestionStatus, VersionStatus
from editorial.models import Article, ArticleTag, Edition, Tag, TagSuggestion, Version


class GroupedFacetsMixin:
    """Facet counts from :meth:`count_choices` (one query or two per filter)."""

    def get_facet_queryset(self, changelist):
        filtered = changelist.get_queryset(self.request, exclude_parameters=self.expected_parameters())
        counts = self.count_choices(filtered.order_by().values("pk"))
        return {f"{i}__c": counts.get(str(lookup), 0) for i, (lookup, _title) in enumerate(self.lookup_choices)}

    def count_choices(self, articles) -> dict[str, int]:
        """How many of ``articles`` (a pk subquery) each choice would keep."""
        raise NotImplementedError(f"{type(self).__name__} must count its choices")  # abstract hook


class StateFilter(GroupedFacetsMixin, admin.SimpleListFilter):
    title = _("state (latest version, any language)")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return VersionStatus.choices + [("live", _("Has a live edition"))]

    FLAGS = {
        VersionStatus.DRAFT: "has_draft",
        VersionStatus.IN_REVIEW: "has_in_review",
        VersionStatus.CHANGES_REQUESTED: "has_changes_requested",
        VersionStatus.APPROVED: "has_approved",
        VersionStatus.REJECTED: "has_rejected",
        "live": "has_live",
    }

    def queryset(self, request, queryset):
        # One cached, indexed column per state (Article.has_*).
        flag = self.FLAGS.get(self.value())
        return queryset.filter(**{flag: True}) if flag else queryset

    def count_choices(self, articles):
        # The cached flags: one pass over the filtered articles.
        return Article.objects.filter(pk__in=articles).aggregate(
            **{str(value): Count("pk", filter=Q(**{flag: True})) for value, flag in self.FLAGS.items()}
        )


class LanguageFilter(GroupedFacetsMixin, admin.SimpleListFilter):
    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        languages = Edition.objects.order_by("language").values_list("language", flat=True).distinct()
        return [(code, code) for code in languages]

    def queryset(self, request, queryset):
        if self.value():
            # A probe per article into the (article, language) unique index:
            # the page walks articles in their sort order and stops after a
            # page of matches (an IN over the language's editions made SQLite
            # sort every match first: 0.3 s at 100,000 articles).
            return queryset.filter(Exists(Edition.objects.filter(article=OuterRef("pk"), language=self.value())))
        return queryset

    def count_choices(self, articles):
        # (article, language) is unique: counting editions counts articles.
        return dict(
            Edition.objects.filter(article__in=articles).order_by().values_list("language")
            .annotate(n=Count("pk")).values_list("language", "n")
        )


class TagFilter(GroupedFacetsMixin, admin.SimpleListFilter):
    title = _("tag")
    parameter_name = "tag"

    def lookups(self, request, model_admin):
        # The most used tags; any other tag id works in the URL (the tag
        # page links here).
        # Exists, not a join + DISTINCT: the join reads every tag link
        # (300,000 for 100,000 articles) before keeping 30 tags.
        used = Tag.objects.filter(Exists(ArticleTag.objects.filter(tag=OuterRef("pk")))).order_by("name")[:30]
        selected = Tag.objects.filter(pk=self.value()) if (self.value() or "").isdigit() else Tag.objects.none()
        return [(str(tag.pk), tag.name) for tag in {*used, *selected}]

    def queryset(self, request, queryset):
        if (self.value() or "").isdigit():
            return queryset.filter(pk__in=ArticleTag.objects.filter(tag_id=self.value()).values("article_id"))
        return queryset

    def count_choices(self, articles):
        # (article, tag) is unique: counting links counts articles.
        shown = [int(lookup) for lookup, _title in self.lookup_choices]
        # "+article_id": SQLite then walks the shown tags' links and checks
        # each article, instead of probing every filtered article's links
        # (1.1 s → 0.09 s at 100,000 articles).
        links = ArticleTag.objects.alias(
            unindexed_article=Func(F("article_id"), template="+%(expressions)s", output_field=IntegerField())
        )
        return {
            str(tag): n
            for tag, n in links.filter(tag__in=shown, unindexed_article__in=articles).order_by()
            .values_list("tag").annotate(n=Count("pk")).values_list("tag", "n")
        }


class PendingSuggestionsFilter(GroupedFacetsMixin, admin.SimpleListFilter):
    title = _("tag suggestions")
    parameter_name = "pending_tags"

    def lookups(self, request, model_admin):
        return [("yes", _("Has pending suggestions")), ("no", _("All decided"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(has_pending_tags=True)
        if self.value() == "no":
            return queryset.filter(has_pending_tags=False)
        return queryset

    def count_choices(self, articles):
        return Article.objects.filter(pk__in=articles).aggregate(
            yes=Count("pk", filter=Q(has_pending_tags=True)), no=Count("pk", filter=Q(has_pending_tags=False)))


class WaitingForMeFilter(GroupedFacetsMixin, admin.SimpleListFilter):
    title = _("review")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("me", _("Waiting for my review")), ("any", _("Waiting for review"))]

    def queryset(self, request, queryset):
        if self.value() == "any":
            return queryset.filter(has_waiting=True)
        if self.value() == "me":
            versions = Version.objects.reviewable_by(request.user)
            queryset = queryset.filter(has_waiting=True)  # the indexed flag first, then whose
        else:
            return queryset
        # Nested per edition, not one join: SQLite otherwise walks every
        # in-review version for each article (quadratic: minutes on 100,000
        # articles); this way it looks up (status, edition) in
        # version_status_idx for the article's one to three editions.
        in_edition = Exists(versions.filter(edition=OuterRef("pk")))
        return queryset.filter(Exists(Edition.objects.filter(in_edition, article=OuterRef("pk"))))

    def count_choices(self, articles):
        def articles_with(versions):
            return versions.filter(edition__article__in=articles).aggregate(
                n=Count("edition__article", distinct=True))["n"]

        waiting = Article.objects.filter(pk__in=articles, has_waiting=True)
        return {"me": articles_with(Version.objects.reviewable_by(self.request.user).filter(
                    edition__article__in=waiting.values("pk"))),
                "any": waiting.count()}


class TranslationFilter(GroupedFacetsMixin, admin.SimpleListFilter):
    """Translations behind their source, or a publishing language missing
    (``settings.NEWSDESK_LANGUAGES``)."""

    title = _("translations")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = [("outdated", _("Translation outdated"))]
        for code in settings.NEWSDESK_LANGUAGES:
            choices.append((f"missing-{code}", _("Missing language %(code)s") % {"code": code}))
        return choices

    def queryset(self, request, queryset):
        value = self.value() or ""
        if value == "outdated":
            return queryset.filter(has_outdated_translation=True)  # cached by the services, indexed
        if value.startswith("missing-") and value[8:] in settings.NEWSDESK_LANGUAGES:
            return queryset.exclude(Exists(Edition.objects.filter(article=OuterRef("pk"), language=value[8:])))
        return queryset

    def count_choices(self, articles):
        outdated = Article.objects.filter(pk__in=articles, has_outdated_translation=True).count()
        total = Article.objects.filter(pk__in=articles).count()
        # (article, language) is unique: counting editions counts articles.
        having = dict(
            Edition.objects.filter(article__in=articles, language__in=settings.NEWSDESK_LANGUAGES).order_by()
            .values_list("language").annotate(n=Count("pk")).values_list("language", "n")
        )
        return {"outdated": outdated,
                **{f"missing-{code}": total - having.get(code, 0) for code in settings.NEWSDESK_LANGUAGES}}
