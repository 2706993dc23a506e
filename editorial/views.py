"""Public pages. Every query goes through ``Edition.objects.published()``:
only approved live versions inside their live window are ever shown, never
a newer draft. An edition that was public and is withdrawn or expired
answers 410 Gone with a short notice and none of its text.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from editorial import baking
from editorial.filters import PublishedEditionFilter
from editorial.models import ArticleTag, Edition, ShareLink, Tag, Version
from editorial.pagecache import cache_public_page
from editorial.prepared import PreparedQuery
from editorial.rendering import blocks, blocks_html, direction
from editorial.search import search_published, snippet, snippet_html
from editorial.services import share_link_record_view
from editorial.templatetags.newsdesk import language_name

PAGE_SIZE = 20


def _listing(request, editions, template: str, context: dict):
    page = Paginator(editions, PAGE_SIZE).get_page(request.GET.get("page"))
    for edition in page.object_list:
        edition.dir = direction(edition.language)
    return render(request, template, {**context, "page": page, "editions": page.object_list})


@require_safe
@cache_public_page
def home(request):
    editions = Edition.objects.published().with_live().with_publication_dates().order_by("-published_at", "-pk")
    languages = Edition.objects.published().values("language").annotate(count=Count("pk")).order_by("language")
    return _listing(request, editions, "editorial/home.html", {"languages": languages})


@require_safe
@cache_public_page
def edition_list(request, language: str):
    editions = (
        Edition.objects.published().for_language(language).with_live().with_publication_dates()
        .order_by("-published_at", "-pk")
    )
    if not editions.exists():
        raise Http404("No published articles in this language.")
    return _listing(request, editions, "editorial/edition_list.html",
                    {"language": language, "dir": direction(language)})


@require_safe
@cache_public_page
def article_search(request):
    """All published articles, narrowed by the filters in the URL."""
    languages = list(
        Edition.objects.published().order_by("language").values_list("language", flat=True).distinct()
    )
    published = Edition.objects.published().with_live().with_publication_dates()
    filterset = PublishedEditionFilter(request.GET or None, queryset=published, languages=languages)
    editions = filterset.qs.distinct().order_by("-published_at", "-pk") if filterset.is_bound else published.order_by(
        "-published_at", "-pk"
    )
    query = request.GET.copy()
    query.pop("page", None)
    return _listing(request, editions, "editorial/search.html",
                    {"filter": filterset, "query": query.urlencode()})


@require_safe
def search(request, language: str | None = None):
    """Full-text search of live versions, ranked, with highlighted snippets."""
    query = (request.GET.get("q") or "").strip()[:200]
    ranked = search_published(query, language=language) if query else Edition.objects.none()
    # Rank and paginate ids only, then load the page's twenty editions with
    # their texts: sorting every hit's whole row (paragraphs included) made
    # a common word cost ~70 ms at 10,000 articles.
    page = Paginator(ranked.values_list("pk", flat=True), PAGE_SIZE).get_page(request.GET.get("page"))
    ids = list(page.object_list)
    loaded = Edition.objects.filter(pk__in=ids).with_live().with_publication_dates().in_bulk()
    page.object_list = [loaded[pk] for pk in ids if pk in loaded]
    for edition in page.object_list:
        edition.dir = direction(edition.language)
        # The title is the result's heading: the snippet comes from the text.
        edition.snippet = snippet([edition.live_version.summary, *edition.live_version.texts], query)
        edition.snippet_html = snippet_html(edition.snippet)
    return render(request, "editorial/search_results.html", {
        "query": query, "language": language, "dir": direction(language or ""), "page": page,
        "editions": page.object_list, "querystring": urlencode({"q": query}),
    })


@require_safe
@cache_public_page
def tag_detail(request, language: str, slug: str):
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404("No such tag.")
    tag.label = tag.label_in(language)
    editions = (
        Edition.objects.published().for_language(language).filter(article__article_tags__tag=tag)
        .with_live().with_publication_dates().order_by("-published_at", "-pk")
    )
    if not editions.exists():
        raise Http404("Nothing published with this tag in this language.")
    return _listing(request, editions, "editorial/tag_detail.html",
                    {"language": language, "dir": direction(language), "tag": tag})


# The article page's two questions, compiled once per process: building and
# compiling these querysets took three times what the rest of the page costs
# (bench/RESULTS.md, "Session 6"). They are still the querysets below, and
# ``published()`` still the one rule.
_published_editions = PreparedQuery(
    Edition,
    lambda now, article_id: (
        Edition.objects.published(at=now).with_live().with_publication_dates().with_outdated_live()
        .filter(article_id=article_id).order_by("language")
    ),
    now=Edition._meta.get_field("go_live_at"),
    article_id=Edition._meta.get_field("article"),
)
# The label subqueries depend on the language (a regional code falls back
# to its main language): one compiled form per language, which only
# languages of published editions ever reach.
_labelled_tags = PreparedQuery(
    ArticleTag,
    lambda article_id, shape: ArticleTag.objects.filter(article_id=article_id).labelled(shape),
    article_id=ArticleTag._meta.get_field("article"),
)


@require_safe
@cache_public_page
def edition_detail(request, language: str, article_id: int):
    # Every published edition of the article in one query: the one asked
    # for, and the others for the language switch and hreflang alternates.
    editions = _published_editions(now=timezone.now(), article_id=article_id)
    edition = next((candidate for candidate in editions if candidate.language == language), None)
    if edition is None:
        if Edition.objects.gone().filter(language=language, article_id=article_id).exists():
            return render(request, "editorial/gone.html", {"language": language, "dir": direction(language)},
                          status=410)
        raise Http404("No such published article.")
    version = edition.live_version
    alternates = [(candidate.language, reverse("editorial:edition-detail", args=[candidate.language, article_id]),
                   language_name(candidate.language)) for candidate in editions if candidate is not edition]
    tags = _labelled_tags(article_id=article_id, shape=language)
    for link in tags:
        link.url = reverse("editorial:tag-detail", args=[language, link.tag.slug])
    url = request.build_absolute_uri(reverse("editorial:edition-detail", args=[language, article_id]))
    # A translation whose source went live in a newer version stays live (it
    # was approved); the page says so, linking the original if it is public.
    original_updated = settings.NEWSDESK_OUTDATED_TRANSLATION_NOTE and edition.live_outdated
    original = next((e for e in editions if e.language == edition.live_source_language), None)
    response = render(request, "editorial/edition_detail.html", {
        "edition": edition,
        "version": version,
        "body": blocks_html(blocks(version.paragraphs)),
        "dir": direction(language),
        "language_name": language_name(language),
        "description": Truncator(version.summary).words(50),
        "alternates": alternates,
        "tags": tags,
        "canonical": url,
        "ld": _news_article(edition, version, url, tags),
        "original_updated": original_updated,
        "original": original if original_updated else None,
        "original_url": reverse("editorial:edition-detail", args=[original.language, article_id]) if original else "",
    })
    if baking.baked_dir() is not None:
        # The page shows this article's editions only: it can be baked while
        # none of them has a go-live or expiry ahead (editorial.baking).
        response.page_boundary = Edition.objects.filter(article_id=article_id).next_boundary(timezone.now())
    return response


@require_safe
def version_preview(request, version_id: int):
    """Any version as the public would see it, for staff who may view
    versions. Never cached, never indexed; everyone else gets a 404, so a
    draft's existence is not revealed either."""
    if not (request.user.is_authenticated and request.user.is_staff and request.user.has_perm("editorial.view_version")):
        raise Http404("No such page.")
    version = get_object_or_404(Version.objects.select_related("edition__article"), pk=version_id)
    return _preview(request, version, banner=True)


