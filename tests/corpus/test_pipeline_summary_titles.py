"""Proposed titles as properties, in many languages and scripts: a complete
phrase of the text (or of its explicit headline), within the limit or the
documented stretch, never ending on a function word, never cut inside a
word, never a stamp, code, byline or dateline."""

from __future__ import annotations

import unicodedata

import pytest

from corpus.pipeline import clean_document
from corpus.pipeline.summary import (
    TITLE_MAX,
    TITLE_MAX_DENSE,
    TITLE_MAX_KANA,
    TITLE_STRETCH,
    TITLE_STRETCH_DENSE,
    TITLE_STRETCH_KANA,
    propose_title,
)
from corpus.pipeline.summary.words import function_words

# (language, lead paragraph): news leads as agencies write them, datelines
# and all; none of them fits the limit whole.
LEADS = [
    ("en", "LONDON (Reuters) - The Bank of England raised interest rates for the fourteenth time in "
           "a row on Thursday, saying inflation remained far too high and that further increases "
           "could not be ruled out, as households struggled with rising mortgage costs."),
    ("en", "Firefighters battled a wildfire near Athens for a third day as strong winds pushed the "
           "flames towards the suburbs and hundreds of residents were told to leave their homes."),
    ("de", "BERLIN (dpa) – Die Bundesregierung hat sich nach wochenlangem Streit über die "
           "Finanzierung der Kindergrundsicherung am späten Mittwochabend auf einen Kompromiss "
           "geeinigt, wie aus Koalitionskreisen verlautete."),
    ("de", "Der Verkehrsminister hat am Dienstag in Berlin angekündigt, dass die Bahn in den "
           "kommenden fünf Jahren rund vierzig Milliarden Euro in die Sanierung ihres Netzes "
           "investieren wird."),
    ("fr", "PARIS (AFP) — Le gouvernement français a annoncé mercredi une série de mesures "
           "destinées à soutenir les agriculteurs touchés par la sécheresse, après plusieurs "
           "semaines de manifestations dans le sud-ouest du pays."),
    ("es", "MADRID, 3 mar (EFE).- El Gobierno de España aprobó este martes un paquete de ayudas "
           "de 3.000 millones de euros para las familias afectadas por la subida de los precios "
           "de la energía y los alimentos básicos."),
    ("ru", "МОСКВА, 3 марта. /ТАСС/. Центральный банк России сохранил ключевую ставку на уровне "
           "16 процентов годовых, сообщила пресс-служба регулятора, отметив, что инфляционное "
           "давление в экономике постепенно снижается."),
    ("ar", "القاهرة (رويترز) - أعلنت الحكومة المصرية يوم الثلاثاء عن خطة جديدة لدعم الصناعات "
           "المحلية وتشجيع الاستثمار الأجنبي، في ظل ارتفاع معدلات التضخم وتراجع قيمة العملة "
           "المحلية أمام الدولار."),
    ("hi", "नई दिल्ली: भारतीय रिज़र्व बैंक ने बुधवार को रेपो दर में कोई बदलाव नहीं करने का फैसला "
           "किया, क्योंकि महंगाई अब भी केंद्रीय बैंक के लक्ष्य से ऊपर बनी हुई है और वैश्विक "
           "अनिश्चितता बढ़ रही है।"),
    ("zh", "新华社北京3月5日电 国务院总理在十四届全国人大二次会议上作政府工作报告时表示，今年国内生产"
           "总值增长预期目标为百分之五左右，城镇新增就业一千二百万人以上。"),
    ("ja", "政府は5日の閣議で、少子化対策の財源を確保するため、医療保険料に上乗せして徴収する新たな"
           "支援金制度を2026年度から導入する法案を決定した。"),
    ("ko", "정부는 5일 국무회의에서 저출산 대책의 재원을 마련하기 위해 건강보험료에 추가로 부과하는 "
           "새로운 지원금 제도를 2026년부터 도입하는 법안을 의결했다고 밝혔다."),
    ("tr", "ANKARA (AA) - Merkez Bankası Para Politikası Kurulu, enflasyonun beklenenden daha "
           "yavaş düşmesi ve küresel piyasalardaki belirsizliğin sürmesi nedeniyle politika "
           "faizini yüzde 50 seviyesinde sabit tuttu."),
    ("uk", "КИЇВ - Верховна Рада ухвалила в першому читанні законопроєкт про реформу місцевого "
           "самоврядування, який передбачає передачу громадам значної частини повноважень."),
    ("he", "ממשלת ישראל אישרה הלילה את תקציב המדינה לשנת 2025 לאחר דיון ארוך וסוער שנמשך יותר "
           "משתים עשרה שעות, ובו נרשמו מחלוקות חריפות בין השרים."),
    ("th", "กรุงเทพฯ - คณะรัฐมนตรีมีมติเห็นชอบมาตรการกระตุ้นเศรษฐกิจวงเงินห้าแสนล้านบาทเพื่อช่วยเหลือ"
           "ประชาชนที่ได้รับผลกระทบจากค่าครองชีพที่สูงขึ้นอย่างต่อเนื่อง"),
]
_DENSE = {"zh": (TITLE_MAX_DENSE, TITLE_STRETCH_DENSE), "th": (TITLE_MAX_DENSE, TITLE_STRETCH_DENSE),
          "ja": (TITLE_MAX_KANA, TITLE_STRETCH_KANA)}
