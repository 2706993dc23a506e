"""The named junk detectors (boilerplate/rules.py) in several languages and
scripts, and the properties around them: junk gone, content kept, every cut
recorded verbatim with a reason."""

from __future__ import annotations

import pytest

from corpus.pipeline.boilerplate import remove_boilerplate
from corpus.pipeline.boilerplate.rules import DETECTORS, classify, is_byline
from corpus.pipeline.types import RemovalReason as R

BODY = {
    "en": "The city council approved the new budget on Tuesday after a long debate.\n\n"
          "Critics said the plan would raise rents in the old town, while supporters pointed "
          "to the new school it pays for.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.\n\n"
          "Kritiker sagen, der Plan treibe die Mieten in der Altstadt nach oben, Befürworter "
          "verweisen auf die neue Schule.",
    "zh": "市议会周二经过长时间辩论后批准了新的预算。\n\n批评者说，该计划将推高老城区的租金，而支持者则指出它将资助一所新学校。",
    "ar": "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل.\n\n"
          "وقال منتقدون إن الخطة سترفع الإيجارات في البلدة القديمة.",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद नए बजट को मंजूरी दी।\n\n"
          "आलोचकों ने कहा कि इस योजना से पुराने शहर में किराए बढ़ेंगे।",
}


def _check(text, junk, reason):
    cleaned = remove_boilerplate(text)
    assert junk not in cleaned.text
    # Share/subscribe calls the older navigation rule knows come out as prompt lines.
    reasons = {reason, R.PROMPT_LINE} if reason is R.SUBSCRIBE_PROMPT else {reason}
    assert any(r.text.strip() == junk and r.reason in reasons for r in cleaned.removed)
    # nothing lost: every non-space character is kept or recorded
    kept = "".join(cleaned.text.split()) + "".join("".join(r.text.split()) for r in cleaned.removed)
    assert sorted(kept) == sorted("".join(text.split()))
    return cleaned


@pytest.mark.parametrize(
    ("lang", "marker"), [("en", "Advertisement"), ("de", "Anzeige"), ("zh", "广告"),
                         ("ar", "إعلان"), ("hi", "विज्ञापन")]
)
def test_inline_ad_markers_between_paragraphs(lang, marker):
    first, second = BODY[lang].split("\n\n")
    cleaned = _check(f"{first}\n\n{marker}\n\n{second}", marker, R.ADVERTISEMENT)
    assert first in cleaned.text and second in cleaned.text


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [("en", "Published 12 March 2024, 10:32"), ("de", "Aktualisiert: 12.03.2024, 10:32 Uhr"),
     ("zh", "发布时间：2024年3月12日 10:32"), ("ar", "آخر تحديث: 12/03/2024 10:32")],
)
def test_timestamps_at_the_head(lang, stamp):
    _check(f"{stamp}\n\n{BODY[lang]}", stamp, R.TIMESTAMP)


@pytest.mark.parametrize(
    ("lang", "prompt"),
    [("en", "Subscribe to our newsletter for the latest news"), ("de", "Newsletter abonnieren"),
     ("fr", "Abonnez-vous à notre newsletter"), ("ru", "Подписывайтесь на наш канал"),
     ("zh", "订阅我们的新闻")],
)
def test_subscribe_prompts_at_the_tail(lang, prompt):
    _check(f"{BODY.get(lang, BODY['en'])}\n\n{prompt}", prompt, R.SUBSCRIBE_PROMPT)


