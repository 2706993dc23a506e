"""Public pages. Every query goes through ``Edition.objects.published()``:
only approved live versions are ever shown, never a newer draft."""

from __future__ import annotations

from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from editorial.models import Edition


def home(request):
    languages = (
        Edition.objects.published()
        .values("language")
        .annotate(count=Count("pk"))
        .order_by("language")
    )
    return render(request, "editorial/home.html", {"languages": languages})


def edition_list(request, language: str):
    editions = (
        Edition.objects.published()
        .for_language(language)
        .with_live()
        .order_by("-live_version__created_at")
    )
    if not editions.exists():
        raise Http404("No published articles in this language.")
    return render(request, "editorial/edition_list.html", {"language": language, "editions": editions})


def edition_detail(request, language: str, article_id: int):
    edition = get_object_or_404(
        Edition.objects.published().with_live(), language=language, article_id=article_id
    )
    return render(request, "editorial/edition_detail.html", {"edition": edition, "version": edition.live_version})
