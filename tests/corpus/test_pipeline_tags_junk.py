"""Tags never fill up with headline fragments and boilerplate words, and
names that only ever start a sentence are still found where capitals
cannot tell (Cyrillic, Greek)."""

from __future__ import annotations

import pytest

from corpus.pipeline.tags import suggest_tags
from corpus.pipeline.types import TagKind

PERSON, ORG = TagKind.PERSON, TagKind.ORGANISATION

# A press release or scraped page as it arrives: the story, and around it the
# junk every source carries, in the language of the story.
PAGES = {
    "en": (
        [
            "FOR IMMEDIATE RELEASE",
            "Advertisement",
            "Acme Robotics said on Monday that it will open a new plant in Columbus, Ohio. "
            "Chief executive Jane Porter said the plant would employ 300 people.",
            "Photo: Reuters",
            "Updated 10:45 EST / 15:45 GMT",
            "Jane Porter said the company expects growth in March.",
            "SOURCE: Acme Robotics",
            "Subscribe to our Newsletter",
        ],
        {"Jane Porter"},
        {"IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE", "SOURCE", "Advertisement", "Photo", "EST", "GMT",
         "Newsletter", "Subscribe", "Monday", "March"},
    ),
    "fr": (
        [
            "Publicité",
            "Le groupe Renault a annoncé jeudi l'ouverture d'une usine à Lyon. "
            "Son directeur Luca de Meo a déclaré que 500 emplois seraient créés.",
            "Photo : AFP",
            "Abonnez-vous à notre Newsletter",
            "Mis à jour le Jeudi 12 Mars à 10h CET",
        ],
        {"Luca de Meo"},
        {"Publicité", "Photo", "Newsletter", "Jeudi", "Mars", "CET"},
    ),
    "es": (
        [
            "Publicidad",
            "La empresa Telefónica anunció el lunes una inversión en Madrid. "
            "Su presidente José María Álvarez-Pallete dijo que se crearán empleos.",
            "Foto: EFE",
            "Fuente: Telefónica",
            "Suscríbete a nuestro Boletín",
        ],
        {"José María Álvarez-Pallete"},
        {"Publicidad", "Foto", "Fuente", "Boletín", "Suscríbete"},
    ),
    "ru": (
        [
            "Реклама",
            "Министр финансов Антон Силуанов заявил в понедельник, что бюджет будет исполнен. "
            "Силуанов добавил, что дефицит сократится.",
            "Фото: ТАСС",
            "Подписывайтесь на нашу Рассылку",
        ],
        {"Антон Силуанов"},
        {"Реклама", "Фото", "Рассылку", "Подписывайтесь"},
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_boilerplate_words_are_never_tags(language):
    paragraphs, people, junk = PAGES[language]
    tags = suggest_tags(paragraphs, language=language)
    names = {t.name for t in tags}
    assert people <= {t.name for t in tags if t.kind is PERSON}
    assert not names & junk, names & junk


@pytest.mark.parametrize(
    "headline",
    ["BREAKING NEWS FROM THE MARKETS", "FOR IMMEDIATE RELEASE", "PHOTO GALLERY", "LIVE UPDATES"],
)
def test_a_shouted_headline_is_not_a_name(headline):
    tags = suggest_tags([headline, "Shares fell sharply in Tokyo on Tuesday."], language="en")
    words = set(headline.split())
    assert not [t.name for t in tags if set(t.name.split()) & words]


def test_a_shouted_name_the_text_also_writes_normally_is_kept():
    tags = suggest_tags(
        ["ACME ROBOTICS OPENS PLANT", "Acme Robotics opened a plant. Acme Robotics will hire 300."],
        language="en",
    )
    assert "Acme Robotics" in {t.name for t in tags}


@pytest.mark.parametrize(
    ("language", "paragraphs", "names"),
    [
        (
            "ru",
            [
                "Шойгу посетил оборонный завод в Туле. Министр осмотрел новые цеха.",
                "Шойгу пообещал увеличить государственный заказ. Собянин поддержал это решение.",
                "Собянину понравился проект.",
            ],
            {"Шойгу", "Собянин"},
        ),
        (
            "el",
            [
                "Μητσοτάκης συναντήθηκε με τους εκπροσώπους των αγροτών. Η συνάντηση διήρκεσε δύο ώρες.",
                "Μητσοτάκης υποσχέθηκε νέα μέτρα στήριξης. Ανδρουλάκης άσκησε κριτική.",
            ],
            {"Μητσοτάκης", "Ανδρουλάκης"},
        ),
        (
            "uk",
            ["Зеленський провів нараду з військовими. Він обговорив постачання зброї."],
            {"Зеленський"},
        ),
    ],
)
def test_names_that_only_start_sentences_in_cyrillic_and_greek(language, paragraphs, names):
    tags = suggest_tags(paragraphs, language=language)
    assert names <= {t.name for t in tags}
    # A family-name ending makes a lone name a person, not a company.
    people = {t.name for t in tags if t.kind is PERSON}
    assert {n for n in names if n.endswith(("ин", "ий", "άκης"))} <= people


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        ("ru", ["Сегодня правительство утвердило бюджет. Вчера депутаты спорили о налогах.",
                "Сегодня же министр выступил с докладом. Вчера вечером прошло голосование.",
                "Однако решение пока не принято. Однако споры продолжаются."]),
        ("el", ["Σήμερα η κυβέρνηση ανακοίνωσε τον προϋπολογισμό. Χθες οι βουλευτές συζήτησαν.",
                "Σήμερα επίσης ο υπουργός μίλησε. Χθες το βράδυ έγινε η ψηφοφορία."]),
        ("ru", ["Министр выступил утром. Министр ответил на вопросы.", "Позже министр уехал."]),
    ],
)
def test_ordinary_words_starting_sentences_are_not_names(language, paragraphs):
    tags = suggest_tags(paragraphs, language=language)
    assert not [t.name for t in tags if t.kind in (PERSON, ORG)]
