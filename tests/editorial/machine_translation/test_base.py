"""What every engine inherits: the checks between an engine's answer and the caller."""

from __future__ import annotations

import pytest

from editorial.machine_translation import errors
from editorial.machine_translation.base import MachineTranslationEngine


class ScriptedEngine(MachineTranslationEngine):
    """An engine whose answers a test sets (the HTTP engines have their own servers)."""

    default_label = "Scripted"

    def __init__(self, answers, **kwargs):
        super().__init__(name="scripted", **kwargs)
        self.answers = list(answers)
        self.sent = []

    def resolve_pair(self, source, target):
        return source, target

    def translate_chunk(self, texts, source, target):
        self.sent.append(texts)
        return self.answers.pop(0)


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (("a", "b"), errors.MalformedResponse),
        ("ab", errors.MalformedResponse),
        (["a", 2], errors.MalformedResponse),
        (["a"], errors.PartialResponse),
        (["a", "b", "c"], errors.PartialResponse),
    ],
)
def test_an_answer_that_is_not_one_string_per_text_fails(answer, error):
    with pytest.raises(error):
        ScriptedEngine([answer]).translate(["x", "y"], source="de", target="en")


def test_answers_are_put_back_in_place_around_blank_texts():
    engine = ScriptedEngine([["A", "B"], ["C"]], options={"MAX_TEXTS": 2})

    assert engine.translate(["a", "", "b", "\n", "c"], source="de", target="en") == ["A", "", "B", "\n", "C"]
    assert engine.sent == [["a", "b"], ["c"]]


def test_a_later_bad_chunk_discards_the_earlier_good_ones():
    engine = ScriptedEngine([["A", "B"], ["C", "D"], ["E"]], options={"MAX_TEXTS": 2})

    with pytest.raises(errors.PartialResponse) as caught:
        engine.translate(["a", "b", "c", "d", "e", "f"], source="de", target="en")

    assert caught.value.params == {"engine": "Scripted", "received": 1, "expected": 2}
    assert len(engine.sent) == 3


@pytest.mark.parametrize("options", [{"MAX_TEXTS": 0}, {"MAX_SIZE": -1}])
def test_limits_must_be_positive(options):
    with pytest.raises(ValueError):
        ScriptedEngine([], options=options)
