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


# --- The last paragraph: its real sentences stay, only the bio goes -----------

OPENINGS = {
    "it": "Il governo ha presentato ieri la nuova legge di bilancio. Le opposizioni hanno chiesto "
    "più tempo e il Parlamento discuterà gli emendamenti.",
    "en": "The central bank raised interest rates by half a point on Wednesday. It was the third "
    "increase this year.",
    "de": "Der Stadtrat hat am Dienstag den Neubau der Brücke beschlossen. Die Kosten liegen bei "
    "40 Millionen Euro.",
    "fr": "Le gouvernement a présenté mercredi son projet de réforme des retraites. Les syndicats "
    "appellent à la grève.",
    "es": "El Gobierno aprobó este martes la reforma laboral. Los sindicatos anunciaron "
    "movilizaciones.",
    "pt": "O governo anunciou ontem um novo pacote de medidas económicas. A oposição criticou o "
    "plano.",
    "nl": "Het kabinet presenteerde dinsdag een nieuw plan voor de woningmarkt. De oppositie "
    "reageerde kritisch.",
    "pl": "Rząd przedstawił we wtorek nowy projekt ustawy o mediach. Opozycja zapowiedziała "
    "protesty.",
}

GLUED = [
    (
        "it",
        "Il testo passerà ora all'esame del Parlamento entro marzo.",
        "Maria Rossi è giornalista de La Stampa dal 2005 e ha vinto il premio Ischia nel 2019.",
    ),
    (
        "en",
        "Economists said the bank was likely to move again in June. Markets barely reacted.",
        "John Carter is a senior correspondent for the Daily Ledger and author of two books on "
        "central banking; he won the Overseas Press Award in 2018.",
    ),
    (
        "de",
        "Die Bauarbeiten sollen im Herbst beginnen. Der Gemeinderat muss noch zustimmen. Eine "
        "Bürgerinitiative hat bereits Widerstand angekündigt.",
        "Anna Weber ist Redakteurin im Ressort Wirtschaft. Sie schreibt seit 2012 über "
        "Energiepolitik und wurde 2020 mit dem Ernst-Schneider-Preis ausgezeichnet.",
    ),
    (
        "fr",
        "Le projet de loi sera examiné au Sénat en avril.",
        "Claire Martin est journaliste au service politique du Monde depuis 2008 et lauréate du "
        "prix Albert-Londres en 2016.",
    ),
    (
        "es",
        "La huelga continuará el lunes. Los sindicatos no descartan nuevas protestas.",
        "Carlos Ruiz es corresponsal de El Diario en Bruselas desde 2011 y ganó el premio Ortega "
        "y Gasset en 2020.",
    ),
    (
        "pt",
        "A votação está marcada para a próxima semana.",
        "Pedro Alves é jornalista do Diário Económico desde 2010 e venceu o Prémio Gazeta em 2017.",
    ),
    (
        "nl",
        "Het plan moet nog door de Eerste Kamer. Dat gebeurt naar verwachting in het voorjaar.",
        "Jan de Vries is correspondent voor NRC in Brussel sinds 2010 en won in 2019 de Prijs "
        "voor de Dagbladjournalistiek.",
    ),
    (
        "pl",
        "Głosowanie zaplanowano na przyszły tydzień.",
        "Anna Nowak jest dziennikarką Gazety Porannej od 2009 roku i laureatką nagrody Grand "
        "Press z 2018 roku.",
    ),
]


@pytest.mark.parametrize("paragraph_break", ["\n\n", "\n"])
@pytest.mark.parametrize(("lang", "real", "bio"), GLUED, ids=[g[0] for g in GLUED])
def test_real_sentences_before_a_glued_bio_stay(lang, real, bio, paragraph_break):
    kept = f"{OPENINGS[lang]}{paragraph_break}{real}"
    text = f"{kept} {bio}"
    result = remove_boilerplate(text, language=lang)
    assert result.text == kept
    assert [(r.text, r.reason) for r in result.removed] == [(bio, RemovalReason.AUTHOR_BIO)]
    assert "paragraph of its own" not in result.removed[0].detail
    assert_nothing_lost(text, result)


