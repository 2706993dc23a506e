"""New names from capitalised words: people, organisations, places, speaker labels (tags.names)."""

from __future__ import annotations

import pytest

from corpus.pipeline.tags import TagMatcher, build_matcher, suggest_tags

from .tags_support import (
    ORG,
    PERSON,
    PLACE,
    TOPIC,
    VOCABULARY,
    tags_by_name,
)


@pytest.fixture(scope="module")
def matcher() -> TagMatcher:
    return build_matcher(VOCABULARY)




def test_english_people_organisations_and_places():
    text = [
        "Apple chief executive Tim Cook met President Emmanuel Macron in Paris on Monday. "
        "Cook said the company would invest more in France.",
        "The European Commission and IBM also joined the talks at the Élysée Palace, Macron's office said. "
        "Officials from Siemens AG attended.",
    ]
    tags = tags_by_name(suggest_tags(text, language="en"))
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
    by_name = tags_by_name(tags)
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
    tags = tags_by_name(suggest_tags(text, language="fr"))
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
    tags = tags_by_name(suggest_tags(text, language="es"))
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
    people = tags_by_name(tuple(t for t in tags if t.kind is PERSON))
    assert set(people) == {"Andrew Ross Sorkin", "Jack Ma"}
    # The variant as the text wrote it stays among the evidence.
    assert any("Solkin" in item for item in people["Andrew Ross Sorkin"].evidence)


def test_aliases_respell_a_name_known_only_in_its_variant():
    tags = suggest_tags(["Solkin fragte, Jack Ma antwortete. Solkin lachte."], language="de", aliases={"Solkin": "Sorkin"})
    assert "Sorkin" in {t.name for t in tags if t.kind is PERSON}
    assert "Solkin" not in {t.name for t in tags}


def test_acronyms_and_brands_are_organisations():
    text = ["The WTO and NATO met in Geneva. Users of eBay and YouTube complained. The CEO of IBM agreed."]
    tags = tags_by_name(suggest_tags(text, language="en"))
    assert tags["WTO"].kind is ORG and tags["NATO"].kind is ORG and tags["IBM"].kind is ORG
    assert tags["eBay"].kind is ORG and tags["YouTube"].kind is ORG
    assert "CEO" not in tags
    assert tags["Geneva"].kind is PLACE


def test_shouted_headline_is_not_a_row_of_acronyms():
    tags = suggest_tags(["BREAKING NEWS FROM THE MARKETS", "Shares fell in Tokyo."], language="en")
    assert not any(t.name in {"BREAKING", "NEWS", "MARKETS"} for t in tags)


def test_latin_names_in_japanese_text():
    text = ["東京で開かれた会議で、Sony Groupの幹部とToyotaの代表が議論した。日本と米国の関係についても話し合った。"]
    tags = tags_by_name(suggest_tags(text, language="ja"))
    assert tags["Sony Group"].kind is ORG
    assert tags["Toyota"].kind is ORG
    assert {"日本", "米国", "東京"} <= {name for name, t in tags.items() if t.kind is PLACE}
    assert not any(t.kind is TOPIC for t in tags.values())  # no CJK n-gram topics