_ENDS = ".,;:·。，、；：،؛-–—।"


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _limits(language: str) -> tuple[int, int]:
    return _DENSE.get(language, (TITLE_MAX, TITLE_STRETCH))


def _at_word_edges(source: str, start: int, end: int) -> bool:
    """Is source[start:end] bounded by spaces, punctuation or the text's ends?"""
    before = source[start - 1] if start else " "
    after = source[end] if end < len(source) else " "
    return not before.isalnum() and not after.isalnum()


def assert_phrase_of(title: str, source: str, *, dense: bool = False) -> None:
    """Each piece of ``title`` (pieces are joined by "…") occurs in
    ``source`` in order and, in spaced scripts, starts and ends between
    words. Contiguous, a title is one piece."""
    pieces = [p.strip() for p in title.split("…")]
    at = 0
    for piece in pieces:
        if not piece:
            continue
        found = source.find(piece, at)
        assert found >= 0, f"{piece!r} is not in the text"
        end = found + len(piece)
        if not dense:
            assert _at_word_edges(source, found, end), f"{piece!r} cut inside a word"
        else:
            # never split a number or a Latin run
            assert not (source[end - 1 : end].isascii() and source[end - 1 : end].isalnum()
                        and source[end : end + 1].isascii() and source[end : end + 1].isalnum())
        at = end


@pytest.mark.parametrize(("language", "lead"), LEADS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(LEADS)])
def test_a_title_is_a_complete_phrase_of_the_lead(language, lead):
    title = propose_title([lead, "A second paragraph follows here."], language=language)
    limit, stretch = _limits(language)
    measure = _columns if language == "ko" else len
    if language == "ko":
        limit, stretch = TITLE_MAX, TITLE_STRETCH
    assert title and measure(title) <= (limit if "…" in title else stretch)
    assert title[-1] not in _ENDS
    assert_phrase_of(title, lead, dense=language in _DENSE)
    last = title.rstrip("…").split()[-1].strip("\"'«»„“”").casefold()
    assert last not in function_words(language)


@pytest.mark.parametrize(
    ("language", "lead", "rest"),
    [
        ("de", "BERLIN (dpa) – Der Bundestag hat am Donnerstag das Gesetz verabschiedet.",
         "Der Bundestag"),
        ("es", "MADRID, 3 mar (EFE).- El Gobierno aprobó este martes un paquete de ayudas.",
         "El Gobierno"),
        ("ru", "МОСКВА, 3 марта. /ТАСС/. Центральный банк сохранил ключевую ставку.",
         "Центральный банк"),
        ("ar", "القاهرة (رويترز) - أعلنت الحكومة المصرية عن خطة جديدة لدعم الصناعات.",
         "أعلنت الحكومة"),
        ("zh", "新华社北京3月5日电 国务院今天公布了新的就业政策。", "国务院"),
        ("ja", "【ワシントン共同】米政府は５日、新たな制裁を発表した。", "米政府は"),
        ("ko", "(서울=연합뉴스) 홍길동 기자 = 정부는 새 예산안을 발표했다.", "정부는"),
        ("th", "กรุงเทพฯ - คณะรัฐมนตรีมีมติเห็นชอบมาตรการใหม่", "คณะรัฐมนตรี"),
        ("de", "Berlin. Der Bundestag hat am Freitag das Gesetz verabschiedet.", "Der Bundestag"),
        ("sv", "STOCKHOLM (TT) Regeringen presenterade på tisdagen sin budget.", "Regeringen"),
    ],
)
def test_the_dateline_is_stripped_from_the_title(language, lead, rest):
    title = propose_title([lead], language=language)
    assert title.startswith(rest)


