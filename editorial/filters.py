"""Public listing filters (django-filter): language, tag, date range and a
text query, combinable and kept in the URL. The queryset they narrow is
always ``Edition.objects.published()``."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from editorial.models import Edition
from editorial.search import search_published


class PublishedEditionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Words"), method="filter_words")
    language = django_filters.ChoiceFilter(label=_("Language"), choices=[], empty_label=_("any"))
    tag = django_filters.CharFilter(label=_("Tag"), field_name="article__article_tags__tag__slug")
    published_from = django_filters.DateFilter(
        label=_("From"), field_name="published_at", lookup_expr="date__gte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    published_to = django_filters.DateFilter(
        label=_("To"), field_name="published_at", lookup_expr="date__lte",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = Edition
        fields = ["q", "language", "tag", "published_from", "published_to"]

    def __init__(self, *args, languages: list[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = [(code, code) for code in languages]

    def filter_words(self, queryset, name, value):
        """Every word in the live title or text, through the full-text index."""
        return queryset.filter(pk__in=search_published(value, queryset=Edition.objects.published()).values("pk"))
