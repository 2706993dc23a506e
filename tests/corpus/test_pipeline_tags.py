"""Tag proposals: vocabulary matching first, then new names, places, topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.pipeline.tags import TagMatcher, build_matcher, suggest_tags
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


@pytest.fixture(scope="module")
def matcher() -> TagMatcher:
    return build_matcher(VOCABULARY)


def _seed(name: str) -> list[str]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def _by_name(tags: tuple[TagCandidate, ...]) -> dict[str, TagCandidate]:
    return {tag.name: tag for tag in tags}


def _keys(tags: tuple[TagCandidate, ...]) -> list[str]:
    return [tag.vocabulary_key for tag in tags if tag.vocabulary_key]


def _assert_well_formed(tags: tuple[TagCandidate, ...], limit: int = 15) -> None:
    assert len(tags) <= limit
    scores = [tag.score for tag in tags]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert all(1 <= len(tag.evidence) <= 4 for tag in tags)
    assert len({(tag.name, tag.kind) for tag in tags}) == len(tags)


# -- vocabulary ---------------------------------------------------------------


def test_german_inflection_titles_and_full_name_map_to_one_vocabulary_tag(matcher):
    text = [
        "Präsident Trump traf sich am Montag mit Vertretern der Industrie. Trumps Pläne sorgen für Unruhe.",
        "Donald Trump will die Zölle erhöhen, sagte ein Sprecher. Herr Trump äußerte sich nicht.",
    ]
    tags = suggest_tags(text, language="de", matcher=matcher)
    assert _keys(tags) == ["donald-trump"]
    trump = _by_name(tags)["Donald Trump"]
    assert trump.kind is PERSON
    assert {"Trump", "Trumps", "Donald Trump"} <= set(trump.evidence) | {"Donald Trump"}
    assert not any(t.kind is PERSON and "Trump" in t.name and not t.vocabulary_key for t in tags)
    _assert_well_formed(tags)


def test_english_possessive_and_honorific(matcher):
    tags = suggest_tags(["Mr. Trump's advisers met on Friday. President Trump later spoke."], language="en", matcher=matcher)
    assert _keys(tags) == ["donald-trump"]


def test_vocabulary_matches_score_above_new_candidates(matcher):
    tags = suggest_tags(
        ["Trump met Sorkin in Davos. Trump said the talks with Andrew Sorkin were good."], language="en", matcher=matcher
    )
    by_name = _by_name(tags)
    assert by_name["Donald Trump"].score > by_name["Andrew Sorkin"].score


def test_french_elision(matcher):
    text = ["Le secrétaire général de l'ONU a salué l'initiative d'Alibaba. Selon l'ONU, M. Trump n'a pas répondu."]
    tags = suggest_tags(text, language="fr", matcher=matcher)
    assert set(_keys(tags)) == {"united-nations", "alibaba", "donald-trump"}
    assert _by_name(tags)["United Nations"].kind is ORG


def test_acronym_alias_needs_capitals(matcher):
    # French "un" is the article "a", not the United Nations.
    tags = suggest_tags(["Il a signé un accord avec un partenaire chinois à New York."], language="fr", matcher=matcher)
    assert "united-nations" not in _keys(tags)
    assert "new-york" in _keys(tags)


def test_lower_case_common_word_is_not_the_name(matcher):
    tags = suggest_tags(["Love will trump hate, the crowd chanted."], language="en", matcher=matcher)
    assert "donald-trump" not in _keys(tags)


def test_chinese_aliases_match_without_word_boundaries(matcher):
    tags = suggest_tags(["美国总统特朗普周二在纽约会见了阿里巴巴创始人马云。双方讨论了中美贸易。"], language="zh", matcher=matcher)
    assert set(_keys(tags)) == {"donald-trump", "alibaba", "jack-ma"}
    assert "特朗普" in _by_name(tags)["Donald Trump"].evidence


def test_russian_case_endings(matcher):
    text = ["Президент Трамп заявил во вторник, что переговоры прошли хорошо. По словам Трампа, Китай и США договорятся."]
    tags = suggest_tags(text, language="ru", matcher=matcher)
    assert _keys(tags) == ["donald-trump"]
    assert {"Трамп", "Трампа"} <= set(_by_name(tags)["Donald Trump"].evidence)
    assert {"Китай", "Соединённые штаты"} <= {t.name for t in tags if t.kind is PLACE}


def test_arabic_prefix_clitics(matcher):
    text = ["قال الرئيس ترامب إن الولايات المتحدة والصين ستتوصلان إلى اتفاق. وأضاف ترامب أن المحادثات كانت مثمرة."]
    tags = suggest_tags(text, language="ar", matcher=matcher)
    assert "donald-trump" in _keys(tags)
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
    assert _by_name(tags)["Jack Ma"].vocabulary_key == "jack-ma"


# -- new candidates -------------------------------------------------------------


def test_english_people_organisations_and_places():
    text = [
        "Apple chief executive Tim Cook met President Emmanuel Macron in Paris on Monday. "
        "Cook said the company would invest more in France.",
        "The European Commission and IBM also joined the talks at the Élysée Palace, Macron's office said. "
        "Officials from Siemens AG attended.",
    ]
    tags = _by_name(suggest_tags(text, language="en"))
    assert tags["Tim Cook"].kind is PERSON and "Cook" in tags["Tim Cook"].evidence
    assert tags["Emmanuel Macron"].kind is PERSON
    assert tags["European Commission"].kind is ORG
    assert tags["IBM"].kind is ORG
    assert tags["Siemens AG"].kind is ORG
    assert tags["Paris"].kind is PLACE and tags["France"].kind is PLACE
    assert "Monday" not in tags and "Cook" not in tags and "Macron" not in tags


def test_german_nouns_are_not_names():
    text = [
        "Die Bundesregierung und die Deutsche Bank haben am Dienstag in Berlin ein Abkommen unterzeichnet. "
        "Finanzminister Christian Lindner sagte, die Unternehmen und die Menschen in der ganzen Welt würden profitieren.",
        "Lindner betonte, dass die Globalisierung weitergehe. Die Menschen in Europa und die Unternehmen in Bayern "
        "seien bereit. Die Globalisierung bringe Chancen, sagte Frau Anna Schmidt von der Universität Hamburg.",
    ]
    tags = suggest_tags(text, language="de")
    by_name = _by_name(tags)
    assert by_name["Christian Lindner"].kind is PERSON
    assert by_name["Anna Schmidt"].kind is PERSON
    assert by_name["Deutsche Bank"].kind is ORG
    assert by_name["Universität Hamburg"].kind is ORG
    assert {"Berlin", "Bayern", "Europa"} <= {t.name for t in tags if t.kind is PLACE}
    names = {t.name for t in tags if t.kind in (PERSON, ORG)}
    for noun in ("Unternehmen", "Menschen", "Welt", "Globalisierung", "Bundesregierung", "Abkommen", "Dienstag"):
        assert noun not in names
    assert by_name["Globalisierung"].kind is TOPIC


def test_french_people_and_honorific_m():
    text = [
        "Le président Emmanuel Macron a reçu mardi à Paris le patron de Renault, Luca de Meo. "
        "M. Macron a déclaré que la France soutiendrait l'industrie automobile.",
        "Selon l'Insee, la production a reculé. De Meo a répondu que Renault investirait en Allemagne.",
    ]
    tags = _by_name(suggest_tags(text, language="fr"))
    assert tags["Emmanuel Macron"].kind is PERSON
    assert tags["Luca de Meo"].kind is PERSON
    assert tags["Renault"].kind is ORG
    assert tags["France"].kind is PLACE and tags["Allemagne"].kind is PLACE
    assert "Macron" not in tags and "Meo" not in tags


def test_spanish_people_organisations_places():
    text = [
        "El presidente Pedro Sánchez se reunió en Madrid con la directora del Fondo Monetario Internacional, "
        "Kristalina Georgieva. Sánchez afirmó que España crecerá este año.",
        "Según el Banco de España, la inflación bajará. Georgieva dijo que la economía europea resiste.",
    ]
    tags = _by_name(suggest_tags(text, language="es"))
    assert tags["Pedro Sánchez"].kind is PERSON and "Sánchez" in tags["Pedro Sánchez"].evidence
    assert tags["Kristalina Georgieva"].kind is PERSON
    assert tags["Fondo Monetario Internacional"].kind is ORG
    assert tags["Banco de España"].kind is ORG
    assert tags["Madrid"].kind is PLACE and tags["España"].kind is PLACE


def test_inflected_new_names_merge():
    text = ["Sorkin fragte nach dem Treffen. Sorkins Frage blieb offen. Andrew Ross Sorkin lachte."]
    tags = suggest_tags(text, language="de")
    people = [t for t in tags if t.kind is PERSON]
    assert [t.name for t in people] == ["Andrew Ross Sorkin"]
    assert {"Sorkin", "Sorkins", "Andrew Ross Sorkin"} <= set(people[0].evidence)


def test_people_hint_becomes_a_person_and_splits_a_glued_speaker_label():
    text = ["Der Handel wuchs stark in Hollywood Sorkin: Was sagen Sie dazu? Jack Ma: Wir sind zufrieden."]
    tags = suggest_tags(text, language="de", people_hint=["Sorkin", "Jack Ma", "Moderator Li"])
    people = {t.name for t in tags if t.kind is PERSON}
    assert {"Sorkin", "Jack Ma", "Moderator Li"} <= people
    assert "Hollywood Sorkin" not in people


@pytest.mark.parametrize(
    "language, text, hints, person",
    [
        (
            "de",
            "Moderator: Willkommen in Davos. Jack Ma: Danke sehr. Publikum: Warum? Jack Ma: Darum. "
            "Moderator: Vielen Dank.",
            ["Moderator", "Jack Ma", "Publikum"],
            "Jack Ma",
        ),
        (
            "en",
            "Interviewer: Welcome to Davos. Maria Lopez: Thank you. Audience: Why? Maria Lopez: Because. "
            "Interviewer: Thank you.",
            ["Interviewer", "Maria Lopez", "Audience"],
            "Maria Lopez",
        ),
        (
            "fr",
            "Journaliste : Bienvenue à Davos. Pierre Martin : Merci. Journaliste : Pourquoi ? "
            "Pierre Martin : Parce que.",
            ["Journaliste", "Pierre Martin"],
            "Pierre Martin",
        ),
        ("zh", "记者：欢迎来到达沃斯。马云：谢谢。记者：为什么？马云：因为。", ["记者", "马云"], "马云"),
    ],
)
def test_speaker_labels_naming_a_role_are_not_people(language, text, hints, person):
    tags = suggest_tags([text], language=language, people_hint=hints)
    assert {t.name for t in tags if t.kind is PERSON} == {person}
    for role in set(hints) - {person}:
        assert role not in {t.name for t in tags}


def test_aliases_merge_a_misspelt_speaker_name_into_the_right_one():
    text = [
        "Andrew Ross Sorkin traf Jack Ma in Davos. Sorkin: Wie war das Treffen? Jack Ma: Gut. "
        "Solkin: Und dann? Jack Ma: Wir reden weiter. Sorkin: Danke. Andrew Ross Solkin lachte."
    ]
    hints = ["Jack Ma", "Sorkin", "Solkin"]
    people = {t.name for t in suggest_tags(text, language="de", people_hint=hints) if t.kind is PERSON}
    assert "Andrew Ross Solkin" in people  # without aliases the variant is somebody else
    tags = suggest_tags(text, language="de", people_hint=hints, aliases={"Solkin": "Sorkin"})
    people = _by_name(tuple(t for t in tags if t.kind is PERSON))
    assert set(people) == {"Andrew Ross Sorkin", "Jack Ma"}
    # The variant as the text wrote it stays among the evidence.
    assert any("Solkin" in item for item in people["Andrew Ross Sorkin"].evidence)


def test_aliases_respell_a_name_known_only_in_its_variant():
    tags = suggest_tags(["Solkin fragte, Jack Ma antwortete. Solkin lachte."], language="de", aliases={"Solkin": "Sorkin"})
    assert "Sorkin" in {t.name for t in tags if t.kind is PERSON}
    assert "Solkin" not in {t.name for t in tags}


def test_acronyms_and_brands_are_organisations():
    text = ["The WTO and NATO met in Geneva. Users of eBay and YouTube complained. The CEO of IBM agreed."]
    tags = _by_name(suggest_tags(text, language="en"))
    assert tags["WTO"].kind is ORG and tags["NATO"].kind is ORG and tags["IBM"].kind is ORG
    assert tags["eBay"].kind is ORG and tags["YouTube"].kind is ORG
    assert "CEO" not in tags
    assert tags["Geneva"].kind is PLACE


def test_shouted_headline_is_not_a_row_of_acronyms():
    tags = suggest_tags(["BREAKING NEWS FROM THE MARKETS", "Shares fell in Tokyo."], language="en")
    assert not any(t.name in {"BREAKING", "NEWS", "MARKETS"} for t in tags)


def test_latin_names_in_japanese_text():
    text = ["東京で開かれた会議で、Sony Groupの幹部とToyotaの代表が議論した。日本と米国の関係についても話し合った。"]
    tags = _by_name(suggest_tags(text, language="ja"))
    assert tags["Sony Group"].kind is ORG
    assert tags["Toyota"].kind is ORG
    assert {"日本", "米国", "東京"} <= {name for name, t in tags.items() if t.kind is PLACE}
    assert not any(t.kind is TOPIC for t in tags.values())  # no CJK n-gram topics


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


# -- limits and edge cases --------------------------------------------------------


@pytest.mark.parametrize("paragraphs", [[], [""], ["  ", "\n"]])
def test_empty_input(paragraphs, matcher):
    assert suggest_tags(paragraphs, language="en", matcher=matcher, people_hint=["Jack Ma"]) == ()


def test_limit_is_respected():
    paragraphs = _seed("002_86ddeaf27447719a.txt")
    assert suggest_tags(paragraphs, language="de", limit=0) == ()
    assert len(suggest_tags(paragraphs, language="de", limit=1)) == 1
    five = suggest_tags(paragraphs, language="de", limit=5)
    assert len(five) == 5
    thirty = suggest_tags(paragraphs, language="de", limit=30)
    assert 15 < len(thirty) <= 30
    _assert_well_formed(thirty, limit=30)
    # A larger limit only adds tags below the ones a smaller limit returns.
    assert {t.name for t in five if t.kind is not TOPIC} <= {t.name for t in thirty}


def test_unknown_language_still_finds_places_and_names():
    tags = suggest_tags(["Bwana Juma Hamisi alisafiri kwenda Nairobi na Kenya kwa mkutano."], language="und")
    assert {"Nairobi", "Kenya"} <= {t.name for t in tags if t.kind is PLACE}
    _assert_well_formed(tags)


# -- seeds -------------------------------------------------------------------------


def test_german_seed():
    paragraphs = _seed("002_86ddeaf27447719a.txt")
    tags = suggest_tags(paragraphs, language="de", people_hint=["Jack Ma", "Sorkin", "Solkin"])
    _assert_well_formed(tags)
    by_name = _by_name(tags)
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
    paragraphs = _seed("002_86ddeaf27447719a.txt")
    hints = ["Jack Ma", "Sorkin", "Solkin", "Publikum"]
    tags = suggest_tags(paragraphs, language="de", people_hint=hints, aliases={"Solkin": "Sorkin"})
    _assert_well_formed(tags)
    people = {t.name for t in suggest_tags(paragraphs, language="de", people_hint=hints, limit=40) if t.kind is PERSON}
    assert "Solkin" in people  # the structure step's correction is what merges it
    people = {t.name for t in tags if t.kind is PERSON}
    assert {"Andrew Ross Sorkin", "Jack Ma"} <= people
    assert not people & {"Solkin", "Sorkin", "Publikum"}


def test_german_seed_with_vocabulary(matcher):
    tags = suggest_tags(_seed("002_86ddeaf27447719a.txt"), language="de", matcher=matcher, limit=30)
    assert {"donald-trump", "jack-ma", "alibaba"} <= set(_keys(tags))
    # "New York" only occurs inside "New York Times": the newspaper, not the city.
    assert "new-york" not in _keys(tags)
    assert _by_name(tags)["New York Times"].kind is ORG
    assert not any(t.kind is PERSON and "Trump" in t.name and not t.vocabulary_key for t in tags)
    assert tags[0].vocabulary_key is not None


def test_french_seed():
    tags = suggest_tags(_seed("000_7069a60d505a5b5d.txt"), language="fr")
    _assert_well_formed(tags)
    by_name = _by_name(tags)
    assert by_name["Ma"].kind is PERSON  # "Ma a déclaré": a verb of saying
    assert by_name["Alibaba"].kind is ORG and by_name["Amazon"].kind is ORG
    assert by_name["Trump"].kind is PERSON  # "président américain Trump"
    assert by_name["New York"].kind is PLACE and by_name["États-Unis"].kind is PLACE
    assert any(t.kind is ORG and "Nations Unies" in t.name for t in tags)
    assert "Internet" not in by_name


def test_evidence_has_a_snippet_for_names():
    tags = suggest_tags(["Yesterday Angela Merkel visited Warsaw with her advisers."], language="en")
    merkel = _by_name(tags)["Angela Merkel"]
    assert merkel.evidence[0] == "Angela Merkel"
    assert any("visited Warsaw" in item for item in merkel.evidence[1:])