@pytest.mark.parametrize(
    ("junk", "lead"),
    [
        ("Updated 12:30 GMT", "Firefighters battled a wildfire near Athens for a third day."),
        ("AP-NY-03-03-24 1405EST", "Sweden formally became the 32nd member of NATO on Thursday."),
        ("By Jane Doe and John Roe", "The council voted to build twelve kilometres of cycle lanes."),
        ("Von Hans Müller", "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen."),
        ("STOCKHOLM", "Sweden formally became the 32nd member of NATO on Thursday."),
        ("Nous utilisons des cookies pour améliorer votre expérience.",
         "Le trafic ferroviaire sera fortement perturbé lundi."),
        ("تم النشر: 12 مارس 2024 10:32", "أعلنت الحكومة المصرية عن خطة جديدة لدعم الصناعات المحلية."),
        ("更新时间：2024年3月12日 10:32", "市议会周二经过长时间辩论后批准了新的预算。"),
    ],
)
def test_stamps_codes_bylines_and_datelines_are_never_the_title(junk, lead):
    text = f"{junk}\n\n{lead}\n\nA second paragraph of the story follows with more detail."
    title = clean_document(text.encode()).title
    assert junk not in title and title in lead


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # German: the main clause ends with its verb before ", dass".
        ("Der Verkehrsminister hat am Dienstag in Berlin angekündigt, dass die Bahn in den "
         "kommenden fünf Jahren rund vierzig Milliarden Euro in ihr Netz investieren wird.",
         "Der Verkehrsminister hat am Dienstag in Berlin angekündigt"),
        # The subject alone has no verb: the insert goes, not the verb.
        ("Die Entscheidung der Europäischen Zentralbank, die Leitzinsen trotz der anhaltend hohen "
         "Inflation in der Eurozone unverändert zu lassen, sorgte bei Ökonomen für Kritik.",
         "Die Entscheidung der Europäischen Zentralbank sorgte bei Ökonomen für Kritik"),
        # A whole main clause a little over the limit rather than a cut one.
        ("Die Bundesregierung hat am Mittwoch nach langen Verhandlungen mit den Ländern und "
         "Kommunen beschlossen, dass die Schulen im Herbst wieder öffnen.",
         "Die Bundesregierung hat am Mittwoch nach langen Verhandlungen mit den Ländern und "
         "Kommunen beschlossen"),
    ],
)
def test_german_titles_keep_the_main_clause_with_its_verb(lead, title):
    assert propose_title([lead], language="de") == title


@pytest.mark.parametrize(
    "lead",
    [
        # A fronted subordinate clause is never the title on its own.
        "Nachdem die Stadtwerke München im vergangenen Jahr einen Rekordgewinn erzielt hatten, "
        "kündigten sie nun eine deutliche Senkung der Strompreise für alle Privatkunden an.",
        # "hat ... erhöht": a comma inside the bracket leaves it open.
        "Die Regierung hat am Mittwoch, wie von vielen Beobachtern seit Wochen erwartet, die "
        "Steuern für kleine und mittlere Unternehmen in den ländlichen Regionen erhöht.",
    ],
)
def test_german_titles_never_stop_before_the_verb(lead):
    title = propose_title([lead], language="de")
    assert title not in (lead.split(",")[0], "Die Regierung hat am Mittwoch")
    words = title.replace("…", " ").split()
    assert words[-1][:1].islower(), title  # German ends a clause on its (lower-case) verb