@pytest.mark.parametrize(
    ("lang", "cookie"),
    [("en", "We use cookies to give you the best experience. Accept all cookies"),
     ("de", "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten."),
     ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.")],
)
def test_cookie_consent_at_the_top_of_a_plain_text(lang, cookie):
    _check(f"{cookie}\n\n{BODY['en'] if lang != 'de' else BODY['de']}", cookie, R.COOKIE_NOTICE)


@pytest.mark.parametrize(
    "residue",
    ["pic.twitter.com/AbC123xyz", "— Jane Doe (@janedoe) March 3, 2024",
     "https://x.com/someone/status/1234567890"],
)
def test_social_post_residue_mid_text(residue):
    first, second = BODY["en"].split("\n\n")
    _check(f"{first}\n\n{residue}\n\n{second}", residue, R.SOCIAL_EMBED)


@pytest.mark.parametrize("credit", ["Photo: Jane Doe/AFP", "Foto: dpa", "写真：共同通信",
                                    "(Getty Images)"])
def test_photo_credits_mid_text(credit):
    first, second = BODY["de"].split("\n\n")
    cleaned = remove_boilerplate(f"{first}\n\n{credit}\n\n{second}")
    assert credit not in cleaned.text and first in cleaned.text and second in cleaned.text


@pytest.mark.parametrize("mark", ["###", "-30-", "(END)", "（完）"])
def test_end_of_story_marks(mark):
    cleaned = remove_boilerplate(f"{BODY['en']}\n\n{mark}")
    assert mark not in cleaned.text and cleaned.removed


@pytest.mark.parametrize(
    ("heading", "comments"),
    [("Comments (3)", "jdoe · 2 hours ago\nGreat article!\nmax99\nI disagree."),
     ("Kommentare", "leser42: Sehr gut geschrieben.\nanna: Stimmt nicht."),
     ("评论", "网友A：说得好\n网友B：不同意")],
)
def test_reader_comment_tails_are_cut_whole(heading, comments):
    text = f"{BODY['en']}\n\n{heading}\n{comments}"
    cleaned = remove_boilerplate(text)
    assert cleaned.text.strip() == BODY["en"]
    assert any(r.reason is R.READER_COMMENTS for r in cleaned.removed)


@pytest.mark.parametrize(
    "contact",
    ["Media contact:\nJane Doe\npress@example.com\n+1 555 123 4567",
     "Pressekontakt:\nMax Muster\npresse@example.de",
     "Contact presse :\nMarie Dupont\n+33 1 23 45 67 89"],
)
def test_press_release_media_contact_footer(contact):
    text = f"FOR IMMEDIATE RELEASE\n\n{BODY['en']}\n\n{contact}"
    cleaned = remove_boilerplate(text)
    assert cleaned.text.strip() == BODY["en"]
    assert any(r.reason is R.PRESS_RELEASE for r in cleaned.removed)


def test_one_unknown_line_does_not_shield_junk_above_it():
    text = f"{BODY['en']}\n\nShare on Facebook\nSubscribe to our newsletter\nzzq widget v2"
    cleaned = remove_boilerplate(text)
    assert cleaned.text.strip() == BODY["en"]
    reasons = {r.reason for r in cleaned.removed}
    assert R.JUNK_BLOCK in reasons


@pytest.mark.parametrize(
    "note",
    ["Editor's note: This story has been updated to include the mayor's response.",
     "Anmerkung der Redaktion: Dieser Artikel wurde am Mittwoch aktualisiert.",
     "Note de la rédaction : cet article a été mis à jour mercredi.",
     "Correction: An earlier version misstated the budget."],
)
def test_editor_notes_and_corrections_are_content(note):
    for text in (f"{note}\n\n{BODY['en']}", f"{BODY['en']}\n\n{note}"):
        cleaned = remove_boilerplate(text)
        assert note in cleaned.text


@pytest.mark.parametrize(
    "content",
    ["The minister said on Monday that the plan was final.",
     "Results: Berlin 3, Munich 1; Hamburg 2, Cologne 2.",
     "BERLIN, 12 March (Reuters) - The German government approved the budget."],
)
def test_ordinary_sentences_are_never_junk(content):
    assert classify(content, edge=True) is None
    assert classify(content, edge=False) is None


def test_every_detector_has_a_name_reason_and_evidence():
    names = [d.name for d in DETECTORS]
    assert len(names) == len(set(names))
    for detector in DETECTORS:
        assert detector.why and isinstance(detector.reason, R)


@pytest.mark.parametrize(
    ("before", "line", "after"),
    [
        ("नगर परिषद ने नए बजट को मंजूरी दी।", "ये भी पढ़ें- दिल्ली में बारिश से जलभराव",
         "आलोचकों ने कहा कि किराए बढ़ेंगे।"),
        ("नगर परिषद ने नए बजट को मंजूरी दी।", "यह भी पढ़ें: दिल्ली में बारिश से जलभराव।",
         "आलोचकों ने कहा कि किराए बढ़ेंगे।"),
        ("وافق مجلس المدينة على الميزانية.", "اقرأ أيضاً.. هل ترتفع الإيجارات؟",
         "وقال منتقدون إن الخطة سترفع الإيجارات."),
        ("سٹی کونسل نے نیا بجٹ منظور کر لیا۔", "یہ بھی پڑھیں: کیا کرائے بڑھیں گے؟",
         "ناقدین نے کہا کہ کرائے بڑھیں گے۔"),
        ("市议会周二批准了新的预算。", "相关阅读 老城区租金会上涨吗。", "批评者说，该计划将推高租金。"),
        ("The council approved the budget.", "Read also: Will rents rise in the old town?",
         "Critics said rents would rise."),
    ],
)
def test_mid_text_read_also_lines_in_any_script(before, line, after):
    cleaned = remove_boilerplate(f"{before}\n\n{line}\n\n{after}")
    assert [r.text for r in cleaned.removed] == [line]
    assert before in cleaned.text and after in cleaned.text


PRESS = {
    "en": ("FOR IMMEDIATE RELEASE",
           "BERLIN, March 3, 2024 — Acme Corp today announced a new factory in Saxony.",
           "About Acme Corp\nAcme Corp is a leading maker of widgets.\n\nMedia contact:\n"
           "John Smith\npress@acme.com"),
    "de": ("PRESSEMITTEILUNG",
           "MÜNCHEN, 3. März 2024 – Die Beispiel AG eröffnet ein neues Werk in Sachsen.",
           "###\n\nÜber die Beispiel AG\nDie Beispiel AG ist ein führender Hersteller."),
    "ja": ("プレスリリース", "東京、2024年3月3日 — 株式会社サンプルは本日、新工場の建設を発表しました。",
           "株式会社サンプルについて\n株式会社サンプルは部品の大手メーカーです。\n\n"
           "本件に関するお問い合わせ\n広報部 press@sample.co.jp"),
    "fr": ("COMMUNIQUÉ DE PRESSE", "PARIS, 3 mars 2024 – La société Exemple ouvre une usine à Lyon.",
           "-30-\n\nContact presse : Marie Dupont, +33 1 23 45 67 89"),
}


@pytest.mark.parametrize("lang", PRESS)
def test_press_release_marks_and_footers_go_dateline_stays(lang):
    mark, dateline, footer = PRESS[lang]
    body = "The second paragraph says more about the plan and its costs."
    cleaned = remove_boilerplate(f"{mark}\n\n{dateline}\n\n{body}\n\n{footer}")
    assert cleaned.text == f"{dateline}\n\n{body}"
    assert {r.reason for r in cleaned.removed} == {R.PRESS_RELEASE}


# -- wire codes and bylines ------------------------------------------------------

@pytest.mark.parametrize("code", ["AP-NY-03-03-24 1405EST", "BC-EU-Economy-Rates", "RTR4XYZ1"])
@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_a_wire_routing_code_at_the_head_is_cut(code, language):
    cleaned = _check(f"{code}\n\n{BODY[language]}", code, R.SOURCE_LINE)
    assert any("routing code" in r.detail for r in cleaned.removed)


@pytest.mark.parametrize(
    "line", ["COVID-19", "G7-Gipfel", "F-35", "U.S.", "BBC News", "iPhone 15 Pro", "STOCKHOLM"]
)
def test_short_names_with_digits_or_hyphens_are_no_routing_code(line):
    assert classify(line, edge=True) is None


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe", "Von Hans Müller und Eva Schmidt", "Par Jean Dupont, envoyé spécial à Kyiv",
     "Por María José García y Pedro Ruiz", "Door Jan de Vries", "By Ursula von der Leyen",
     "Автор Иван Петров"],
)
def test_bylines_are_recognised(line):
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    ["By the numbers: what we know", "Von Berlin nach Paris", "Von der Leyen besucht Kiew",
     "Par ailleurs, le gouvernement a annoncé un plan.", "Door de storm vielen bomen om"],
)
def test_headlines_and_sentences_are_no_bylines(line):
    assert not is_byline(line)