# A story often ends by introducing a person, with years and prizes: without
# a journalism role that is no author bio, on a line of its own or glued.
CLOSINGS = [
    (
        "it",
        "Il progetto è firmato dall'architetto Luca Bianchi, che dal 1998 insegna al Politecnico "
        "di Milano e nel 2015 ha vinto il premio Compasso d'Oro.",
    ),
    (
        "it",
        "Il museo aprirà nel 2026. Il progetto è firmato dall'architetto Luca Bianchi, che dal "
        "1998 insegna al Politecnico di Milano e nel 2015 ha vinto il premio Compasso d'Oro.",
    ),
    (
        "en",
        "The study was led by Sarah Lee, who joined the Karolinska Institute in 2009 and won the "
        "Lasker Award in 2021 for her work on immune cells.",
    ),
    (
        "en",
        "The team flies to Lisbon on Friday. Its captain, Tom Hale, won Olympic gold in Tokyo in "
        "2021 and was named World Player of the Year in 2022 and 2023.",
    ),
    (
        "de",
        "Trainiert wird die Mannschaft seit 2019 von Thomas Berger, der 2008 und 2012 olympisches "
        "Gold im Rudern gewann und 2014 zum Sportler des Jahres gewählt wurde.",
    ),
    (
        "fr",
        "Le bâtiment a été conçu par l'architecte Jean Dubois, diplômé de l'École des Beaux-Arts "
        "en 1985 et lauréat du prix de l'Équerre d'argent en 2012.",
    ),
    (
        "es",
        "Marta López, campeona del mundo en 2015 y 2017, ganó también el Premio Princesa de "
        "Asturias en 2018 y se retirará el próximo año.",
    ),
    (
        "pt",
        "A pesquisa foi coordenada pela bióloga Ana Costa, que se formou na Universidade de São "
        "Paulo em 1999 e recebeu o Prêmio Jabuti em 2016.",
    ),
    (
        "nl",
        "Het ontwerp is van architect Pieter Jansen, die in 1995 afstudeerde in Delft en in 2011 "
        "de Rietveldprijs won voor de Markthal in Rotterdam.",
    ),
    # A role, but about somebody the story is about: past tense, or a noun.
    (
        "en",
        "Elena Morozova was a correspondent for the Vienna Courier from 1961 to 1989 and won the "
        "Kisch Prize in 1975.",
    ),
    (
        "de",
        "Der Minister ist gelernter Journalist und arbeitete von 1998 bis 2005 als Korrespondent "
        "in Paris.",
    ),
]


@pytest.mark.parametrize("joint", ["\n\n", "\n", " "])
@pytest.mark.parametrize(("lang", "closing"), CLOSINGS, ids=[c[0] for c in CLOSINGS])
def test_closing_about_a_person_with_years_and_prizes_stays(lang, closing, joint):
    text = f"{OPENINGS[lang]}{joint}{closing}"
    assert remove_boilerplate(text, language=lang) == Cleaned(text=text)


@pytest.mark.parametrize(
    ("lang", "bio"),
    [
        (
            "it",
            "Giulia Neri è giornalista freelance e collabora con Il Fatto Quotidiano e "
            "Internazionale.",
        ),
        (
            "en",
            "Sam Patel is a freelance reporter who writes for The Courier and The Weekly Review.",
        ),
        ("de", "Lena Vogel ist freie Journalistin und schreibt für verschiedene Tageszeitungen."),
        ("fr", "Julie Bernard est journaliste indépendante et collabore avec des hebdomadaires."),
        ("es", "Lucía Gómez es periodista independiente y colabora con varios diarios."),
        ("pl", "Anna Nowak jest dziennikarką i pisze dla kilku tygodników."),
        ("nl", "Sanne Bakker is freelance journalist en schrijft voor de Volkskrant."),
        ("pt", "Rita Sousa é repórter freelancer e escreve para vários jornais."),
        ("en", "Tom Reed is a reporter at the Gazette. Follow him on Twitter @tomreed."),
        ("it", "Giulia Neri è una giornalista freelance. Collabora con Il Fatto Quotidiano."),
        ("de", "Lena Vogel ist freie Journalistin. Sie schreibt über Bildung und Familie."),
    ],
)
@pytest.mark.parametrize("paragraph_break", ["\n\n", "\n"])
def test_bio_paragraph_without_years_or_prizes(lang, bio, paragraph_break):
    result = remove_boilerplate(f"{OPENINGS[lang]}{paragraph_break}{bio}")
    assert result.text == OPENINGS[lang]
    assert [(r.text, r.reason) for r in result.removed] == [(bio, RemovalReason.AUTHOR_BIO)]
    assert "paragraph of its own" in result.removed[0].detail


def test_closing_about_the_journalist_the_story_is_about_stays():
    # "Doe" was named before: the paragraph is the story, not its byline.
    text = (
        "Police detained the reporter on Monday. Doe was released after six hours, her "
        "newspaper said.\n\nJane Doe is a correspondent for the Northern Star and has covered "
        "the protests since 2019."
    )
    assert remove_boilerplate(text).removed == ()


def test_bio_paragraph_whose_later_sentence_is_news_stays():
    text = (
        f"{OPENINGS['it']}\n\nMaria Rossi è giornalista de La Stampa. Ieri è stata aggredita "
        "davanti alla redazione."
    )
    assert remove_boilerplate(text).removed == ()
