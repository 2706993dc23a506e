"""Duplicated text (boilerplate/duplicates.py): later copies cut and recorded,
the first kept; verse and short repeats left alone."""

from __future__ import annotations

import pytest

from corpus.pipeline.boilerplate import remove_boilerplate
from corpus.pipeline.types import RemovalReason as R

PARAGRAPHS = {
    "en": ("The council approved the new budget on Tuesday after a long debate in the chamber.",
           "Critics said the plan would raise rents in the old town."),
    "ru": ("Городской совет во вторник после долгих дебатов утвердил новый бюджет на следующий год.",
           "Критики заявили, что план приведёт к росту арендной платы."),
    "ja": ("市議会は火曜日、長い議論の末に新しい予算案を承認した。反対派は家賃が上がると批判しており、今後も議論が続く見通しだ。",
           "批判的な人々は、計画によって旧市街の家賃が上がると述べた。"),
}


@pytest.mark.parametrize("lang", PARAGRAPHS)
def test_a_doubled_paragraph_is_cut_once_and_recorded(lang):
    first, second = PARAGRAPHS[lang]
    cleaned = remove_boilerplate(f"{first}\n\n{second}\n\n{first}")
    assert cleaned.text.count(first) == 1 and second in cleaned.text
    assert [(r.reason, r.text) for r in cleaned.removed] == [(R.DUPLICATE, first)]


@pytest.mark.parametrize(
    "sentence",
    ["The minister said the plan would be ready by the end of June.",
     "Der Minister sagte, der Plan werde bis Ende Juni fertig sein.",
     "وقال الوزير إن الخطة ستكون جاهزة بحلول نهاية يونيو."],
)
def test_a_sentence_repeated_right_after_itself_is_collapsed(sentence):
    text = f"{sentence} {sentence} Then the session ended."
    cleaned = remove_boilerplate(text)
    assert cleaned.text.count(sentence) == 1 and "Then the session ended." in cleaned.text
    assert [r.reason for r in cleaned.removed] == [R.DUPLICATE]


def test_a_repeated_chorus_is_verse_not_a_duplicate():
    chorus = "Oh, the river runs so deep\nAnd the night is long and cold\nSing it softly, let them sleep"
    text = f"The band closed with its old hit.\n\n{chorus}\n\nVerse two follows.\n\n{chorus}"
    assert remove_boilerplate(text).removed == ()


def test_short_repeats_stay():
    text = "Yes. Yes. The vote passed.\n\nThank you.\n\nThank you."
    assert remove_boilerplate(text).removed == ()


def test_a_doubled_line_in_a_one_paragraph_per_line_text_is_cut():
    first = ("Le conseil municipal a adopté mardi soir le nouveau budget après un très long débat "
             "qui a duré plus de six heures.")
    second = "Les opposants estiment que le plan fera grimper les loyers dans la vieille ville."
    cleaned = remove_boilerplate(f"{first}\n{second}\n{first}")
    assert cleaned.text == f"{first}\n{second}"
    assert [r.reason for r in cleaned.removed] == [R.DUPLICATE]


def test_a_wrapped_paragraph_line_is_never_cut_as_a_duplicate():
    line = "The council approved the budget on Tuesday after a long debate."
    text = f"{line}\n\n{line}\nOpponents said the plan would raise taxes for families."
    assert remove_boilerplate(text).removed == ()
