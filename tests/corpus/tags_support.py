"""Shared by the tag tests: a small vocabulary, the seed reader and checks
every tag list must pass."""

from __future__ import annotations

from pathlib import Path

from corpus.pipeline.types import TagCandidate, TagKind, VocabularyEntry

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PERSON, ORG, PLACE, TOPIC = TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.TOPIC

VOCABULARY = (
    VocabularyEntry("donald-trump", "Donald Trump", PERSON, ("Trump", "特朗普", "Трамп", "ترامب")),
    VocabularyEntry("united-nations", "United Nations", ORG, ("UN", "ONU", "Vereinte Nationen", "联合国")),
    VocabularyEntry("alibaba", "Alibaba", ORG, ("Alibaba Group", "阿里巴巴")),
    VocabularyEntry("jack-ma", "Jack Ma", PERSON, ("Ma Yun", "马云")),
    VocabularyEntry("new-york", "New York", PLACE, ("NYC",)),
)


def seed_paragraphs(name: str) -> list[str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def tags_by_name(tags: tuple[TagCandidate, ...]) -> dict[str, TagCandidate]:
    return {tag.name: tag for tag in tags}


def vocabulary_keys(tags: tuple[TagCandidate, ...]) -> list[str]:
    return [tag.vocabulary_key for tag in tags if tag.vocabulary_key]


def assert_well_formed(tags: tuple[TagCandidate, ...], limit: int = 15) -> None:
    assert len(tags) <= limit
    scores = [tag.score for tag in tags]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert all(1 <= len(tag.evidence) <= 4 for tag in tags)
    assert len({(tag.name, tag.kind) for tag in tags}) == len(tags)
