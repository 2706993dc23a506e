"""Tests for corpus.pipeline.decode: bytes in, text and codec name out.

Inputs are made up here and encoded in the test, so each case states the
encoding it exercises; the two seeds check real UTF-8 files.
"""

from __future__ import annotations

import codecs
import struct
from pathlib import Path

import pytest

from corpus.pipeline.decode import DEFAULT_MAX_BYTES, check_size, decode
from corpus.pipeline.types import Decoded, RefusalReason, RefusedInput

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

GERMAN = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen. „Wir müssen die "
    "Wirtschaft stärken“, sagte der Minister. Die Kosten betragen rund 20 Millionen € – "
    "mehr als geplant. Kritiker äußerten sich skeptisch über die Maßnahmen."
)
FRENCH = (
    "Le gouvernement a présenté mercredi un projet de loi très attendu. « Nous devons "
    "agir rapidement », a déclaré la ministre, qui a évoqué une hausse des coûts de 5 €. "
    "Les élèves et les enseignants étaient présents à l’Élysée — déjà en grève."
)
SPANISH = (
    "El presidente anunció el miércoles una reforma económica. Es un día histórico para "
    "España, dijo el ministro. La inflación subió en el último año. ¿Qué pasará mañana?"
)
CZECH = (
    "Vláda ve středu představila nový návrh zákona. Je to důležitý krok pro naši zemi, "
    "řekl ministr. Náklady mají podle statistického úřadu během roku vzrůst."
)
POLISH = (
    "Rząd przedstawił w środę nowy projekt ustawy. To ważny krok dla naszego kraju, "
    "powiedział minister. Koszty mają wzrosnąć w ciągu roku, według urzędu statystycznego."
)
TURKISH = (
    "Hükümet çarşamba günü yeni bir yasa tasarısı sundu. Bu ülkemiz için önemli bir adım "
    "dedi bakan. İstatistik kurumuna göre maliyetlerin yıl içinde artması bekleniyor."
)
RUSSIAN = (
    "Правительство в среду представило новый законопроект. «Это важный шаг для нашей "
    "страны», заявил министр. По данным статистического ведомства, расходы в течение "
    "года вырастут. Многие эксперты настроены скептически."
)
GREEK = (
    "Η κυβέρνηση παρουσίασε την Τετάρτη ένα νέο νομοσχέδιο. «Είναι ένα σημαντικό βήμα "
    "για τη χώρα μας», δήλωσε ο υπουργός."
)
ARABIC = (
    "قدمت الحكومة يوم الأربعاء مشروع قانون جديد. وقال الوزير إن هذه خطوة مهمة لبلادنا. "
    "ووفقاً لهيئة الإحصاء، سترتفع التكاليف خلال العام."
)
HEBREW = "הממשלה הציגה ביום רביעי הצעת חוק חדשה. זהו צעד חשוב עבור המדינה שלנו, אמר השר."
CHINESE = "政府周三提出了一项新的法律草案。部长说：“这是我们国家迈出的重要一步。”据统计局称，今年的成本将会上升。"
TRADITIONAL = "政府週三提出了一項新的法律草案。部長說：「這是我們國家邁出的重要一步。」據統計局稱，今年的成本將會上升。"
JAPANESE = "政府は水曜日、新しい法案を提出した。大臣は「これは我が国にとって重要な一歩だ」と述べた。多くの専門家は懐疑的だ。"
KOREAN = "정부는 수요일 새로운 법안을 제출했다. 장관은 이것은 우리나라를 위한 중요한 한 걸음이라고 말했다."
THAI = "รัฐบาลได้เสนอร่างกฎหมายฉบับใหม่เมื่อวันพุธ รัฐมนตรีกล่าวว่า นี่เป็นก้าวสำคัญสำหรับประเทศของเรา"


def refusal(data: bytes, **kwargs) -> RefusedInput:
    with pytest.raises(RefusedInput) as info:
        decode(data, **kwargs)
    return info.value


# --- UTF-8 ---------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_files_decode_as_utf8_unchanged(seed):
    data = seed.read_bytes()
    result = decode(data)
    assert result == Decoded(data.decode("utf-8"), "utf-8", had_bom=False)


@pytest.mark.parametrize("text", [GERMAN, RUSSIAN, CHINESE, ARABIC, "plain ascii text"])
def test_utf8_in_any_script_is_returned_verbatim(text):
    assert decode(text.encode("utf-8")) == Decoded(text, "utf-8")


def test_utf8_keeps_line_endings_for_the_repair_step():
    assert decode(b"one\r\ntwo\rthree\n").text == "one\r\ntwo\rthree\n"


