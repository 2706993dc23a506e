"""Boilerplate removal: teaser tails, prompts, separators, credit lines, the
seeds, and the no-loss property. Author bios and dialogue:
test_pipeline_boilerplate_bio.py.

Pure pipeline tests: no database, no Django settings needed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.pipeline.boilerplate import remove_boilerplate
from corpus.pipeline.text import split_sentences
from corpus.pipeline.types import Cleaned, RemovalReason

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FRENCH_SEED = SEEDS / "000_7069a60d505a5b5d.txt"
GERMAN_SEED = SEEDS / "002_86ddeaf27447719a.txt"


def reasons(result: Cleaned) -> list[RemovalReason]:
    return [r.reason for r in result.removed]


def non_ws(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace())


def assert_nothing_lost(text: str, result: Cleaned) -> None:
    """Every non-whitespace character is kept or in exactly one removal, and
    removals are verbatim spans listed in document order."""
    accounted = non_ws(result.text)
    for removal in result.removed:
        accounted += non_ws(removal.text)
    assert accounted == non_ws(text)
    pos = 0
    for removal in result.removed:
        found = text.find(removal.text, pos)
        assert found >= 0, removal
        pos = found + len(removal.text)
    assert all(r.detail and r.detail.endswith(".") for r in result.removed)


# --- The seeds ---------------------------------------------------------------


def test_french_seed_is_unchanged():
    text = FRENCH_SEED.read_text(encoding="utf-8")
    result = remove_boilerplate(text, language="fr")
    assert result.removed == ()
    assert result.text == text


@pytest.fixture(scope="module")
def german():
    text = GERMAN_SEED.read_text(encoding="utf-8")
    return text, remove_boilerplate(text, language="de")


def test_german_seed_junk_is_gone_and_recorded(german):
    # Properties, not counts: every line below the one-line interview is
    # junk (prompt, teasers), the bio glued onto the interview and the "|"
    # before it are cut, and all of it is recorded verbatim.
    text, result = german
    assert {
        RemovalReason.AUTHOR_BIO, RemovalReason.SEPARATOR,
        RemovalReason.PROMPT_LINE, RemovalReason.TEASER_BLOCK,
    } <= set(reasons(result))
    removed = "\n".join(r.text for r in result.removed)
    for line in text.split("\n")[1:]:
        assert line.strip() in removed
    assert "Als Gewinner des Qingyun-Plans" in removed
    assert all(r.detail for r in result.removed)
    assert_nothing_lost(text, result)


def test_german_seed_keeps_the_whole_interview(german):
    text, result = german
    interview = text.split("\n")[0]
    before_bio = interview[: interview.index("Als Gewinner")]
    assert result.text == before_bio.rstrip()
    assert result.text.endswith("Sorkin: Vielen Dank, Herr Jack Ma, danke!")
    for sentence in split_sentences(before_bio):
        assert sentence in result.text
    assert "\n" not in result.text


# --- Teaser tails -----------------------------------------------------------

EN_ARTICLE = (
    "The city council voted on Tuesday to expand the bike lane network by 40 kilometres.\n"
    "Supporters said the plan would cut traffic deaths. Opponents warned about the cost.\n"
    '"We have waited long enough," said councillor Maria Lopez.'
)
EN_TEASERS = (
    "City unveils new budget for public transport in...\n"
    "Five things to know about the new parking rules...\n"
    "Mayor faces criticism over delayed bridge repair..."
)


def test_english_teasers_with_heading():
    text = f"{EN_ARTICLE}\n\nRelated articles\n{EN_TEASERS}"
    result = remove_boilerplate(text, language="en")
    assert result.text == EN_ARTICLE
    assert reasons(result) == [RemovalReason.TEASER_HEADING, RemovalReason.TEASER_BLOCK]
    assert result.removed[0].text == "Related articles"
    assert result.removed[1].text == EN_TEASERS
    assert_nothing_lost(text, result)


def test_english_teasers_without_heading_and_wrong_language_hint():
    text = f"{EN_ARTICLE}\n{EN_TEASERS}"
    result = remove_boilerplate(text, language="ja")
    assert result.text == EN_ARTICLE
    assert reasons(result) == [RemovalReason.TEASER_BLOCK]


def test_generic_short_heading_without_punctuation_goes_with_the_block():
    text = f"{EN_ARTICLE}\nOur picks this week\n{EN_TEASERS}"
    result = remove_boilerplate(text)
    assert result.text == EN_ARTICLE
    assert [(r.text, r.reason) for r in result.removed][0] == (
        "Our picks this week",
        RemovalReason.TEASER_HEADING,
    )


def test_spanish_teasers_then_source_line():
    article = (
        "El Gobierno aprobó este martes una reforma de las pensiones.\n"
        "Los sindicatos anunciaron movilizaciones para el próximo mes."
    )
    text = (
        f"{article}\nMás noticias\n"
        "La inflación baja al 3% en marzo por el abaratamiento de...\n"
        "El Real Madrid gana al Barcelona en un partido lleno de...\n"
        "Cinco consejos para ahorrar en la factura de la luz este...\n"
        "Fuente: EFE"
    )
    result = remove_boilerplate(text, language="es")
    assert result.text == article
    assert reasons(result) == [
        RemovalReason.TEASER_HEADING,
        RemovalReason.TEASER_BLOCK,
        RemovalReason.SOURCE_LINE,
    ]
    assert_nothing_lost(text, result)


def test_russian_teasers_with_unicode_ellipsis_and_copyright():
    article = (
        "Правительство объявило о новых мерах поддержки малого бизнеса.\nПрограмма начнётся в июле."
    )
    text = (
        f"{article}\n\nЧитайте также:\n"
        "Центробанк сохранил ключевую ставку на прежнем уровне…\n"
        "В Москве открылся новый парк на месте бывшего завода…\n\n"
        "© 2023 Новостное агентство. Все права защищены."
    )
    result = remove_boilerplate(text, language="ru")
    assert result.text == article
    assert reasons(result) == [
        RemovalReason.TEASER_HEADING,
        RemovalReason.TEASER_BLOCK,
        RemovalReason.COPYRIGHT,
    ]


def test_chinese_teasers_credits_and_disclaimer():
    article = "国家统计局今天发布数据，一季度国内生产总值同比增长百分之五点三。\n分析人士认为，消费回暖是经济增长的主要动力。"
    text = (
        f"{article}\n来源：新华社\n责任编辑：李四\n相关阅读\n"
        "央行宣布下调存款准备金率，释放长期资金约一万亿元……\n"
        "多地出台新政策支持首套住房购买需求……\n"
        "本文仅代表作者观点，不代表本站立场。"
    )
    result = remove_boilerplate(text, language=None)
    assert result.text == article
    assert reasons(result) == [
        RemovalReason.SOURCE_LINE,
        RemovalReason.SOURCE_LINE,
        RemovalReason.TEASER_HEADING,
        RemovalReason.TEASER_BLOCK,
        RemovalReason.DISCLAIMER,
    ]
    assert_nothing_lost(text, result)


def test_arabic_teasers_without_heading_word_list_hint():
    article = (
        "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة.\n"
        "وقال الوزير إن المستشفى سيخدم أكثر من مليون مواطن."
    )
    text = (
        f"{article}\n"
        "ارتفاع أسعار النفط في الأسواق العالمية بعد قرار...\n"
        "الحكومة تعلن عن خطة جديدة لدعم الشباب في مجال...\n"
        "المصدر: وكالة الأنباء"
    )
    result = remove_boilerplate(text, language="en")
    assert result.text == article
    assert reasons(result) == [RemovalReason.TEASER_BLOCK, RemovalReason.SOURCE_LINE]


def test_japanese_heading_and_korean_credit():
    text = (
        "日本銀行は金利を据え置いた。\n関連記事\n"
        "円安が進む中、輸入物価の上昇が続く…\n日経平均が最高値を更新、半導体株が牽引…\n"
        "출처: 연합뉴스"
    )
    result = remove_boilerplate(text)
    assert result.text == "日本銀行は金利を据え置いた。"
    assert RemovalReason.TEASER_HEADING in reasons(result)


def test_korean_midline_ellipsis_and_short_titles_under_a_heading():
    text = (
        "정부는 오늘 새로운 정책을 발표했다.\n\n관련기사\n부동산 대책 발표\n"
        "서울 아파트 가격 상승세 계속⋯\n한국은행 기준금리 동결 결정⋯\n(연합뉴스)"
    )
    result = remove_boilerplate(text, language="ko")
    assert result.text == "정부는 오늘 새로운 정책을 발표했다."
    assert reasons(result) == [
        RemovalReason.TEASER_HEADING,
        RemovalReason.TEASER_BLOCK,
        RemovalReason.SOURCE_LINE,
    ]
    assert result.removed[1].text.startswith("부동산 대책 발표\n")


def test_single_short_cut_off_line_at_the_tail_is_a_teaser():
    article = "The vote is expected on Thursday. Lawmakers remain divided."
    text = f"{article}\nHow the new tax rules affect your pension and savings..."
    result = remove_boilerplate(text)
    assert result.text == article
    assert result.removed[0].reason is RemovalReason.TEASER_BLOCK
    assert "single" in result.removed[0].detail


def test_sentence_ending_in_ellipsis_mid_text_stays():
    text = (
        "The negotiations dragged on for weeks...\n"
        "Then, on Friday, both sides signed the agreement. Officials called it a breakthrough."
    )
    assert remove_boilerplate(text) == Cleaned(text=text)


def test_long_final_paragraph_ending_in_ellipsis_stays():
    text = (
        "The storm hit the coast on Monday night.\n"
        "Residents spent the next day clearing debris and counting losses. Some have already "
        "decided to leave. Others say they will rebuild, as they did after the last storm, and "
        "the one before that. Nobody knows how many more storms the town can take…"
    )
    assert remove_boilerplate(text).text == text


# --- Prompts and separators --------------------------------------------------


def test_prompt_lines_at_tail_and_strict_prompts_mid_text():
    text = (
        "First paragraph of the story.\n>> Mehr dazu: Die Hintergründe\n"
        "Second paragraph continues here.\n→ This arrow line is a list item.\nEnd of story.\n"
        "» Mehr: Alle Artikel zum Thema\n→ Zur Startseite"
    )
    result = remove_boilerplate(text)
    assert result.text == (
        "First paragraph of the story.\nSecond paragraph continues here.\n"
        "→ This arrow line is a list item.\nEnd of story."
    )
    assert reasons(result) == [RemovalReason.PROMPT_LINE] * 3


def test_tag_share_and_agency_lines_at_the_tail():
    article = "Share prices fell 3 percent on Monday.\nThe index closed lower."
    tail = [
        "Tags: markets, stocks",
        "Share this article",
        "Folgen Sie uns auf Twitter!",
        "分享到：微信 微博",
        "— Reuters",
    ]
    result = remove_boilerplate(article + "\n" + "\n".join(tail))
    assert result.text == article
    assert [r.text for r in result.removed] == tail


def test_german_quote_opening_with_guillemet_is_not_a_prompt():
    text = "Der Minister sprach lange.\n»Wir schaffen das«, sagte er am Ende."
    assert remove_boilerplate(text).removed == ()


@pytest.mark.parametrize("separator", ["|", "---", "***", "• • •", "=====", "* * *", "———"])
def test_separator_lines_are_removed_and_paragraphs_stay_apart(separator):
    text = f"First paragraph.\n\n{separator}\n\nSecond paragraph.\n{separator}"
    result = remove_boilerplate(text)
    assert result.text == "First paragraph.\n\nSecond paragraph."
    assert reasons(result) == [RemovalReason.SEPARATOR] * 2
    assert all(r.text == separator for r in result.removed)


def test_separator_glued_to_the_last_paragraph():
    text = "The match ended 2-1. It was the first win of the season. |"
    result = remove_boilerplate(text)
    assert result.text == "The match ended 2-1. It was the first win of the season."
    assert [(r.text, r.reason) for r in result.removed] == [("|", RemovalReason.SEPARATOR)]


# --- Source, copyright, disclaimer -------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Source: Reuters", RemovalReason.SOURCE_LINE),
        ("Quelle: dpa", RemovalReason.SOURCE_LINE),
        ("Fuente: Agencia EFE", RemovalReason.SOURCE_LINE),
        ("Источник: ТАСС", RemovalReason.SOURCE_LINE),
        ("Źródło: PAP", RemovalReason.SOURCE_LINE),
        ("Kaynak: AA", RemovalReason.SOURCE_LINE),
        ("(Reporting by Jane Doe; Editing by John Roe)", RemovalReason.SOURCE_LINE),
        ("责任编辑：王五", RemovalReason.SOURCE_LINE),
        ("© 2023 Example Media GmbH", RemovalReason.COPYRIGHT),
        ("(c) Example Media", RemovalReason.COPYRIGHT),
        ("Copyright 2024 The Daily Planet. All rights reserved.", RemovalReason.COPYRIGHT),
        ("Alle Rechte vorbehalten.", RemovalReason.COPYRIGHT),
        ("Tous droits réservés", RemovalReason.COPYRIGHT),
        ("版权所有，未经授权禁止转载。", RemovalReason.COPYRIGHT),
        ("Disclaimer: This is not investment advice.", RemovalReason.DISCLAIMER),
        (
            "Haftungsausschluss: Dieser Artikel stellt keine Anlageberatung dar.",
            RemovalReason.DISCLAIMER,
        ),
        (
            "The views expressed in this article are those of the author and do not necessarily "
            "reflect the position of the publisher.",
            RemovalReason.DISCLAIMER,
        ),
        (
            "Les opinions exprimées ne reflètent pas nécessairement celles de la rédaction.",
            RemovalReason.DISCLAIMER,
        ),
        ("本文仅代表作者观点，不代表本站立场。", RemovalReason.DISCLAIMER),
        ("الآراء الواردة لا تعبر بالضرورة عن رأي الموقع.", RemovalReason.DISCLAIMER),
    ],
)
def test_credit_lines_at_the_tail(line, reason):
    article = "The central bank raised rates by a quarter point.\nIt was the fifth rise this year."
    result = remove_boilerplate(f"{article}\n\n{line}")
    assert result.text == article
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]


def test_credit_lines_at_the_head():
    text = (
        "Source: Reuters\n© 2024 Example Media\n"
        "The central bank raised rates by a quarter point.\nIt was the fifth increase this year."
    )
    result = remove_boilerplate(text)
    assert result.text.startswith("The central bank")
    assert reasons(result) == [RemovalReason.SOURCE_LINE, RemovalReason.COPYRIGHT]


def test_headlines_that_merely_start_with_a_marker_word_stay():
    text = (
        "Copyright reform passes in parliament\n"
        "Photo: Firefighters battle a blaze in the hills above the city\n"
        "The new law changes how artists are paid. It takes effect in June."
    )
    assert remove_boilerplate(text).removed == ()


def test_ambiguous_notice_label_is_a_disclaimer_only_at_the_edge():
    text = "Las lluvias siguen.\nAviso: las carreteras cierran mañana.\nLa policía pide calma."
    assert remove_boilerplate(text).removed == ()
    result = remove_boilerplate(text + "\nAviso: este contenido es solo informativo.")
    assert reasons(result) == [RemovalReason.DISCLAIMER]


def test_mid_text_credit_only_when_short_and_marker_first():
    text = (
        "Inflation rose to 3 percent in March.\nQuelle: Statistisches Bundesamt\n"
        "Economists had expected a smaller rise. The source of the increase, they said, "
        "was energy; All rights reserved is what the label said.\nPrices may fall later."
    )
    result = remove_boilerplate(text)
    assert [(r.text, r.reason) for r in result.removed] == [
        ("Quelle: Statistisches Bundesamt", RemovalReason.SOURCE_LINE)
    ]
    assert "All rights reserved is what the label said." in result.text


def test_interview_label_that_looks_like_a_credit_stays_mid_text():
    text = "Editor: What do you make of the result?\nMinister: It is a good day.\nThat was all."
    assert remove_boilerplate(text).removed == ()


# --- Never everything ----------------------------------------------------------


def test_text_made_only_of_junk_keeps_its_content():
    # With nothing above them, the teaser lines are all the content there is.
    text = (
        "Related articles\nSomething happened in the city centre...\n"
        "Another thing happened elsewhere...\n---\nSource: Reuters"
    )
    result = remove_boilerplate(text)
    assert result.text == (
        "Related articles\nSomething happened in the city centre...\n"
        "Another thing happened elsewhere..."
    )
    assert reasons(result) == [RemovalReason.SEPARATOR, RemovalReason.SOURCE_LINE]
    assert_nothing_lost(text, result)


def test_when_every_line_is_junk_only_separators_go():
    text = "Source: Reuters\n***\n© 2023 Example Media\n>> Mehr: Startseite"
    result = remove_boilerplate(text)
    assert result.text == "Source: Reuters\n© 2023 Example Media\n>> Mehr: Startseite"
    assert [(r.text, r.reason) for r in result.removed] == [("***", RemovalReason.SEPARATOR)]


def test_single_credit_line_is_kept_alone():
    assert remove_boilerplate("© 2023 Example Media").text == "© 2023 Example Media"


def test_blank_input_comes_back_as_is():
    assert remove_boilerplate("  \n\n ") == Cleaned(text="  \n\n ")


def test_removed_whitespace_does_not_dangle():
    text = "\n\nSource: AP\n\nFirst paragraph.\n\n|\n\nSecond paragraph.\n\n---\n\n"
    assert remove_boilerplate(text).text == "First paragraph.\n\nSecond paragraph."


# --- The no-loss property ------------------------------------------------------

FRAGMENTS = [
    "The minister said the plan would be ready by June.",
    "Der Minister sagte, der Plan sei im Juni fertig.",
    "Министр заявил, что план будет готов к июню.",
    "部长表示，该计划将于六月完成。",
    "قال الوزير إن الخطة ستكون جاهزة في يونيو.",
    "City unveils new budget for public transport in...",
    "Lesen Sie auch",
    "相关阅读",
    "Heute ist Lehrertag. Wenn Sie an Ihre Studienzeit…",
    "|", "---", "* * *", "»", ">>: Wo liegt die Zukunft?", "→ Mehr",
    "Source: Reuters", "© 2023 Foo", "Disclaimer: none.", "来源：新华社",
    "Jane Doe is a reporter at the Planet. She has won two awards in 2015 and 2019.",
    "Als Gewinner des Preises 2019 und 2021 hat er viele Auszeichnungen gewonnen, darunter Foo.",
    "Sorkin: Vielen Dank, danke!",
    "",
]
line = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=60))
joiner = st.sampled_from(["\n", "\n\n", " ", " | ", "\n \n", ""])


@st.composite
def documents(draw):
    parts = draw(st.lists(line, min_size=0, max_size=14))
    out = ""
    for part in parts:
        out += part + draw(joiner)
    return out


@settings(max_examples=400, deadline=None)
@given(documents())
def test_nothing_is_lost_and_something_stays(text):
    result = remove_boilerplate(text, language="de")
    assert_nothing_lost(text, result)
    if any(ch.isalpha() for ch in text):
        assert any(ch.isalpha() for ch in result.text)
    if not result.removed:
        assert result.text == text
