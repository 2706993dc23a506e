"""Editorial models, split by concern and re-exported here."""

from .articles import Article, Edition, Version
from .tags import Tag, TagAlias, TagKind, TagLabel, TagSuggestion

__all__ = [
    "Article",
    "Edition",
    "Tag",
    "TagAlias",
    "TagKind",
    "TagLabel",
    "TagSuggestion",
    "Version",
]
