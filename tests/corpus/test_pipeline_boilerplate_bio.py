"""Boilerplate removal: author bios, glued onto the last paragraph or on a
line of their own, and the closing sentences and dialogue that must never be
taken for junk. Pure pipeline tests: no database.
"""

from __future__ import annotations

import pytest

from corpus.pipeline.boilerplate import remove_boilerplate
from corpus.pipeline.types import Cleaned, RemovalReason

from .test_pipeline_boilerplate import assert_nothing_lost, reasons

BODY = (
    "The company reported a loss of 3 million dollars in the third quarter, blaming supply "
    "chain problems. Shares fell 4 percent in early trading. Analysts expect a recovery next year."
)


def test_glued_bio_after_closing_sentence_with_trailing_separator():
    bio = (
        "Jane Doe is an award-winning columnist and the author of three books, who won the "
        "National Press Award in 2015 and the Orwell Prize in 2019."
    )
    text = f"{BODY} {bio} —"
    result = remove_boilerplate(text, language="en")
    assert result.text == BODY
    assert [(r.text, r.reason) for r in result.removed] == [
        (bio, RemovalReason.AUTHOR_BIO),
        ("—", RemovalReason.SEPARATOR),
    ]
    assert "followed by a separator" in result.removed[0].detail
    assert_nothing_lost(text, result)


def test_glued_bio_of_two_sentences_without_separator():
    bio = "Jane Doe is a reporter at the Planet. She has won two awards for her coverage of Asia."
    result = remove_boilerplate(f"{BODY} {bio}")
    assert result.text == BODY
    assert result.removed[0].text == bio
    assert "opens with a name and a role" in result.removed[0].detail


def test_russian_glued_bio_with_dash_copula():
    body = "Министр заявил, что реформа начнётся в следующем году. Эксперты сомневаются в успехе."
    bio = (
        "Иван Петров — журналист и обозреватель, лауреат премии «Золотое перо» 2016 и 2019 "
        "годов, автор книги о российской экономике."
    )
    result = remove_boilerplate(f"{body} {bio}", language="ru")
    assert result.text == body
    assert reasons(result) == [RemovalReason.AUTHOR_BIO]


def test_chinese_glued_bio():
    body = "经济学家认为，明年的增长将放缓。政府已经准备了新的刺激计划。"
    bio = "作者张伟，资深财经记者，曾获2015年和2019年中国新闻奖，著有多部财经作品。"
    result = remove_boilerplate(body + bio, language="de")  # wrong hint on purpose
    assert result.text == body
    assert result.removed[0].text == bio


def test_bio_after_an_inline_separator():
    body = "Sorkin: Vielen Dank, Herr Ma! Ma: Danke Ihnen."
    bio = (
        "Als Gewinner des Qingyun-Preises 2019 und des Sogou-Autorenpreises 2021 hat er viele "
        "Auszeichnungen gewonnen, darunter den Sohu Media Award und den Beijing Creator Award."
    )
    text = f"{body} | {bio}"
    result = remove_boilerplate(text)
    assert result.text == body
    assert [(r.text, r.reason) for r in result.removed] == [
        ("|", RemovalReason.SEPARATOR),
        (bio, RemovalReason.AUTHOR_BIO),
    ]
    assert_nothing_lost(text, result)


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is a technology reporter at the Daily Planet. She has covered Asia since 2012.",
        "À propos de l'auteur : Marie Dupont est journaliste économique depuis 2005.",
        "Über den Autor: Max Muster schreibt seit Jahren über Wirtschaft.",
        "Sobre el autor: Carlos Ruiz es periodista y vive en Madrid.",
        "Об авторе: Иван Петров много лет пишет об экономике.",
        "作者简介：李华，自由撰稿人。",
        "Pedro Alves é jornalista do Diário Económico desde 2010.",
    ],
)
def test_standalone_bio_paragraph_at_the_tail(bio):
    result = remove_boilerplate(f"{BODY}\n\n{bio}")
    assert result.text == BODY
    assert [(r.text, r.reason) for r in result.removed] == [(bio, RemovalReason.AUTHOR_BIO)]


def test_standalone_bio_under_credit_lines():
    text = (
        f"{BODY}\nJohn Smith is a correspondent for the Tribune in Nairobi.\n"
        "Source: Tribune\n© 2024 Tribune Media"
    )
    result = remove_boilerplate(text)
    assert result.text == BODY
    assert reasons(result) == [
        RemovalReason.AUTHOR_BIO,
        RemovalReason.SOURCE_LINE,
        RemovalReason.COPYRIGHT,
    ]


# --- Closings that are content --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Bio words without structural evidence.
        "The trial continues next week. The journalist, who has covered the case since it "
        "began, said the verdict could come in May.",
        "Die Preisverleihung fand in Berlin statt. Der Gewinner des Abends war der Autor Max "
        "Frisch, der sich herzlich bedankte.",
        # The article's own subject, with years and awards: still the story.
        "Smith joined the firm in 2005 after years at a rival. He led the merger talks last "
        "year. Smith, who has won two industry awards, in 2010 and 2016, will step down next "
        "month, the company said.",
        "The novelist Jane Doe won the Booker Prize on Tuesday. The jury praised her style. "
        "Doe is the author of six novels and won the Orwell Prize in 2010 and the Costa Award "
        "in 2015 as well.",
        # First person: somebody speaking about themselves.
        "The panel ended late. I have been a journalist since 1998 and won awards in 2005 "
        "and 2010, from the Berlin Press Club to the Vienna Media Prize. |",
        # A speaker label: dialogue.
        "Das Gespräch dauerte eine Stunde. Ma: Als Autor und Gewinner vieler Preise 2015 und "
        "2018, vom Berliner Medienpreis bis zum Wiener Journalistenpreis, danke ich allen!",
        # Short closing sentence with a proper end.
        "The match ended 2-1. It was the team's first win of the season.",
    ],
)
def test_closing_sentences_are_not_bios(text):
    result = remove_boilerplate(text)
    assert RemovalReason.AUTHOR_BIO not in reasons(result)
    assert_nothing_lost(text, result)


def test_content_paragraph_about_a_journalist_at_the_tail_stays():
    text = (
        "Press freedom groups criticised the arrest.\n"
        "The journalist, who won an award in 2019, said she would keep writing about the war."
    )
    assert remove_boilerplate(text).removed == ()


def test_bio_never_takes_the_only_sentence():
    text = "Jane Doe is an award-winning columnist who won prizes in 2015 and 2019. |"
    result = remove_boilerplate(text)
    assert result.text == "Jane Doe is an award-winning columnist who won prizes in 2015 and 2019."
    assert reasons(result) == [RemovalReason.SEPARATOR]


def test_dialogue_trailing_off_is_not_a_teaser_block():
    text = (
        "The interview follows.\nReporter: So you think it will work?\n"
        "Smith: I do. But...\nReporter: But what...\nSmith: Well, maybe..."
    )
    assert remove_boilerplate(text).removed == ()


def test_dialogue_numbered_list_and_short_final_sentence_survive():
    text = (
        "Interviewer: What is your plan?\nSmith: First, we build. Second, we hire.\n"
        "1. Build the plant\n2. Hire 200 workers\n3. Open in 2025\nSmith: That is all."
    )
    assert remove_boilerplate(text) == Cleaned(text=text)
