"""Choosing and scoring the tags of a document (tags.suggest): limits, seeds, evidence."""

from __future__ import annotations

import pytest

from corpus.pipeline.tags import TagMatcher, build_matcher, suggest_tags

from .tags_support import (
    ORG,
    PERSON,
    PLACE,
    TOPIC,
    VOCABULARY,
    assert_well_formed,
    seed_paragraphs,
    tags_by_name,
    vocabulary_keys,
)


@pytest.fixture(scope="module")
def matcher() -> TagMatcher:
    return build_matcher(VOCABULARY)


# -- limits and edge cases --------------------------------------------------------


@pytest.mark.parametrize("paragraphs", [[], [""], ["  ", "\n"]])
def test_empty_input(paragraphs, matcher):
    assert suggest_tags(paragraphs, language="en", matcher=matcher, people_hint=["Jack Ma"]) == ()


def test_limit_is_respected():
    paragraphs = seed_paragraphs("002_86ddeaf27447719a.txt")
    assert suggest_tags(paragraphs, language="de", limit=0) == ()
    assert len(suggest_tags(paragraphs, language="de", limit=1)) == 1
    five = suggest_tags(paragraphs, language="de", limit=5)
    assert len(five) == 5
    default = suggest_tags(paragraphs, language="de")
    thirty = suggest_tags(paragraphs, language="de", limit=30)
    # Properties, not this file's counts: a larger limit never gives fewer.
    assert len(five) <= len(default) <= len(thirty) <= 30
    assert_well_formed(thirty, limit=30)
    # A larger limit only adds tags below the ones a smaller limit returns.
    assert {t.name for t in five if t.kind is not TOPIC} <= {t.name for t in thirty}


def test_unknown_language_still_finds_places_and_names():
    tags = suggest_tags(["Bwana Juma Hamisi alisafiri kwenda Nairobi na Kenya kwa mkutano."], language="und")
    assert {"Nairobi", "Kenya"} <= {t.name for t in tags if t.kind is PLACE}
    assert_well_formed(tags)


# -- seeds -------------------------------------------------------------------------


def test_german_seed():
    paragraphs = seed_paragraphs("002_86ddeaf27447719a.txt")
    tags = suggest_tags(paragraphs, language="de", people_hint=["Jack Ma", "Sorkin", "Solkin"])
    assert_well_formed(tags)
    by_name = tags_by_name(tags)
    assert by_name["Jack Ma"].kind is PERSON
    assert by_name["Andrew Ross Sorkin"].kind is PERSON  # "Sorkin" folded into the full name
    assert "Sorkin" not in by_name
    assert by_name["Alibaba"].kind is ORG
    assert by_name["China"].kind is PLACE
    assert by_name["Vereinigte Staaten"].kind is PLACE and "USA" in by_name["Vereinigte Staaten"].evidence
    assert "Globalisierung" in {t.name for t in tags if t.kind is TOPIC}
    for noun in ("Unternehmen", "Menschen", "Welt", "Handel", "Internet"):
        assert noun not in {t.name for t in tags if t.kind in (PERSON, ORG)}


def test_german_seed_merges_the_misspelt_speaker_and_drops_the_audience():
    paragraphs = seed_paragraphs("002_86ddeaf27447719a.txt")
    hints = ["Jack Ma", "Sorkin", "Solkin", "Publikum"]
    tags = suggest_tags(paragraphs, language="de", people_hint=hints, aliases={"Solkin": "Sorkin"})
    assert_well_formed(tags)
    people = {t.name for t in suggest_tags(paragraphs, language="de", people_hint=hints, limit=40) if t.kind is PERSON}
    assert "Solkin" in people  # the structure step's correction is what merges it
    people = {t.name for t in tags if t.kind is PERSON}
    assert {"Andrew Ross Sorkin", "Jack Ma"} <= people
    assert not people & {"Solkin", "Sorkin", "Publikum"}


def test_german_seed_with_vocabulary(matcher):
    tags = suggest_tags(seed_paragraphs("002_86ddeaf27447719a.txt"), language="de", matcher=matcher, limit=30)
    assert {"donald-trump", "jack-ma", "alibaba"} <= set(vocabulary_keys(tags))
    # "New York" only occurs inside "New York Times": the newspaper, not the city.
    assert "new-york" not in vocabulary_keys(tags)
    assert tags_by_name(tags)["New York Times"].kind is ORG
    assert not any(t.kind is PERSON and "Trump" in t.name and not t.vocabulary_key for t in tags)
    assert tags[0].vocabulary_key is not None


def test_french_seed():
    tags = suggest_tags(seed_paragraphs("000_7069a60d505a5b5d.txt"), language="fr")
    assert_well_formed(tags)
    by_name = tags_by_name(tags)
    assert by_name["Ma"].kind is PERSON  # "Ma a déclaré": a verb of saying
    assert by_name["Alibaba"].kind is ORG and by_name["Amazon"].kind is ORG
    assert by_name["Trump"].kind is PERSON  # "président américain Trump"
    assert by_name["New York"].kind is PLACE and by_name["États-Unis"].kind is PLACE
    assert any(t.kind is ORG and "Nations Unies" in t.name for t in tags)
    assert "Internet" not in by_name


def test_evidence_has_a_snippet_for_names():
    tags = suggest_tags(["Yesterday Angela Merkel visited Warsaw with her advisers."], language="en")
    merkel = tags_by_name(tags)["Angela Merkel"]
    assert merkel.evidence[0] == "Angela Merkel"
    assert any("visited Warsaw" in item for item in merkel.evidence[1:])


@pytest.mark.parametrize(
    ("name", "language"), [("000_7069a60d505a5b5d.txt", "fr"), ("002_86ddeaf27447719a.txt", "de")]
)
def test_seed_tags_have_properties_whatever_the_file(name, language):
    from corpus.pipeline.tags.lang import never_tags

    paragraphs = seed_paragraphs(name)
    text = "\n".join(paragraphs)
    tags = suggest_tags(paragraphs, language=language, limit=30)
    assert_well_formed(tags, limit=30)
    # Every tag is evidenced by text the document holds, and none is a word
    # that is never a tag (junk, calendar, time zone) or a stop word.
    assert all(t.evidence[0] in text for t in tags)
    assert not [t.name for t in tags if t.name.casefold() in never_tags(language)]
    # At least a person, an organisation and a place in a news story.
    assert {PERSON, ORG, PLACE} <= {t.kind for t in tags}
    # The proposal is the same on a second run (no hidden state).
    assert suggest_tags(paragraphs, language=language, limit=30) == tags
