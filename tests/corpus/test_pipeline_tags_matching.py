"""The controlled vocabulary: aliases, inflection, case and scripts (tags.matching)."""

from __future__ import annotations

import pytest

from corpus.pipeline.tags import TagMatcher, build_matcher, suggest_tags

from .tags_support import (
    ORG,
    PERSON,
    PLACE,
    VOCABULARY,
    assert_well_formed,
    tags_by_name,
    vocabulary_keys,
)


@pytest.fixture(scope="module")
def matcher() -> TagMatcher:
    return build_matcher(VOCABULARY)




def test_german_inflection_titles_and_full_name_map_to_one_vocabulary_tag(matcher):
    text = [
        "Präsident Trump traf sich am Montag mit Vertretern der Industrie. Trumps Pläne sorgen für Unruhe.",
        "Donald Trump will die Zölle erhöhen, sagte ein Sprecher. Herr Trump äußerte sich nicht.",
    ]
    tags = suggest_tags(text, language="de", matcher=matcher)
    assert vocabulary_keys(tags) == ["donald-trump"]
    trump = tags_by_name(tags)["Donald Trump"]
    assert trump.kind is PERSON
    assert {"Trump", "Trumps", "Donald Trump"} <= set(trump.evidence) | {"Donald Trump"}
    assert not any(t.kind is PERSON and "Trump" in t.name and not t.vocabulary_key for t in tags)
    assert_well_formed(tags)


def test_english_possessive_and_honorific(matcher):
    tags = suggest_tags(["Mr. Trump's advisers met on Friday. President Trump later spoke."], language="en", matcher=matcher)
    assert vocabulary_keys(tags) == ["donald-trump"]


def test_vocabulary_matches_score_above_new_candidates(matcher):
    tags = suggest_tags(
        ["Trump met Sorkin in Davos. Trump said the talks with Andrew Sorkin were good."], language="en", matcher=matcher
    )
    by_name = tags_by_name(tags)
    assert by_name["Donald Trump"].score > by_name["Andrew Sorkin"].score


def test_french_elision(matcher):
    text = ["Le secrétaire général de l'ONU a salué l'initiative d'Alibaba. Selon l'ONU, M. Trump n'a pas répondu."]
    tags = suggest_tags(text, language="fr", matcher=matcher)
    assert set(vocabulary_keys(tags)) == {"united-nations", "alibaba", "donald-trump"}
    assert tags_by_name(tags)["United Nations"].kind is ORG


def test_acronym_alias_needs_capitals(matcher):
    # French "un" is the article "a", not the United Nations.
    tags = suggest_tags(["Il a signé un accord avec un partenaire chinois à New York."], language="fr", matcher=matcher)
    assert "united-nations" not in vocabulary_keys(tags)
    assert "new-york" in vocabulary_keys(tags)


def test_lower_case_common_word_is_not_the_name(matcher):
    tags = suggest_tags(["Love will trump hate, the crowd chanted."], language="en", matcher=matcher)
    assert "donald-trump" not in vocabulary_keys(tags)


def test_chinese_aliases_match_without_word_boundaries(matcher):
    tags = suggest_tags(["美国总统特朗普周二在纽约会见了阿里巴巴创始人马云。双方讨论了中美贸易。"], language="zh", matcher=matcher)
    assert set(vocabulary_keys(tags)) == {"donald-trump", "alibaba", "jack-ma"}
    assert "特朗普" in tags_by_name(tags)["Donald Trump"].evidence


def test_russian_case_endings(matcher):
    text = ["Президент Трамп заявил во вторник, что переговоры прошли хорошо. По словам Трампа, Китай и США договорятся."]
    tags = suggest_tags(text, language="ru", matcher=matcher)
    assert vocabulary_keys(tags) == ["donald-trump"]
    assert {"Трамп", "Трампа"} <= set(tags_by_name(tags)["Donald Trump"].evidence)
    assert {"Китай", "Соединённые штаты"} <= {t.name for t in tags if t.kind is PLACE}


def test_arabic_prefix_clitics(matcher):
    text = ["قال الرئيس ترامب إن الولايات المتحدة والصين ستتوصلان إلى اتفاق. وأضاف ترامب أن المحادثات كانت مثمرة."]
    tags = suggest_tags(text, language="ar", matcher=matcher)
    assert "donald-trump" in vocabulary_keys(tags)
    places = [t for t in tags if t.kind is PLACE]
    assert len(places) == 2 and any("والصين" in t.evidence for t in places)


def test_matcher_is_reusable_and_finds_occurrences(matcher):
    found = matcher.find("Trumps Besuch bei der UN. Trump reiste weiter.", language="de")
    assert [m.entry.key for m in found] == ["donald-trump", "united-nations", "donald-trump"]
    assert [m.surface for m in found] == ["Trumps", "UN", "Trump"]
    # Same matcher, another document and language.
    assert [m.entry.key for m in matcher.find("Jack Ma a rencontré Trump.", language="fr")] == ["jack-ma", "donald-trump"]


def test_people_hint_known_to_the_vocabulary_is_not_duplicated(matcher):
    tags = suggest_tags(["Jack Ma: Das Treffen war gut."], language="de", matcher=matcher, people_hint=["Jack Ma"])
    assert [t.name for t in tags if t.kind is PERSON] == ["Jack Ma"]
    assert tags_by_name(tags)["Jack Ma"].vocabulary_key == "jack-ma"