@pytest.mark.parametrize(
    ("language", "lead", "title"),
    [
        ("en", "Firefighters battled a wildfire near Athens for a third day as strong winds pushed "
               "the flames towards the suburbs and residents were told to leave their homes.",
         "Firefighters battled a wildfire near Athens for a third day"),
        ("fr", "Le gouvernement a présenté mercredi un plan de soutien aux agriculteurs du sud-ouest "
               "parce que la sécheresse menace les récoltes de blé et de maïs dans toute la région.",
         "Le gouvernement a présenté mercredi un plan de soutien aux agriculteurs du sud-ouest"),
        ("en", "In a surprise move that stunned analysts and investors who had expected a more "
               "gradual approach to the long dispute over tariffs between the two largest "
               "economies in the world, the government announced sweeping changes.",
         "The government announced sweeping changes"),
        ("zh", "国务院总理在十四届全国人大二次会议上作政府工作报告时表示，今年国内生产总值增长预期目标为"
               "百分之五左右，城镇新增就业一千二百万人以上。",
         "今年国内生产总值增长预期目标为百分之五左右"),
        # An attribution, then who reported: what was reported is the news.
        ("zh", "据新华社报道，中国国家统计局15日发布数据显示，今年一季度国内生产总值同比增长百分之五点三，"
               "高于市场预期，消费和投资均保持稳定增长。",
         "今年一季度国内生产总值同比增长百分之五点三，高于市场预期"),
        ("ar", "أكد وزير الخارجية السعودي، خلال مؤتمر صحفي مشترك مع نظيره الأمريكي في الرياض يوم "
               "الأحد، أن المملكة ملتزمة بدعم جهود السلام في المنطقة وتعزيز الاستقرار الإقليمي.",
         "المملكة ملتزمة بدعم جهود السلام في المنطقة وتعزيز الاستقرار الإقليمي"),
        ("en", "According to officials familiar with the talks who spoke on condition of anonymity, "
               "the two sides reached a preliminary agreement on the release of hostages on Tuesday.",
         "The two sides reached a preliminary agreement on the release of hostages on Tuesday"),
        # "alors que" is no "que" of what was said: the title keeps the speaker.
        ("fr", "« Nous ne céderons pas », a déclaré mercredi le Premier ministre devant l'Assemblée "
               "nationale, alors que la contestation contre la réforme des retraites ne faiblit pas.",
         "« Nous ne céderons pas », a déclaré mercredi le Premier ministre devant l'Assemblée "
         "nationale"),
        # A whole clause before a subordinating word, however short.
        ("en", "The mayor of Springfield resigned on Monday after a month-long investigation into the "
               "city's contracts found that several deals had been awarded without a tender.",
         "The mayor of Springfield resigned on Monday"),
        # Japanese: the subject stays when the whole sentence fits the stretch.
        ("ja", "トヨタ自動車は８日、２０２５年３月期の連結純利益が前期比２割増の４兆９千億円になったと発表した。",
         "トヨタ自動車は８日、２０２５年３月期の連結純利益が前期比２割増の４兆９千億円になったと発表した"),
    ],
)
def test_clauses_without_commas_fronted_adverbials_and_reported_speech(language, lead, title):
    assert propose_title([lead], language=language) == title


def test_a_later_sentence_of_the_lead_before_a_cut_between_words():
    first = ("Thousands of farmers from across the country gathered in the capital on Monday to "
             "protest against the new rules for the use of water from the rivers of the region")
    lead = f"{first}. Sweden formally became the 32nd member of NATO on Thursday."
    assert propose_title([lead], language="en") == (
        "Sweden formally became the 32nd member of NATO on Thursday"
    )
    # A later sentence that does not name its subject is no headline.
    lead = f"{first}. It was the largest protest in years."
    title = propose_title([lead], language="en")
    assert title.endswith("…") and first.startswith(title[:-1])


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        ("en", "Thousands of farmers from across the country gathered in the capital on Monday to "
               "protest against the new rules for the use of water from the rivers of the region."),
        ("fr", "Des milliers d'agriculteurs venus de tout le pays se sont rassemblés lundi dans la "
               "capitale pour protester contre les nouvelles règles sur l'usage de l'eau des rivières."),
        ("es", "Miles de agricultores de todo el país se concentraron el lunes en la capital para "
               "protestar contra las nuevas normas sobre el uso del agua de los ríos de la región."),
        ("ru", "Тысячи фермеров со всей страны собрались в понедельник в столице на массовую акцию "
               "протеста против новых правил использования воды из рек и озёр всего региона."),
    ],
)
def test_the_last_resort_cut_falls_between_words_and_not_after_a_function_word(language, lead):
    title = propose_title([lead], language=language)
    assert title.endswith("…") and len(title) <= TITLE_MAX
    head = title[:-1]
    assert lead.startswith(head) and not lead[len(head)].isalnum()
    assert head.split()[-1].casefold() not in function_words(language)


def test_a_cut_in_chinese_never_splits_a_number_or_a_latin_run():
    lead = "苹果公司今天在加利福尼亚州库比蒂诺举行的发布会上正式推出了新款iPhone智能手机和多款配件产品"
    for pad in range(6):
        text = "据报道" * pad + lead
        title = propose_title([text], language="zh")
        assert title.endswith("…") and len(title) <= TITLE_MAX_DENSE
        assert_phrase_of(title, text, dense=True)


