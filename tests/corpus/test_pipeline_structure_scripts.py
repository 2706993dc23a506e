"""Speaker turns across scripts and typographies: combining marks, dash
dialogue, labels in capitals, single-letter markers with a full stop
(corpus/pipeline/structure.py, structure_labels.py). No database, no Django."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.pipeline.structure import recover_paragraphs


def squash(text: str) -> str:
    return "".join(text.split())


def assert_lossless(text: str, paragraphs: tuple[str, ...]) -> None:
    assert squash("".join(paragraphs)) == squash(text)
    assert all(p and p == p.strip() for p in paragraphs)


def interview(intro: str, labels: tuple[str, str], turns: list[str], sep: str = ": ") -> str:
    """One line: the intro, then the turns alternating between two labels."""
    return " ".join([intro, *(f"{labels[i % 2]}{sep}{t}" for i, t in enumerate(turns))])


def assert_turns(text: str, labels: tuple[str, str], count: int, sep: str = ":", **kw) -> None:
    result = recover_paragraphs(text, **kw)
    assert_lossless(text, result.paragraphs)
    assert len(result.paragraphs) == count + 1, result.paragraphs
    for i, paragraph in enumerate(result.paragraphs[1:]):
        assert paragraph.startswith(labels[i % 2] + sep), paragraph
    assert set(result.speakers) == set(labels)


# --- Scripts with combining marks ----------------------------------------------

HINDI_TURNS = [
    "आपने क्रिकेट खेलना कब शुरू किया?", "आठ साल की उम्र में, अपने गाँव के मैदान पर।",
    "सबसे कठिन मैच कौन सा था?", "ऑस्ट्रेलिया के ख़िलाफ़ फ़ाइनल, बहुत दबाव था।",
    "आगे की योजना क्या है?", "अगला विश्व कप जीतना।",
]


@pytest.mark.parametrize(
    "labels", [("प्रश्न", "उत्तर"), ("सवाल", "जवाब"), ("संवाददाता", "रोहित शर्मा")]
)
@pytest.mark.parametrize("stop", ["।", "."])
def test_devanagari_labels_with_vowel_signs_split_a_wall(labels, stop):
    turns = [t.replace("।", stop) for t in HINDI_TURNS]
    text = interview(f"यह बातचीत मुंबई में हुई{stop}", labels, turns)
    assert_turns(text, labels, 6, language="hi")


def test_double_danda_ends_a_sentence_before_a_label():
    text = interview("भजन संध्या की रिपोर्ट॥", ("प्रश्न", "उत्तर"),
                     ["कार्यक्रम कैसा रहा?", "बहुत सुंदर॥", "अगला कब होगा?", "अगले महीने॥"])
    assert_turns(text, ("प्रश्न", "उत्तर"), 4, language="hi")


@pytest.mark.parametrize(
    ("intro", "labels", "turns", "language"),
    [
        ("আমরা মন্ত্রীর সঙ্গে কথা বলেছি।", ("প্রশ্ন", "উত্তর"),
         ["অর্থনীতি কেমন?", "স্থিতিশীল।", "চাকরির কী অবস্থা?", "বাড়ছে।"], "bn"),
        ("நாங்கள் அமைச்சரைச் சந்தித்தோம்.", ("கேள்வி", "பதில்"),
         ["பொருளாதாரம் எப்படி?", "நிலையானது.", "வேலைவாய்ப்பு?", "அதிகரிக்கிறது."], "ta"),
        # Harakat on the labels themselves.
        ("أجرت الصحيفة مقابلة مع الوزيرِ.", ("الصَّحَفِيُّ", "الوَزِيرُ"),
         ["ما رأيُكَ في الاقتصادِ؟", "الاقتصادُ مستقرٌّ.", "وماذا عن البطالةِ؟", "إنها تتراجعُ."],
         "ar"),
        # Zero-width non-joiner inside a Persian label.
        ("با وزیر گفت‌وگو کردیم.", ("خبرنگار", "نماینده‌ی وزیر"),
         ["نظر شما چیست؟", "اقتصاد پایدار است.", "و اشتغال؟", "رو به بهبود است."], "fa"),
        # Thai ends sentences with a space, not a mark.
        ("นักข่าวได้พูดคุยกับนายกรัฐมนตรีที่ทำเนียบ", ("ถาม", "ตอบ"),
         ["ท่านคิดอย่างไรกับเศรษฐกิจ", "เศรษฐกิจมีเสถียรภาพ", "แล้วการจ้างงานล่ะ", "กำลังดีขึ้น"],
         "th"),
    ],
)
def test_labels_with_combining_marks_in_other_scripts(intro, labels, turns, language):
    assert_turns(interview(intro, labels, turns), labels, 4, language=language)


# --- Interview markers of more languages --------------------------------------


@pytest.mark.parametrize(
    "labels",
    [
        ("Soru", "Cevap"), ("S", "C"), ("Domanda", "Risposta"), ("D", "R"),
        ("Pergunta", "Resposta"), ("Tanya", "Jawab"), ("T", "J"), ("Pytanie", "Odpowiedź"),
        ("P", "O"), ("प्रश्न", "उत्तर"), ("सवाल", "जवाब"),
    ],
)
def test_one_exchange_of_a_marker_pair_is_enough(labels):
    text = interview("Giriş metni burada.", labels, ["Nasıl başladınız?", "Tesadüfen."])
    assert_turns(text, labels, 2)


@pytest.mark.parametrize(
    ("intro", "labels", "turns", "sep", "language"),
    [
        ("Intro.", ("Q", "A"), ["Why?", "Because.", "When?", "Now."], ": ", "en"),
        ("2023年5月，马云接受了采访。", ("记者", "马云"), ["您好？", "你好。", "再见。", "再见。"], "：", "zh"),
        ("采访开始。", ("问", "答"), ["为什么？", "因为。", "什么时候？", "现在。"], "：", "zh"),
        ("Entretien à Lyon.", ("Marie Dupont", "Jean Martin"),
         ["Bonjour\u202f?", "Salut.", "Et l'économie\u202f?", "Elle va."], "\u202f: ", "fr"),
        ("مقابلة مع الوزير.", ("س", "ج"), ["ما رأيك؟", "جيد.", "والبطالة؟", "تتراجع."], ": ", "ar"),
        ("Ein Gespräch in Berlin.", ("Frage", "Antwort"),
         ["Wie geht es?", "Gut.", "Und sonst?", "Auch gut."], ": ", "de"),
    ],
)
def test_walls_that_already_split_still_do(intro, labels, turns, sep, language):
    text = interview(intro, labels, turns, sep)
    assert_turns(text, labels, 4, sep.strip(" "), language=language)


# --- Dash dialogue --------------------------------------------------------------


def test_short_ukrainian_dash_wall_with_em_and_en_dashes_is_split():
    text = (
        "Ми зустрілися з письменницею у Львові. — Як ви почали писати? — Випадково. "
        "Я працювала в бібліотеці. – А що було далі? – Перша книжка, яку ніхто не хотів "
        "друкувати. — Чому? — Бо вона була про війну. — Що зараз? — Пишу новий роман."
    )
    assert len(text) < 1200
    result = recover_paragraphs(text, language="uk")
    assert_lossless(text, result.paragraphs)
    assert result.paragraphs[0] == "Ми зустрілися з письменницею у Львові."
    assert result.paragraphs[2] == "— Випадково. Я працювала в бібліотеці."
    assert [p[0] for p in result.paragraphs[1:]] == ["—", "—", "–", "–", "—", "—", "—", "—"]


def test_russian_dash_wall_keeps_parenthetical_dashes_and_attributions():
    text = (
        "Мы поговорили с тренером после матча. — Как вы оцениваете игру? — спросил я. "
        "— Нормально. Команда сыграла хорошо, а защита — лучше всех. — Что было не так? "
        "— Реализация. Он сказал — и ушёл. — Планы? — Отдых."
    )
    result = recover_paragraphs(text, language="ru")
    assert_lossless(text, result.paragraphs)
    assert result.paragraphs == (
        "Мы поговорили с тренером после матча.",
        "— Как вы оцениваете игру? — спросил я.",
        "— Нормально. Команда сыграла хорошо, а защита — лучше всех.",
        "— Что было не так?",
        "— Реализация. Он сказал — и ушёл.",
        "— Планы?",
        "— Отдых.",
    )


@pytest.mark.parametrize(
    "text",
    [
        # One reply, two attributions: only two dashes after the start.
        "— Да, — сказал он. — Я приду, — добавил он, помолчав. — Завтра.",
        "Он сказал — и ушёл. Потом — Иван. Это было давно — Нет, недавно. Всё.",
        "Le ministre est arrivé. – Les syndicats ont protesté. Puis tout s'est calmé.",
    ],
)
def test_dashes_that_are_not_a_dialogue_do_not_split(text):
    assert recover_paragraphs(text).paragraphs == (text,)


def test_dialogue_already_one_turn_per_line_is_kept():
    text = "— Как дела? — спросил он.\n— Хорошо. — Она улыбнулась.\n— А у тебя?\n— Тоже."
    assert recover_paragraphs(text, language="ru").paragraphs == tuple(text.split("\n"))


# --- Labels in capitals ---------------------------------------------------------


def test_capital_labels_with_capital_headings_before_most_turns():
    text = (
        "The novelist talked to us at her home in Leeds. INTERVIEWER: How did you start? "
        "WILLIAMS: By accident. I was a clerk. ON FAILURE INTERVIEWER: Do you fear failure? "
        "WILLIAMS: Every day. THE DAILY WORK INTERVIEWER: How do you write? WILLIAMS: Slowly."
    )
    result = recover_paragraphs(text, language="en")
    assert result.paragraphs == (
        "The novelist talked to us at her home in Leeds.",
        "INTERVIEWER: How did you start?",
        "WILLIAMS: By accident. I was a clerk.",
        "ON FAILURE",
        "INTERVIEWER: Do you fear failure?",
        "WILLIAMS: Every day.",
        "THE DAILY WORK",
        "INTERVIEWER: How do you write?",
        "WILLIAMS: Slowly.",
    )
    assert set(result.speakers) == {"INTERVIEWER", "WILLIAMS"}
    assert result.corrections == ()


def test_one_word_capital_heading_before_a_capital_label():
    text = (
        "INTERVIEWER: Where were you born? OKAFOR: In Enugu. BEGINNINGS INTERVIEWER: "
        "Was it hard? OKAFOR: Very. INTERVIEWER: Why? OKAFOR: Money."
    )
    result = recover_paragraphs(text, language="en")
    assert "BEGINNINGS" in result.paragraphs
    index = result.paragraphs.index("BEGINNINGS")
    assert result.paragraphs[index - 1] == "OKAFOR: In Enugu."
    assert result.paragraphs[index + 1] == "INTERVIEWER: Was it hard?"


# --- Single letters with a full stop ------------------------------------------

EL_PAIS = [
    "P. ¿Cómo ve la economía después de un año tan difícil?",
    "R. Estable, pero frágil. La inflación sigue alta.",
    "P. ¿Y el empleo?",
    "R. Mejora poco a poco, sobre todo en el sur.",
    "P. ¿Qué le preocupa más?",
    "R. La vivienda. Los jóvenes no pueden pagar un alquiler.",
]


def test_alternating_letter_markers_split_a_wall():
    text = "La ministra recibe a este diario en Madrid. " + " ".join(EL_PAIS)
    result = recover_paragraphs(text, language="es")
    assert result.paragraphs == ("La ministra recibe a este diario en Madrid.", *EL_PAIS)
    assert set(result.speakers) == {"P", "R"}


@pytest.mark.parametrize("labels", [("D", "R"), ("Q", "A"), ("P", "O"), ("В", "О")])
def test_other_letter_marker_pairs(labels):
    turns = ["Come ha cominciato?", "Per caso.", "E poi?", "Il primo libro.", "Rimpianti?", "No."]
    assert_turns(interview("Intervista a Roma.", labels, turns, ". "), labels, 6, ".")


def test_letter_markers_already_in_paragraphs_or_hard_wrapped_are_kept():
    assert recover_paragraphs("\n".join(EL_PAIS), language="es").paragraphs == tuple(EL_PAIS)
    wrapped = "\n".join(textwrap.fill(turn, 32) for turn in EL_PAIS)
    assert recover_paragraphs(wrapped, language="es").paragraphs == tuple(EL_PAIS)


@pytest.mark.parametrize(
    "text",
    [
        "P. Sánchez y R. Rodríguez llegaron tarde. P. Sánchez habló primero. "
        "R. Rodríguez respondió. J. Smith tomó notas.",
        "A. Smith wrote first. Q. Lee replied. A. Smith agreed. Q. Lee left. A. Smith stayed.",
        "J. Smith met M. Jones. J. Smith left. M. Jones stayed. J. Smith came back. M. Jones left.",
    ],
)
def test_initials_without_a_question_answer_exchange_do_not_split(text):
    result = recover_paragraphs(text)
    assert result.paragraphs == (text,)
    assert result.speakers == ()


# --- The hard invariant -------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("कषतमािीुूेैोौंँ्।॥ঁািথদলتبنَُِّـ ‌ถามตอบิีั่้P.R")
    + [" ", "\n", "\n\n", "\u00a0", ". ", "? ", "। ", ": ", "— ", "– ", "- ", "P. ", "R. ",
       "Q. ", "A. ", "प्रश्न: ", "उत्तर: ", "ถาม: ", "INTERVIEWER: ", "ON FAILURE ",
       "— Да. ", "Слово " * 20]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_no_text_lost_in_any_script(text):
    result = recover_paragraphs(text)
    assert_lossless(text, result.paragraphs)
    assert len(result.speakers) == len(set(result.speakers))
