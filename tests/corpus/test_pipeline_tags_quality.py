"""Tag quality on made-up news in several languages: names glued to
institution words, institutions taken for people, role labels, and common
words proposed as topics."""

from __future__ import annotations

import pytest

from corpus.pipeline.tags import suggest_tags
from corpus.pipeline.types import TagKind

PERSON, ORG, PLACE, TOPIC = TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.TOPIC


def _tags(text: str, language: str) -> dict[str, TagKind]:
    return {t.name: t.kind for t in suggest_tags(text.split("\n"), language=language)}


@pytest.mark.parametrize(
    ("language", "text", "person", "glued"),
    [
        (
            "it",
            "Il ministro delle Infrastrutture Matteo Salvini ha detto che il ponte sarà pronto. "
            "Salvini ha parlato a Roma.",
            "Matteo Salvini",
            "Infrastrutture Matteo Salvini",
        ),
        (
            "it",
            "Il ministro delle Imprese Adolfo Urso ha incontrato i sindacati. Urso ha detto di sì.",
            "Adolfo Urso",
            "Imprese Adolfo Urso",
        ),
        (
            "nl",
            "Minister Mark Harbers van Infrastructuur zei dinsdag dat het plan klaar is. "
            "Harbers zei ook dat het duur wordt.",
            "Mark Harbers",
            "Mark Harbers van Infrastructuur",
        ),
        (
            "pl",
            "Rzecznik Praw Obywatelskich Marcin Wiącek powiedział, że rząd przyjął ustawę. "
            "Wiącek dodał, że to za mało.",
            "Marcin Wiącek",
            "Praw Obywatelskich Marcin Wiącek",
        ),
        (
            "el",
            "Ο περιφερειάρχης Κρήτης Σταύρος Αρναουτάκης δήλωσε ότι το νησί είναι έτοιμο. "
            "Ο Αρναουτάκης πρόσθεσε ότι έρχονται τουρίστες.",
            "Σταύρος Αρναουτάκης",
            "Κρήτης Σταύρος Αρναουτάκης",
        ),
    ],
)
def test_person_cut_from_institution_words(language, text, person, glued):
    tags = _tags(text, language)
    assert tags.get(person) is PERSON
    assert glued not in tags


def test_three_word_names_and_patronymics_stay_whole():
    tags = _tags("Andrew Ross Sorkin asked the question. Sorkin said it twice.", "en")
    assert tags.get("Andrew Ross Sorkin") is PERSON
    tags = _tags("Президент Владимир Владимирович Путин заявил об этом. Путин сказал это.", "ru")
    assert tags.get("Владимир Владимирович Путин") is PERSON


@pytest.mark.parametrize(
    ("language", "text", "institution"),
    [
        ("it", "Il Comune di Milano ha approvato il piano. Il Comune di Milano spende molto.", "Comune di Milano"),
        ("nl", "De Tweede Kamer stemt volgende week. De Tweede Kamer zei nee.", "Tweede Kamer"),
        ("pl", "Przedstawiciele Unii Europejskiej milczą. Budżet Unii Europejskiej rośnie.", "Unii Europejskiej"),
        ("en", "Officials of the Chamber of Commerce met. The Chamber of Commerce said no.", "Chamber of Commerce"),
        ("pt", "O ministério do Meio Ambiente criticou o plano. O Meio Ambiente responde.", "Meio Ambiente"),
        (
            "tr",
            "İstanbul Büyükşehir Belediyesi yeni bir plan açıkladı. Büyükşehir Belediyesi Başkanı "
            "Ekrem İmamoğlu konuştu.",
            "İstanbul Büyükşehir Belediyesi",
        ),
        ("id", "Kepala Dinas Perhubungan hadir. Dinas Perhubungan akan memantau jalan.", "Dinas Perhubungan"),
    ],
)
def test_institutions_are_not_people(language, text, institution):
    tags = _tags(text, language)
    assert tags.get(institution) is ORG


def test_region_run_is_a_place():
    tags = _tags("Trade grew in West Africa this year. West Africa exports more cocoa.", "en")
    assert tags.get("West Africa") is PLACE


def test_people_without_cues_keep_their_kind():
    tags = _tags("Dün akşam Ekrem İmamoğlu konuştu. Sonra İmamoğlu gitti.", "tr")
    assert tags.get("Ekrem İmamoğlu") is PERSON
    tags = _tags("W Sejmie był Marcin Wiącek. Potem Wiącek wyszedł.", "pl")
    assert tags.get("Marcin Wiącek") is PERSON


@pytest.mark.parametrize(
    ("language", "text", "person", "role"),
    [
        ("en", "INTERVIEWER: What do you think?\nSmith: The plan works, Smith said.", "Smith", "INTERVIEWER"),
        ("ru", "Корреспондент: Что вы думаете?\nИван Петров: Всё хорошо, сказал Петров.", "Иван Петров", "Корреспондент"),
    ],
)
def test_role_labels_are_not_people(language, text, person, role):
    tags = _tags(text, language)
    assert tags.get(person) is PERSON
    assert role not in tags


@pytest.mark.parametrize(
    ("language", "text", "topic", "common"),
    [
        (
            "pt",
            "O desmatamento existe. Existe um plano contra o desmatamento, existe dinheiro. "
            "O desmatamento cresce.",
            "desmatamento",
            "existe",
        ),
        (
            "pl",
            "Rząd przyjął ustawę o deregulacji. Sejm przyjął deregulacji plan. Senat przyjął deregulacji.",
            "deregulacji",
            "przyjął",
        ),
        (
            "ru",
            "Вчера вакцинация открылась. В музее вакцинация открылась, и для всех вакцинация открылась.",
            "вакцинация",
            "открылась",
        ),
        (
            "en",
            "The desalination plant costs 40 euros per kilometer. The minister said desalination "
            "costs euros per kilometer. The minister views desalination and views it well.",
            "desalination",
            "euros",
        ),
    ],
)
def test_common_words_are_not_topics(language, text, topic, common):
    tags = _tags(text, language)
    assert tags.get(topic) is TOPIC
    assert common not in tags
    assert "minister" not in tags and "views" not in tags and "kilometer" not in tags


def test_common_word_is_not_a_topic_spanish():
    tags = _tags("La mano de obra escasea. La mano de obra es cara y la mano de obra falta.", "es")
    assert "mano" not in tags
