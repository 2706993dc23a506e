"""Editorial models, split by concern and re-exported here."""

from .articles import Article, Edition, Version
from .events import Event
from .queue import ReviewItem
from .search import SearchEntry
from .tags import ArticleTag, Tag, TagAlias, TagKind, TagLabel, TagSuggestion

__all__ = [
    "Article",
    "ArticleTag",
    "Edition",
    "Event",
    "ReviewItem",
    "SearchEntry",
    "Tag",
    "TagAlias",
    "TagKind",
    "TagLabel",
    "TagSuggestion",
    "Version",
]
