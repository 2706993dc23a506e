"""Editorial models, split by concern and re-exported here."""

from .articles import Article, Edition, Version
from .events import Event
from .machine import MachineTranslationRequest
from .queue import ReviewItem
from .search import DeskSearchEntry, SearchEntry
from .sharing import ShareLink, ShareLinkView
from .tags import ArticleTag, Tag, TagAlias, TagKind, TagLabel, TagSuggestion

__all__ = [
    "Article",
    "ArticleTag",
    "DeskSearchEntry",
    "Edition",
    "Event",
    "MachineTranslationRequest",
    "ReviewItem",
    "SearchEntry",
    "ShareLink",
    "ShareLinkView",
    "Tag",
    "TagAlias",
    "TagKind",
    "TagLabel",
    "TagSuggestion",
    "Version",
]
