"""RSS and Atom feeds per language and per tag, of published editions only."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from editorial.models import Edition, Tag

FEED_SIZE = 50


class LanguageFeed(Feed):
    """The latest published articles in one language."""

    def get_object(self, request, language: str):
        if not Edition.objects.published().for_language(language).exists():
            raise Http404("No published articles in this language.")
        return {"language": language}

    def title(self, obj):
        return f"Newsdesk ({obj['language']})"

    def link(self, obj):
        return reverse("editorial:edition-list", args=[obj["language"]])

    def description(self, obj):
        return f"Latest articles in {obj['language']}"

    def language(self, obj):  # noqa: D102 - Feed hook
        return obj["language"]

    def editions(self, obj):
        return Edition.objects.published().for_language(obj["language"])

    def items(self, obj):
        return list(
            self.editions(obj).with_live().with_publication_dates().order_by("-published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.live_version.title

    def item_description(self, item):
        return item.live_version.summary or (item.live_version.texts[0] if item.live_version.paragraphs else "")

    def item_link(self, item):
        return reverse("editorial:edition-detail", args=[item.language, item.article_id])

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.modified_at or item.published_at


class LanguageAtomFeed(LanguageFeed):
    feed_type = Atom1Feed
    subtitle = LanguageFeed.description


class TagFeed(LanguageFeed):
    """The latest published articles with one tag, in one language."""

    def get_object(self, request, language: str, slug: str):
        tag = get_object_or_404(Tag, slug=slug)
        tag.label = tag.label_in(language)
        return {"language": language, "tag": tag}

    def title(self, obj):
        return f"Newsdesk: {obj['tag'].label} ({obj['language']})"

    def link(self, obj):
        return reverse("editorial:tag-detail", args=[obj["language"], obj["tag"].slug])

    def description(self, obj):
        return f"Latest articles about {obj['tag'].label}"

    def editions(self, obj):
        return super().editions(obj).filter(article__article_tags__tag=obj["tag"])


class TagAtomFeed(TagFeed):
    feed_type = Atom1Feed
    subtitle = TagFeed.description
