"""Tag proposals: people, organisations, places and topics of a document.

Sub-modules, in the order a document meets them:

* ``matching``: tokens, the controlled vocabulary (``TagMatcher``) and the
  place gazetteer;
* ``names``: new names (capitalised runs; analysers and cues for scripts
  without capitals), de-duplicated and given a kind;
* ``topics``: repeated words that are rare in the language;
* ``suggest``: scoring and choosing the tags;
* ``lang``: the per-language word lists all of them read; ``words``: the
  word tests built on them.
"""

from .matching import TagMatcher, VocabularyMatch, build_matcher
from .suggest import suggest_tags

__all__ = ["TagMatcher", "VocabularyMatch", "build_matcher", "suggest_tags"]
