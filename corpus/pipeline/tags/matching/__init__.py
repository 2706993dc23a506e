"""Tokens, and known names (the controlled vocabulary, the place gazetteer)
found in them."""

from .inflection import stems
from .matcher import Hit, TagMatcher, VocabularyMatch, build_matcher
from .places import place_entries, place_matcher
from .tokens import Doc, is_dense, join_tokens, normalise, positions, tokenize

__all__ = [
    "Doc",
    "Hit",
    "TagMatcher",
    "VocabularyMatch",
    "build_matcher",
    "is_dense",
    "join_tokens",
    "normalise",
    "place_entries",
    "place_matcher",
    "positions",
    "stems",
    "tokenize",
]