def test_utf8_with_a_few_stray_cp1252_bytes_keeps_both_parts():
    data = (
        "Grüße aus Köln – schön!".encode("utf-8")
        + " Er sagte: „Hallo“.".encode("cp1252")
        + " Café und Übermut.".encode("utf-8")
    )
    result = decode(data)
    assert result.encoding == "utf-8"
    assert result.text == "Grüße aus Köln – schön! Er sagte: „Hallo“. Café und Übermut."


# --- byte-order marks -------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "reported"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
@pytest.mark.parametrize("text", [GERMAN, RUSSIAN, JAPANESE])
def test_every_bom_is_recognised_and_stripped(bom, codec, reported, text):
    result = decode(bom + text.encode(codec))
    assert result == Decoded(text, reported, had_bom=True)


def test_utf8_sig_is_reported_as_utf8_with_bom():
    result = decode("Ärger".encode("utf-8-sig"))
    assert (result.text, result.encoding, result.had_bom) == ("Ärger", "utf-8", True)


def test_utf16_with_bom_and_a_cut_off_last_byte_keeps_its_text():
    data = codecs.BOM_UTF16_LE + "Grüße".encode("utf-16-le") + b"G"
    assert decode(data).text == "Grüße"


def test_utf16_bom_followed_by_invalid_utf16_is_undecodable():
    lone_surrogate = b"\x00\xd8\x41\x00"  # high surrogate followed by "A"
    error = refusal(codecs.BOM_UTF16_LE + lone_surrogate)
    assert error.reason is RefusalReason.UNDECODABLE
    assert "UTF-16-LE" in str(error)


# --- UTF-16 / UTF-32 without BOM -------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [GERMAN, FRENCH, RUSSIAN, ARABIC, "北京 2024 年 1 月 1 日。上海 3 号。"])
def test_utf16_without_bom_is_detected_from_its_zero_bytes(codec, text):
    assert decode(text.encode(codec)) == Decoded(text, codec)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom_is_detected(codec):
    assert decode(GERMAN.encode(codec)) == Decoded(GERMAN, codec)


def test_utf16_detection_does_not_mistake_binary_records_for_text():
    # Little-endian 16-bit integers look like UTF-16 by their zero bytes but
    # decode to control characters.
    error = refusal(struct.pack("<400H", *(i % 40 for i in range(400))))
    assert error.reason is RefusalReason.BINARY


# --- legacy single-byte encodings ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (GERMAN, "cp1252", "cp1252"),
        (FRENCH, "cp1252", "cp1252"),
        (SPANISH, "cp1252", "cp1252"),
        # latin-1 files are reported as cp1252, its superset for text.
        (SPANISH, "latin-1", "cp1252"),
        ("Café crème à la française, señor. Niño pequeño.", "latin-1", "cp1252"),
        (CZECH, "cp1250", "cp1250"),
        (POLISH, "cp1250", "cp1250"),
        (POLISH, "iso8859-2", "iso8859-2"),
        (TURKISH, "cp1254", "cp1254"),
    ],
)
def test_latin_legacy_encodings_come_out_right(text, codec, expected):
    assert decode(text.encode(codec)) == Decoded(text, expected)


@pytest.mark.parametrize("word", ["Größe", "café", "Übermut tut selten gut.", "naïve"])
def test_short_western_words_in_cp1252(word):
    assert decode(word.encode("cp1252")) == Decoded(word, "cp1252")


def test_typographic_characters_of_cp1252_survive():
    text = "Preis: 20 € – „Zitat“ ‚halb‘ … ™ • — ’"
    assert decode(text.encode("cp1252")).text == text


def test_iso8859_15_euro_sign_is_not_read_as_currency_sign():
    text = "Le prix est de 20 € et voilà, c’est déjà fait."
    data = text.replace("’", "'").encode("iso8859-15")
    assert decode(data).text == text.replace("’", "'")


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("cp1251", "cp1251"), ("koi8-r", "koi8-r"), ("iso8859-5", "iso8859-5"), ("cp866", "cp866")],
)
def test_cyrillic_encodings_come_out_readable(codec, expected):
    text = RUSSIAN.replace("«", '"').replace("»", '"')
    result = decode(text.encode(codec))
    assert result == Decoded(text, expected)


def test_english_text_with_a_few_russian_words_in_cp1251():
    text = "The Kremlin said «Привет» and Путин left the room."
    assert decode(text.encode("cp1251")) == Decoded(text, "cp1251")


@pytest.mark.parametrize(
    ("text", "codec"),
    [(GREEK, "cp1253"), (HEBREW, "cp1255"), (ARABIC, "cp1256"), (THAI, "cp874")],
)
def test_other_single_byte_scripts(text, codec):
    assert decode(text.encode(codec)) == Decoded(text, codec)