def test_a_thai_cut_falls_before_a_syllable_start():
    lead = "คณะรัฐมนตรีมีมติเห็นชอบมาตรการกระตุ้นเศรษฐกิจวงเงินห้าแสนล้านบาทเพื่อช่วยเหลือประชาชน"
    title = propose_title([lead], language="th")
    head = title.rstrip("…")
    assert title.endswith("…") and lead.startswith(head)
    assert lead[len(head)] in "เแโใไ"


def test_an_explicit_markdown_headline_is_the_title():
    text = ("# Council approves new cycle lanes after long debate\n\n"
            "The city council voted on Tuesday to build twelve kilometres of protected lanes.\n\n"
            "Work starts in **May**, officials said. [Read more](http://example.org/a)\n")
    assert clean_document(text.encode()).title == "Council approves new cycle lanes after long debate"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<h1>Stadtrat beschließt neuen Haushalt</h1>", "Stadtrat beschließt neuen Haushalt"),
        ("<meta property='og:title' content='Grève à la SNCF : trafic perturbé lundi | Le Journal'>"
         "<meta property='og:site_name' content='Le Journal'>", "Grève à la SNCF : trafic perturbé lundi"),
        ("<title>البرلمان يقر الميزانية الجديدة - الجريدة</title>", "البرلمان يقر الميزانية الجديدة"),
    ],
)
def test_an_explicit_html_headline_is_the_title(head, title):
    page = (f"<html><head>{head}</head><body><p>Nous utilisons des cookies.</p>"
            "<p>The body of the story is here and it is long enough to read as text.</p></body></html>")
    assert clean_document(page.encode()).title == title


def test_a_headline_in_capitals_is_put_in_title_case_with_acronyms_kept():
    text = "SWEDEN JOINS NATO AFTER A LONG WAIT\n\nSweden formally became a member on Thursday."
    assert propose_title(text.split("\n\n"), language="en") == "Sweden Joins NATO after a Long Wait"


def test_a_one_word_kicker_above_the_headline_is_passed_over():
    paragraphs = ["Politik", "Bundestag beschließt das neue Heizungsgesetz",
                  "Der Bundestag hat am Freitag das Gesetz beschlossen."]
    assert propose_title(paragraphs, language="de") == "Bundestag beschließt das neue Heizungsgesetz"


def test_a_german_fronted_clause_keeps_the_main_clause_verb_after_a_cut():
    lead = ("Wie das Statistische Bundesamt am Freitag mitteilte, ist die Inflationsrate in "
            "Deutschland im Oktober überraschend deutlich auf 3,8 Prozent gesunken, den niedrigsten "
            "Stand seit mehr als zwei Jahren.")
    title = propose_title([lead], language="de")
    head, _, verb = title.partition(" … ")
    assert verb == "gesunken" and lead.startswith(head) and len(title) <= TITLE_MAX


def test_an_editors_note_on_top_is_content_but_not_the_title():
    text = ("Editor's note: This story has been updated with comments from the mayor.\n\n"
            "The mayor of Springfield resigned on Monday after a month-long investigation.\n\n"
            "More details follow in the second paragraph of this story.")
    doc = clean_document(text.encode())
    assert doc.title == "The mayor of Springfield resigned on Monday after a month-long investigation"
    assert doc.paragraphs[0].startswith("Editor's note")


def test_a_long_explicit_headline_keeps_its_first_clause():
    h1 = ("Storm Ciarán batters western Europe, leaving at least 13 dead and millions without "
          "power across several countries")
    page = (f"<html><head><title>Live | The Daily Example</title></head><body><h1>{h1}</h1>"
            "<p>Storm Ciarán swept across western Europe on Thursday, officials said.</p></body></html>")
    assert clean_document(page.encode()).title == "Storm Ciarán batters western Europe"


@pytest.mark.parametrize("junk", ["Updated 12:30 GMT", "Cookie-Einstellungen", "AP-NY-03-03-24 1405EST"])
def test_an_explicit_headline_that_is_junk_gives_way_to_the_text(junk):
    page = (f"<html><head><title>{junk}</title></head><body>"
            "<p>Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.</p>"
            "<p>Die Opposition stimmte dagegen und kündigte Widerstand an.</p></body></html>")
    assert clean_document(page.encode()).title == "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen"
