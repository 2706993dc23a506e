"""Tests for corpus.pipeline.decode.twins: code pages that share their
letters and differ at a few bytes (ISO-8859-7 / cp1253 above all).

Inputs are made up here and encoded in the test.
"""

from __future__ import annotations

import pytest

from corpus.pipeline.decode import decode
from corpus.pipeline.decode.twins import prefer_twin
from corpus.pipeline.types import Decoded

# "Ά" is 0xB6 in ISO-8859-7 and 0xA2 in cp1253; ISO-8859-7 ‘ ’ (0xA1, 0xA2)
# are "΅" and "Ά" in cp1253, whose 0xB6 is "¶".
GREEK = (
    "Άρχισε χθες η συνεδρίαση. ‘Είναι μια σημαντική μέρα’, είπε ο υπουργός. Άλλοι "
    "βουλευτές διαφώνησαν."
)
GREEK_MEETING = (
    "Άρχισε η συνεδρίαση στις 10 π.μ. ‘Είναι σημαντικό’, δήλωσε ο υπουργός. Ένα νέο "
    "νομοσχέδιο."
)
# “ ” – … exist in cp1253 only (ISO-8859-7 has C1 controls there).
GREEK_CP1253_ONLY = (
    "Ο πρωθυπουργός δήλωσε: “Η οικονομία ανακάμπτει”. Η Άννα Παπαδοπούλου μίλησε – για "
    "ιστορική στιγμή…"
)
# "€" is 0xA4 in ISO-8859-7; cp1253 reads it as "¤".
GREEK_EURO = "Το εισιτήριο κοστίζει 20 € ανά άτομο, είπε ο δήμαρχος της πόλης."


@pytest.mark.parametrize("codec", ["iso8859-7", "cp1253"])
@pytest.mark.parametrize("text", [GREEK, GREEK_MEETING, GREEK_EURO])
def test_greek_code_pages_are_told_apart(codec, text):
    assert decode(text.encode(codec)) == Decoded(text, codec)


def test_iso8859_7_capital_alpha_with_tonos_is_not_a_pilcrow():
    result = decode(GREEK.encode("iso8859-7"))
    assert result.text.startswith("Άρχισε")
    assert "¶" not in result.text and "΅" not in result.text


def test_cp1253_typographic_quotes_make_it_cp1253():
    data = GREEK_CP1253_ONLY.encode("cp1253")
    assert decode(data) == Decoded(GREEK_CP1253_ONLY, "cp1253")


@pytest.mark.parametrize(("codec", "twin"), [("iso8859-7", "cp1253"), ("cp1253", "iso8859-7")])
def test_prefer_twin_corrects_either_first_guess(codec, twin):
    data = GREEK.encode(codec)
    assert prefer_twin(data, data.decode(twin), twin) == (GREEK, codec)


def test_prefer_twin_keeps_the_first_guess_when_the_bytes_agree():
    text = "Η κυβέρνηση παρουσίασε ένα νέο νομοσχέδιο."
    data = text.encode("cp1253")
    assert data == text.encode("iso8859-7")
    assert prefer_twin(data, text, "iso8859-7") == (text, "iso8859-7")
    assert prefer_twin(data, text, "cp1253") == (text, "cp1253")


def test_a_wrong_greek_charset_declaration_is_overruled_by_its_twin():
    data = b'<meta charset="iso-8859-7"><p>' + GREEK.encode("cp1253") + b"</p>"
    result = decode(data)
    assert result.encoding == "cp1253"
    assert GREEK in result.text


def test_hebrew_points_make_it_cp1255():
    text = "בְּרֵאשִׁית בָּרָא אֱלֹהִים. הממשלה הציגה ביום רביעי הצעת חוק חדשה."
    assert decode(text.encode("cp1255")) == Decoded(text, "cp1255")


def test_iso8859_8_hebrew_comes_out_unchanged():
    # ISO-8859-8 letters are cp1255's; either name yields the same text.
    text = "הממשלה הציגה ביום רביעי הצעת חוק חדשה. זהו צעד חשוב עבור המדינה שלנו, אמר השר."
    result = decode(text.encode("iso8859-8"))
    assert result.text == text
    assert result.encoding in {"iso8859-8", "cp1255"}


@pytest.mark.parametrize("codec", ["iso8859-6", "cp1256"])
def test_arabic_code_pages_are_told_apart(codec):
    # ط ظ ع غ ف ق ك ل م ن ه و ى ي sit on different bytes in the two.
    text = (
        "أعلنت وزارة الصحة ظهور إصابات جديدة في غزة وعمان، وقالت إن الوضع تحت "
        "السيطرة؛ وأضافت أن الفحوصات مستمرة."
    )
    assert decode(text.encode(codec)) == Decoded(text, codec)


def test_cp1256_arabic_with_french_words():
    text = "قال الرئيس في باريس إن العلاقات «ممتازة»، وأضاف: «c’est très bien» ثم غادر."
    assert decode(text.encode("cp1256")) == Decoded(text, "cp1256")
