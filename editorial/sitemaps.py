"""sitemap.xml with hreflang alternates between an article's published
editions, and a Google News sitemap of the last 48 hours."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from django.contrib.sitemaps import Sitemap
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from editorial.models import Edition
from editorial.pagecache import cache_public_page


class EditionSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

    def items(self):
        return Edition.objects.published().with_live().with_publication_dates().order_by("article_id", "language")

    def location(self, item):
        return reverse("editorial:edition-detail", args=[item.language, item.article_id])

    def lastmod(self, item):
        return item.modified_at or item.published_at

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        article_ids = {url["item"].article_id for url in urls}
        languages: dict[int, list[str]] = defaultdict(list)
        for article_id, language in (
            Edition.objects.published().filter(article_id__in=article_ids)
            .order_by("language").values_list("article_id", "language")
        ):
            languages[article_id].append(language)
        for url in urls:
            item = url["item"]
            if len(languages[item.article_id]) > 1:
                url["alternates"] = [
                    {"lang_code": code,
                     "location": f"{protocol}://{domain}"
                                 f"{reverse('editorial:edition-detail', args=[code, item.article_id])}"}
                    for code in languages[item.article_id]
                ]
        return urls


SITEMAPS = {"articles": EditionSitemap}
NEWS_WINDOW = timedelta(hours=48)


@require_safe
@cache_public_page
def news_sitemap(request):
    """Articles first published in the last 48 hours (Google News sitemap)."""
    since = timezone.now() - NEWS_WINDOW
    editions = list(
        Edition.objects.published().with_live().with_publication_dates()
        .filter(published_at__gte=since).order_by("-published_at")[:1000]
    )
    response = render(request, "editorial/news_sitemap.xml", {"editions": editions},
                      content_type="application/xml; charset=utf-8")
    if editions:
        # The list changes by itself when its oldest entry turns 48 hours old.
        response.cache_until = editions[-1].published_at + NEWS_WINDOW
    return response