# --- legacy multi-byte (CJK) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "accepted"),
    [
        (CHINESE, "gb18030", {"gb18030"}),
        (CHINESE, "gb2312", {"gb18030"}),
        (TRADITIONAL, "big5", {"big5", "cp950", "big5hkscs"}),
        # cp932 / cp949 are Microsoft's supersets of Shift_JIS / EUC-KR.
        (JAPANESE, "shift_jis", {"cp932", "shift_jis"}),
        (JAPANESE, "euc-jp", {"euc_jp"}),
        (KOREAN, "euc-kr", {"cp949", "euc_kr"}),
    ],
)
def test_cjk_legacy_encodings_via_charset_normalizer(text, codec, accepted):
    result = decode(text.encode(codec))
    assert result.text == text
    assert result.encoding in accepted


def test_iso2022_jp_is_not_mistaken_for_ascii():
    result = decode(JAPANESE.encode("iso2022_jp"))
    assert (result.text, result.encoding) == (JAPANESE, "iso2022_jp")


def test_declared_html_charset_is_used_when_the_bytes_agree():
    data = (
        b'<html><head><meta charset="windows-1251"></head><body><p>'
        + RUSSIAN.encode("cp1251")
        + b"</p></body></html>"
    )
    result = decode(data)
    assert result.encoding == "cp1251"
    assert RUSSIAN in result.text


def test_a_wrong_latin_charset_declaration_is_overruled():
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">' + (
        CZECH.encode("cp1250")
    )
    result = decode(data)
    assert result.encoding == "cp1250"
    assert result.text.endswith(CZECH)


# --- refusals --------------------------------------------------------------------


def test_zero_bytes_is_empty():
    error = refusal(b"")
    assert error.reason is RefusalReason.EMPTY
    assert "empty" in str(error)


@pytest.mark.parametrize(
    "data",
    [
        b"   \n\t\r\n  ",
        codecs.BOM_UTF8,
        codecs.BOM_UTF8 + b" \n ",
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE + " \n".encode("utf-16-be"),
        "\u00a0\u3000\n".encode("utf-8"),
    ],
)
def test_whitespace_or_bom_only_is_empty(data):
    error = refusal(data)
    assert error.reason is RefusalReason.EMPTY
    assert "only" in str(error)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"\x7fELF\x02\x01\x01\x00", "ELF"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "Windows executable"),
    ],
)
def test_known_binary_formats_are_named(data, kind):
    error = refusal(data)
    assert error.reason is RefusalReason.BINARY
    assert kind in str(error)


def test_nul_bytes_outside_utf16_mean_binary():
    error = refusal(b"Hello\x00world, this is \x00 not text \x00\x01\x02")
    assert error.reason is RefusalReason.BINARY
    assert "NUL" in str(error)


def test_trailing_nul_padding_is_tolerated():
    assert decode(b"Hello world\n" + b"\x00" * 64).text == "Hello world\n"


def test_only_nul_bytes_is_binary():
    assert refusal(b"\x00" * 32).reason is RefusalReason.BINARY


def test_many_control_characters_mean_binary():
    error = refusal(b"abc\x01\x02\x03\x04\x05\x06def\x07\x08\x0e")
    assert error.reason is RefusalReason.BINARY
    assert "control characters" in str(error)


def test_a_few_control_characters_and_escape_codes_are_tolerated():
    text = "\x1b[1mBreaking:\x1b[0m the minister resigned today.\x0c\nMore at eleven.\x1a"
    assert decode(text.encode("utf-8")).text == text


def test_random_high_bytes_are_undecodable():
    data = bytes(range(128, 256)) * 8
    error = refusal(data)
    assert error.reason is RefusalReason.UNDECODABLE
    assert "UTF-8" in str(error)


# --- size ------------------------------------------------------------------------


def test_default_limit_is_five_megabytes():
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024
    check_size(DEFAULT_MAX_BYTES)  # exactly at the limit is fine


def test_check_size_names_the_size_and_the_limit():
    with pytest.raises(RefusedInput) as info:
        check_size(6 * 1024 * 1024)
    assert info.value.reason is RefusalReason.TOO_LARGE
    assert "6.0 MB" in str(info.value) and "5.0 MB" in str(info.value)
    assert "6,291,456" in str(info.value)


def test_check_size_rejects_negative_sizes():
    with pytest.raises(ValueError):
        check_size(-1)


def test_decode_applies_a_custom_size_limit():
    error = refusal(b"x" * 101, max_bytes=100)
    assert error.reason is RefusalReason.TOO_LARGE
    assert "101 bytes" in str(error) and "100 bytes" in str(error)
    assert decode(b"x" * 100, max_bytes=100).text == "x" * 100


def test_size_is_checked_before_anything_else():
    # A huge binary file is refused for its size without being inspected.
    assert refusal(b"\x00" * 50, max_bytes=10).reason is RefusalReason.TOO_LARGE
