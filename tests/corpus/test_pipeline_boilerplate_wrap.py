"""Boilerplate removal in hard-wrapped text (e-mail, newsletters: lines
broken at a fixed width): junk wrapped over several lines goes as one block,
with its line breaks, and a line carrying on a sentence is never cut alone.
Pure pipeline tests: no database.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpus.pipeline.boilerplate import remove_boilerplate
from corpus.pipeline.types import Cleaned, RemovalReason

from .test_pipeline_boilerplate import assert_nothing_lost

NEWSLETTER = (
    "Hello readers,\n\n"
    "This week we look at the housing market and at what the new lending rules\n"
    "mean for first-time buyers in the capital and across the rest of the\n"
    "country. Prices rose again in March, by 0.8 percent, the fastest pace since\n"
    "last summer.\n\n"
    "Next week: how the new rules affect renters, and what landlords plan to do\n"
    "about the rising cost of insurance, repairs and heating."
)


@pytest.mark.parametrize(
    ("block", "reason"),
    [
        (
            "The views expressed in this newsletter are those of the authors and do not\n"
            "necessarily reflect the position of the publisher or its partners.",
            RemovalReason.DISCLAIMER,
        ),
        (
            "Die in diesem Newsletter geäußerten Meinungen geben nicht\n"
            "unbedingt die Auffassung der Redaktion oder des Verlags wieder.",
            RemovalReason.DISCLAIMER,
        ),
        (
            "Les opinions exprimées dans cette lettre d'information ne reflètent pas\n"
            "nécessairement celles de la rédaction ou de ses partenaires.",
            RemovalReason.DISCLAIMER,
        ),
        (
            "Le opinioni espresse in questa newsletter non riflettono\n"
            "necessariamente quelle della redazione o dell'editore.",
            RemovalReason.DISCLAIMER,
        ),
        (
            "© 2024 Example Media Group. Reproduction of this newsletter in whole or in\n"
            "part without written permission is prohibited.",
            RemovalReason.COPYRIGHT,
        ),
        (
            "Jan de Vries is sinds 2010 correspondent voor NRC in Brussel en schrijft over\n"
            "Europese politiek en de interne markt.",
            RemovalReason.AUTHOR_BIO,
        ),
        (
            "Jane Doe is a technology reporter at the Daily Planet who covers Asia\n"
            "from Singapore; she has written for the Planet since 2012 and won the\n"
            "Walkley Award in 2019.",
            RemovalReason.AUTHOR_BIO,
        ),
    ],
)
def test_junk_wrapped_over_lines_at_the_tail_goes_as_one_block(block, reason):
    text = f"{NEWSLETTER}\n\n{block}"
    result = remove_boilerplate(text)
    assert result.text == NEWSLETTER
    assert [(r.text, r.reason) for r in result.removed] == [(block, reason)]
    lines = block.count("\n") + 1
    assert f"as one block of {lines} hard-wrapped lines" in result.removed[0].detail
    assert_nothing_lost(text, result)


def test_wrapped_disclaimer_at_the_head():
    disclaimer = (
        "Disclaimer: this newsletter is provided for information only and does\n"
        "not constitute investment advice of any kind."
    )
    text = f"{disclaimer}\n\n{NEWSLETTER}"
    result = remove_boilerplate(text)
    assert result.text == NEWSLETTER
    assert [(r.text, r.reason) for r in result.removed] == [
        (disclaimer, RemovalReason.DISCLAIMER)
    ]


def test_wrapped_junk_under_a_credit_line():
    disclaimer = (
        "The views expressed in this newsletter are those of the authors and do not\n"
        "necessarily reflect the position of the publisher or its partners."
    )
    text = f"{NEWSLETTER}\n\n{disclaimer}\nSource: Example Media"
    result = remove_boilerplate(text)
    assert result.text == NEWSLETTER
    assert [r.reason for r in result.removed] == [
        RemovalReason.DISCLAIMER,
        RemovalReason.SOURCE_LINE,
    ]


def test_bio_glued_to_a_wrapped_last_paragraph_keeps_the_real_sentences():
    last = (
        "The central bank raised rates again on Wednesday. Economists said the\n"
        "bank was likely to move again in June. John Carter is a senior\n"
        "correspondent for the Daily Ledger and author of two books on central\n"
        "banking; he won the Overseas Press Award in 2018."
    )
    text = f"{NEWSLETTER}\n\n{last}"
    result = remove_boilerplate(text)
    kept = last[: last.index(" John Carter")]
    assert result.text == f"{NEWSLETTER}\n\n{kept}"
    assert [r.reason for r in result.removed] == [RemovalReason.AUTHOR_BIO]
    assert result.removed[0].text == last[last.index("John Carter") :]
    assert "\n" in result.removed[0].text
    assert_nothing_lost(text, result)


def test_credit_line_under_a_wrapped_paragraph_goes_alone():
    # The paragraph's last line ends a sentence: the credit below is a line
    # of its own, and the wide wrapped lines above it stay.
    text = f"{NEWSLETTER}\n© 2024 Example Media"
    result = remove_boilerplate(text)
    assert result.text == NEWSLETTER
    assert [r.text for r in result.removed] == ["© 2024 Example Media"]


# --- Wrapped content stays --------------------------------------------------------


def test_wrapped_last_line_ending_in_an_ellipsis_is_no_teaser():
    text = textwrap.fill(
        "The storm hit the coast on Monday night. Residents spent the next day clearing "
        "debris and counting losses. Some have already decided to leave. Others say they "
        "will rebuild, as they did after the last storm, and the one before that. Nobody "
        "knows how many more storms the town can take…",
        60,
    )
    assert text.rsplit("\n", 1)[-1].startswith("Nobody")  # a whole sentence on the line
    assert remove_boilerplate(text) == Cleaned(text=text)


def test_wrapped_line_carrying_on_a_sentence_mid_text_stays():
    # "(c) 2019, ..." opens a line only because the sentence was wrapped there.
    text = (
        "The court had ruled on the question three times before. Its judges\n"
        "pointed to the federal court's earlier rulings (a) 2011, (b) 2015 and\n"
        "(c) 2019, all of them decided by the same chamber under its former\n"
        "president, who retired in 2021.\n\n"
        "The appeal will be heard in May."
    )
    assert remove_boilerplate(text) == Cleaned(text=text)


def test_wrapped_closing_about_a_person_stays():
    text = (
        f"{NEWSLETTER}\n\n"
        "The new library was designed by the architect Luca Bianchi, who has\n"
        "taught at the Politecnico di Milano since 1998 and won the Compasso\n"
        "d'Oro in 2015."
    )
    assert remove_boilerplate(text) == Cleaned(text=text)


def test_short_lines_are_not_taken_for_a_wrapped_block():
    # A heading and a short credit are lines of their own, not a wrapped block.
    text = f"{NEWSLETTER}\n\nAbout this newsletter\nSource: Example Media"
    result = remove_boilerplate(text)
    assert [r.text for r in result.removed] == ["Source: Example Media"]


SENTENCES = [
    "The council approved the budget on Tuesday after a long debate.",
    "Opponents said the plan would raise taxes for families in 2025 and 2026.",
    "Der Stadtrat beschloss den Neubau der Brücke, der 2027 fertig sein soll.",
    "Le projet a été conçu par l'architecte Jean Dubois, lauréat du prix en 2012.",
    "La atleta Marta López ganó el campeonato del mundo en 2015 y en 2017.",
    "Il progetto è firmato da Luca Bianchi, che nel 2015 ha vinto un premio.",
    "Prices rose by 0.8 percent in March, the fastest pace since last summer.",
    "Nobody knows how many more storms the town can take…",
    "The judges cited rulings from (a) 2011, (b) 2015 and (c) 2019 in their decision.",
    "Source of the increase, economists said, was energy.",
]


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(
        st.tuples(
            st.lists(st.sampled_from(SENTENCES), max_size=5),
            st.sampled_from([x for x in SENTENCES if x.endswith(".")]),
        ),
        min_size=2,
        max_size=5,
    ),
    wrap_at=st.integers(min_value=35, max_value=100),
)
def test_hard_wrapping_content_never_makes_it_junk(paragraphs, wrap_at):
    # Content left alone with one line per paragraph is left alone however
    # it is wrapped. (A lone "…" sentence at the tail is a teaser by design:
    # paragraphs here end with a full stop.)
    paragraphs = [" ".join([*body, last]) for body, last in paragraphs]
    assume(remove_boilerplate("\n\n".join(paragraphs)).removed == ())
    text = "\n\n".join(textwrap.fill(p, wrap_at) for p in paragraphs)
    assert remove_boilerplate(text) == Cleaned(text=text)


def test_a_line_continuing_a_broken_sentence_is_never_a_credit_line():
    # Irregular wrapping (ellipsis lines among wrapped ones) hides the block's
    # shape; "(c) 2019 ..." still carries on "(b) 2015 and" from above.
    text = (
        "The council approved the budget on Tuesday after a\nlong debate.\n\n"
        "Nobody knows how many more storms the town can take…\n"
        "Nobody knows how many more floods the valley can bear…\n"
        "The judges cited rulings from (a) 2011, (b) 2015 and\n"
        "(c) 2019 in their decision. Opponents said the plan\n"
        "would raise taxes for families in 2025 and 2026.\n"
        "Nobody knows how many more storms the town can take…\n"
        "The council approved the budget on Tuesday after a\nlong debate."
    )
    assert remove_boilerplate(text) == Cleaned(text=text)
