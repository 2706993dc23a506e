"""A plain Django detail view of one article, the way the Django tutorial
writes ``polls.views.detail``: one ``get()``, one template. The baseline the
product's article page is measured against (bench/public_bench.py)."""

from django.shortcuts import get_object_or_404, render
from django.urls import path

from editorial.models import Version


def detail(request, version_id: int):
    version = get_object_or_404(Version, pk=version_id)
    return render(request, "bench/plain_detail.html", {"version": version})


urlpatterns = [path("plain/<int:version_id>/", detail, name="plain-detail")]
