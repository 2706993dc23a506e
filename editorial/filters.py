"""Public listing filters (django-filter): language, tag, date range and a
text query, combinable and kept in the URL. The queryset they narrow is
always ``Edition.objects.published()``."""

from __future__ import annotations

from datetime import date

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from editorial.models import Edition
from editorial.search import search_published
from editorial.templatetags.newsdesk import language_name


class DateInput(forms.DateInput):
    """A browser date field. It only holds ISO dates, whatever the
    interface language (Django would format a German date as 03.12.2026),
    and a malformed date typed into the URL is reported by the form but not
    put back into the field, where it would be invalid HTML."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")

    def format_value(self, value):
        value = super().format_value(value)
        try:
            return date.fromisoformat(value).isoformat() if value else None
        except (TypeError, ValueError):
            return None


class PublishedEditionFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Words"), method="filter_words")
    language = django_filters.ChoiceFilter(label=_("Language"), choices=[], empty_label=_("any"))
    tag = django_filters.CharFilter(label=_("Tag"), field_name="article__article_tags__tag__slug")
    published_from = django_filters.DateFilter(
        label=_("From"), field_name="published_at", lookup_expr="date__gte",
        widget=DateInput(),
    )
    published_to = django_filters.DateFilter(
        label=_("To"), field_name="published_at", lookup_expr="date__lte",
        widget=DateInput(),
    )

    class Meta:
        model = Edition
        fields = ["q", "language", "tag", "published_from", "published_to"]

    def __init__(self, *args, languages: list[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        # Each language by its own name ("Deutsch", "العربية"), the code where unknown.
        self.filters["language"].extra["choices"] = [(code, language_name(code)) for code in languages]

    def filter_words(self, queryset, name, value):
        """Every word in the live title or text, through the full-text index."""
        return queryset.filter(pk__in=search_published(value, queryset=Edition.objects.published()).values("pk"))