@require_safe
def shared_version(request, token: str):
    """The one version a share link shows, while the link is active; every
    view is logged. An expired or revoked link answers 410 and shows nothing."""
    link = ShareLink.objects.select_related("version__edition__article").filter(token=token).first()
    if link is None:
        raise Http404("No such link.")
    if not link.is_active():
        response = render(request, "editorial/gone.html", {"language": "en", "dir": "ltr", "link_gone": True},
                          status=410)
        response["Cache-Control"] = "private, no-store"
        return response
    share_link_record_view(link=link, ip_address=request.META.get("REMOTE_ADDR"),
                           user_agent=request.META.get("HTTP_USER_AGENT", ""))
    return _preview(request, link.version, banner=False, shared=link)


def _preview(request, version, *, banner: bool, shared=None):
    edition = version.edition
    tags = list(ArticleTag.objects.filter(article_id=edition.article_id).labelled(edition.language))
    response = render(request, "editorial/edition_detail.html", {
        "edition": edition,
        "version": version,
        "body": blocks_html(blocks(version.paragraphs)),
        "dir": direction(edition.language),
        "language_name": language_name(edition.language),
        "description": Truncator(version.summary).words(50),
        "alternates": [],
        "tags": tags,
        "canonical": request.build_absolute_uri(),
        "ld": {},
        "preview": True,
        "banner": banner,
        "shared": shared,
    })
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"  # a share token never leaks through a Referer header
    return response


def _news_article(edition, version, url: str, tags) -> dict:
    """schema.org NewsArticle for the live version."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": version.title[:110],
        "inLanguage": edition.language,
        "mainEntityOfPage": url,
        "url": url,
        "datePublished": edition.published_at,
        "dateModified": edition.modified_at or edition.published_at,
    }
    if version.summary:
        data["description"] = version.summary
    if tags:
        data["keywords"] = [link.label for link in tags]
    return data


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    news = request.build_absolute_uri(reverse("news-sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /i18n/", f"Sitemap: {sitemap}", f"Sitemap: {news}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
