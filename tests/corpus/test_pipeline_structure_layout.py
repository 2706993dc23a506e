"""Paragraph recovery from layout: line paragraphs, hard wrapping, walls of
plain text, and the no-loss property (corpus/pipeline/structure.py)."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.pipeline.structure import recover_paragraphs

EMAIL_PARAGRAPHS = (
    "The city council approved the new transport plan on Tuesday evening after "
    "a debate that lasted almost six hours and drew hundreds of residents to "
    "the town hall.",
    "Under the plan, bus lines will run every ten minutes during the day, and "
    "a night service will connect the university with the train station for "
    "the first time since the network was reorganised in 2009.",
    "Critics said the budget relies on optimistic ticket sales, while "
    "supporters argued that better service would attract new passengers and "
    "reduce traffic in the old town.",
)


def squash(text: str) -> str:
    return "".join(text.split())


def assert_lossless(text: str, paragraphs: tuple[str, ...]) -> None:
    assert squash("".join(paragraphs)) == squash(text)
    assert all(p and p == p.strip() for p in paragraphs)


def test_blank_line_blocks_are_paragraphs():
    text = "Erster Absatz.\n\n  Zweiter Absatz ohne Punkt\n\n\nDritter Absatz!\n"
    assert recover_paragraphs(text).paragraphs == (
        "Erster Absatz.", "Zweiter Absatz ohne Punkt", "Dritter Absatz!")


def test_lines_of_varied_length_stay_paragraphs_and_headings_stand_alone():
    text = (
        "Elections in Ghana\n"
        "Voters queued from dawn in Accra on Saturday, many of them for the first time.\n"
        "Turnout was high.\n"
        "What comes next\n"
        "The electoral commission promised results within 72 hours of the polls closing, "
        "and observers from the African Union said the vote had been calm.\n"
    )
    assert recover_paragraphs(text).paragraphs == tuple(text.strip().split("\n"))


def test_hard_wrapped_email_is_rejoined_with_blank_lines():
    text = "\n\n".join(textwrap.fill(p, 72) for p in EMAIL_PARAGRAPHS)
    assert text.count("\n") > 8
    assert recover_paragraphs(text, language="en").paragraphs == EMAIL_PARAGRAPHS


def test_hard_wrapped_text_without_blank_lines_keeps_heading_and_short_last_lines():
    body = "\n".join(textwrap.fill(p, 66) for p in EMAIL_PARAGRAPHS)
    text = "Transport plan approved\n" + body
    assert recover_paragraphs(text, language="en").paragraphs == (
        "Transport plan approved", *EMAIL_PARAGRAPHS)


def test_indented_first_lines_open_paragraphs_in_wrapped_text():
    text = "\n".join("    " + textwrap.fill(p, 60) for p in EMAIL_PARAGRAPHS)
    assert recover_paragraphs(text, language="en").paragraphs == EMAIL_PARAGRAPHS
    # Every line is about equally wide (each paragraph cut in two halves),
    # so only the full-width indentation tells where a paragraph starts.
    first = "国务院新闻办公室今天上午九点举行发布会介绍今年前三季度国民经济运行情况。"
    second = "国家统计局新闻发言人表示前三季度就业形势稳定居民收入继续增加市场供应充足。"
    lines = []
    for paragraph in (first, second):
        indented = "　　" + paragraph
        half = (len(indented) + 1) // 2
        lines += [indented[:half], indented[half:]]
    assert all(len(line) >= 18 for line in lines)
    result = recover_paragraphs("\n".join(lines), language="zh")
    assert result.paragraphs == (first, second)


def test_hyphenated_line_break_is_glued_keeping_the_hyphen():
    text = (
        "Das neue Ver-\n"
        "fahren wurde im Landtag lange und kontrovers diskutiert, bevor die\n"
        "Abgeordneten am Ende mit großer Mehrheit zustimmten und die Regierung\n"
        "die Umsetzung für das kommende Frühjahr ankündigte, wie es hieß.\n"
    )
    (paragraph,) = recover_paragraphs(text, language="de").paragraphs
    assert paragraph.startswith("Das neue Ver-fahren wurde im Landtag")
    assert "bevor die Abgeordneten" in paragraph


def test_broken_sentence_outside_wrapped_text_is_rejoined():
    text = (
        "Le gouvernement a présenté mardi un projet de loi sur l'énergie qui\n"
        "prévoit la construction de six nouveaux réacteurs d'ici 2035.\n"
        "Les syndicats ont salué l'annonce.\n"
    )
    assert recover_paragraphs(text, language="fr").paragraphs == (
        "Le gouvernement a présenté mardi un projet de loi sur l'énergie qui "
        "prévoit la construction de six nouveaux réacteurs d'ici 2035.",
        "Les syndicats ont salué l'annonce.",
    )


def test_cjk_wrapped_lines_are_joined_without_spaces():
    paragraph = (
        "国务院新闻办公室今天上午举行发布会，介绍今年前三季度国民经济运行情况。"
        "国家统计局新闻发言人表示，前三季度国内生产总值同比增长百分之五点二，"
        "就业形势总体稳定，居民收入继续增加，市场供应充足，物价保持平稳。"
    )
    text = "\n".join(paragraph[i : i + 30] for i in range(0, len(paragraph), 30))
    assert text.count("\n") >= 3
    assert recover_paragraphs(text, language="zh").paragraphs == (paragraph,)


def test_wall_of_plain_text_is_split_at_sentence_ends():
    sentences = [
        f"Sentence number {i} describes the harvest in the northern valley, where "
        f"farmers reported {i * 3} tonnes of grain despite the dry summer."
        for i in range(40)
    ]
    text = " ".join(sentences)
    assert len(text) > 5000
    result = recover_paragraphs(text, language="en")
    assert_lossless(text, result.paragraphs)
    assert len(result.paragraphs) >= 5
    assert all(300 <= len(p) <= 1000 for p in result.paragraphs)
    assert all(p.startswith("Sentence number") and p.endswith(".") for p in result.paragraphs)
    assert recover_paragraphs(text, language="en") == result  # deterministic


def test_cjk_wall_is_split_with_wide_characters_weighing_double():
    text = "".join(f"第{i}句话介绍了今年北方地区的粮食收成情况，农民普遍表示满意。" for i in range(40))
    result = recover_paragraphs(text, language="zh")
    assert_lossless(text, result.paragraphs)
    assert len(result.paragraphs) >= 4
    assert all(p.endswith("。") for p in result.paragraphs)


def test_wall_is_not_cut_inside_a_quotation():
    quote = " ".join(f"Phrase {i} du discours, lue lentement devant la salle." for i in range(16))
    text = (
        "Le président a pris la parole devant les députés réunis à Versailles. " * 4
        + f"Il a déclaré : « {quote} » "
        + "La séance a ensuite été levée dans le calme. " * 8
    )
    result = recover_paragraphs(text, language="fr")
    assert_lossless(text, result.paragraphs)
    assert len(result.paragraphs) >= 2
    for paragraph in result.paragraphs:
        assert paragraph.count("«") == paragraph.count("»")


def test_empty_and_blank_inputs():
    assert recover_paragraphs("").paragraphs == ()
    assert recover_paragraphs(" \n\t\u00a0\n").paragraphs == ()


def test_windows_line_endings_and_unicode_line_separators():
    text = "Premier paragraphe.\r\n\r\nSecond paragraphe.\u2029Troisième."
    assert recover_paragraphs(text).paragraphs == (
        "Premier paragraphe.", "Second paragraphe.", "Troisième.")


# --- The hard invariant -------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("aeinrstAEINRSTäßéçМоскваДа马云记者问答：。？！“”„«»\"'")
    + [" ", " ", " ", "\n", "\n\n", "\u00a0", "\u202f", "\t", ".", ". ", "? ", ": ", "-",
       "— ", "10:30", "http://x.y", "Sorkin: ", "Solkin: ", "Jack Ma: ", "Q: ", "A: ",
       "Heading Words ", "word " * 30, "Satz eins. " * 20]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_no_text_lost_altered_or_reordered(text):
    result = recover_paragraphs(text)
    assert_lossless(text, result.paragraphs)
    assert len(result.speakers) == len(set(result.speakers))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3000))
def test_no_text_lost_on_arbitrary_unicode(text):
    assert_lossless(text, recover_paragraphs(text).paragraphs)
