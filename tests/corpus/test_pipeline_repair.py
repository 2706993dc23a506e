"""Tests for corpus.pipeline.repair: mojibake, normalisation, whitespace."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.pipeline.repair import repair
from corpus.pipeline.types import Repaired

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def as_cp1252(text: str) -> str:
    """UTF-8 bytes misread as cp1252: the classic mojibake."""
    return text.encode("utf-8").decode("cp1252")


# --- mojibake --------------------------------------------------------------------


@pytest.mark.parametrize(
    "original",
    [
        "Café über Straße",
        "„Hallo“, sagte er – und ging.",
        "L’été dernier, « bonjour » à tous — déjà.",
        "Привет, мир",
        "Prezydent Wałęsa powiedział: żółć",
    ],
)
def test_single_mojibake_is_repaired(original):
    broken = as_cp1252(original)
    assert broken != original
    result = repair(broken)
    assert result.text == original
    assert result.fixes == ("mojibake",)


def test_double_encoded_mojibake_is_repaired():
    broken = as_cp1252(as_cp1252("Café über"))
    assert broken == "CafÃƒÂ© ÃƒÂ¼ber"
    assert repair(broken).text == "Café über"


def test_mojibake_read_as_latin1_with_c1_controls_is_repaired():
    broken = "Café über".encode("utf-8").decode("latin-1")
    assert repair(broken).text == "Café über"


def test_mojibake_in_a_long_text_is_repaired_throughout():
    clean = "Der Minister äußerte sich über die Lage. " * 200
    assert repair(as_cp1252(clean)).text == clean.strip()


def test_c1_control_quotes_become_the_cp1252_characters():
    result = repair("\x93quoted\x94 and it\x92s fine")
    assert result.text == "“quoted” and it’s fine"
    assert "mojibake" in result.fixes


@pytest.mark.parametrize(
    "text",
    [
        "NÃO SEI, IRMÃ E IRMÃO",
        "ÉCOLE À PARIS, Ça coûte 5 €",
        "Þórður og Ásta",
        "Đây là Ông Nguyễn",
        "Señor Ñandú, ¿qué tal?",
        "½ ¼ ¾ ± × ÷ ° © ™",
    ],
)
def test_legitimate_accented_text_is_not_mistaken_for_mojibake(text):
    assert repair(text) == Repaired(text=text, fixes=())


# --- typography survives byte for byte --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Hallo“ und ‚tschüss‘ – dann ging er.",
        "Elle a dit : « Bonjour ! » — puis elle est partie.",
        "Il a dit “yes” and ‘no’ – it’s fine…",
        "彼は「こんにちは」と言った。『本』を読む。",
        "北京，上海！真的吗？（是的）",
        "ＡＢＣ１２３ full-width letters",
        "مرحبا بالعالم، كيف حالك؟",
        "שלום עולם, מה שלומך?",
        "Привет, «мир» — как дела?",
        "Γειά σου Κόσμε; Ναι.",
        "नमस्ते दुनिया। क्षत्रिय",
    ],
)
def test_typography_and_scripts_are_untouched(text):
    result = repair(text)
    assert result.text == text
    assert result.fixes == ()


def test_seed_files_only_lose_outer_whitespace():
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        result = repair(text)
        assert result.text.replace("\n", "") == text.strip().replace("\n", "")
        assert "mojibake" not in result.fixes


# --- NFC --------------------------------------------------------------------------


def test_decomposed_characters_are_composed():
    decomposed = unicodedata.normalize("NFD", "Café, Ångström, Việt Nam")
    assert decomposed != "Café, Ångström, Việt Nam"
    result = repair(decomposed)
    assert result.text == "Café, Ångström, Việt Nam"
    assert result.fixes == ("nfc",)


def test_compatibility_characters_are_not_folded():
    # NFC, not NFKC: full-width forms, superscripts and ½ stay.
    text = "Ｈｅｌｌｏ x² ½ ①"
    assert repair(text).text == text


# --- line endings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\r\nthree", "one\ntwo\nthree"),
        ("one\rtwo\rthree", "one\ntwo\nthree"),
        ("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
        ("one\u2028two", "one\ntwo"),
        ("one\u2029two", "one\n\ntwo"),
        ("page one\x0cpage two", "page one\n\npage two"),
        ("one\x0btwo", "one\ntwo"),
        ("para\r\n\r\npara", "para\n\npara"),
    ],
)
def test_line_endings_become_newlines(raw, expected):
    result = repair(raw)
    assert result.text == expected
    assert "line_endings" in result.fixes


# --- whitespace -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("word   word", "word word"),
        ("word\t\tword", "word word"),
        ("word \t word", "word word"),
        ("line   \nnext", "line\nnext"),
        ("line\n   indented", "line\nindented"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("a\n  \n \t\n\nb", "a\n\nb"),
        ("  \n\n text \n\n  ", "text"),
        ("prix\u00a0: 5\u202f€", "prix : 5 €"),
        ("thin\u2009space and\u2003em", "thin space and em"),
    ],
)
def test_whitespace_rules(raw, expected):
    result = repair(raw)
    assert result.text == expected
    assert result.fixes == ("whitespace",)


def test_single_blank_lines_and_single_newlines_are_kept():
    text = "Paragraph one,\nstill one.\n\nParagraph two."
    assert repair(text).text == text


def test_ideographic_space_is_kept():
    text = "第一段\n\n\u3000\u3000第二段的开头有缩进。"
    assert repair(text).text == text


# --- invisible and control characters ----------------------------------------------


def test_zero_width_space_and_stray_bom_are_removed():
    result = repair("Zero\u200bwidth and\ufeff stray BOM")
    assert result.text == "Zerowidth and stray BOM"
    assert set(result.fixes) == {"zero_width", "bom"}


def test_zwj_and_zwnj_are_kept():
    persian = "می\u200cخواهم"  # ZWNJ inside a Persian word
    family = "👨\u200d👩\u200d👧"  # emoji ZWJ sequence
    hindi = "क्\u200dष"
    for text in (persian, family, hindi):
        assert repair(text).text == text


def test_soft_hyphen_is_removed():
    result = repair("Bundes\u00adregierung")
    assert result.text == "Bundesregierung"
    assert result.fixes == ("soft_hyphen",)


def test_control_characters_are_removed_but_tabs_become_spaces():
    result = repair("a\x00b\x07c\x1fd\x7fe\x81f\tg\nh")
    assert result.text == "abcdef g\nh"
    assert "control_chars" in result.fixes


def test_terminal_colour_codes_are_removed_whole():
    result = repair("\x1b[1;31mBreaking\x1b[0m news \x1b]0;title\x07here")
    assert result.text == "Breaking news here"


def test_latin_ligatures_are_expanded():
    result = repair("\ufb01nance and e\ufb00ort")
    assert result.text == "finance and effort"
    assert result.fixes == ("ligatures",)


# --- fixes and idempotence -----------------------------------------------------------


def test_fixes_list_each_code_once_in_order_of_application():
    raw = as_cp1252("Café") + "\r\n\r\n\r\nzero\u200bwidth  e\u0301"
    result = repair(raw)
    assert result.text == "Café\n\nzerowidth é"
    assert result.fixes == ("mojibake", "line_endings", "zero_width", "nfc", "whitespace")


def test_clean_text_reports_no_fixes():
    assert repair("Already clean.\n\nTwo paragraphs.").fixes == ()


def test_empty_and_blank_input():
    assert repair("").text == ""
    assert repair(" \n\t\r\n ").text == ""


@pytest.mark.parametrize(
    "raw",
    [
        as_cp1252(as_cp1252("Grüße aus Köln")),
        "a\u00a0\u00a0b\r\n\r\n\r\nc",
        "Ã\u00a0 la carte  \n\n\n",
        "x\ufeff\u200b \u0301y",
        "e\u0301\u00ad\u0301",
    ],
)
def test_repair_is_idempotent_on_tricky_inputs(raw):
    once = repair(raw).text
    assert repair(once).text == once
    assert repair(once).fixes == ()


_TRICKY = st.sampled_from(
    list("\r\n\t \u00a0\u202f\u2009\u3000\u2028\u2029\x0b\x0c\x00\x07\x1b\x85\x93\x94")
    + list("\u200b\u200c\u200d\ufeff\u00ad\ufb01\u0301\u0308eEaAoOuU")
    + list("ÃÂ©¼€™œ–—“”„«»’éüßàñ")
    + ["Ã©", "Ã¼", "â€œ", "â€™", "ÃƒÂ©", "Ð¸", "æ—¥", "[31m", "]0;"]
)
_TEXT = st.lists(st.one_of(_TRICKY, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_repair_is_idempotent_property(raw):
    once = repair(raw)
    twice = repair(once.text)
    assert twice.text == once.text
    assert twice.fixes == ()


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_repair_output_invariants_property(raw):
    text = repair(raw).text
    assert text == text.strip(" \n")
    assert "\r" not in text and "\t" not in text
    assert "\n\n\n" not in text and "  " not in text
    assert not any(0 < ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in text)
    assert unicodedata.is_normalized("NFC", text)
