"""Topics: repeated words that are rare in the language (tags.topics)."""

from __future__ import annotations

import pytest

from corpus.pipeline.tags import TagMatcher, build_matcher, suggest_tags

from .tags_support import (
    TOPIC,
    VOCABULARY,
)


@pytest.fixture(scope="module")
def matcher() -> TagMatcher:
    return build_matcher(VOCABULARY)


def test_topics_are_rare_words_repeated_in_the_document():
    text = [
        "Die Produktpiraterie bedroht den Mittelstand. Gegen Produktpiraterie helfen strengere Gesetze.",
        "Der Handelskrieg verschärft die Lage. Ein Handelskrieg nützt niemandem, und die Produktpiraterie wächst.",
    ]
    topics = [t.name for t in suggest_tags(text, language="de") if t.kind is TOPIC]
    assert topics[:2] == ["Produktpiraterie", "Handelskrieg"]


def test_two_word_topics():
    text = [
        "Les petites entreprises souffrent. Le gouvernement veut aider les petites entreprises et le commerce "
        "électronique. Le commerce électronique progresse."
    ]
    topics = [t.name for t in suggest_tags(text, language="fr") if t.kind is TOPIC]
    assert "petites entreprises" in topics and "commerce électronique" in topics
