"""Names in scripts without capital letters: Chinese (simplified and
traditional), Japanese, Korean through their analysers; Arabic, Hebrew and
Hindi through titles, honorifics and the words around a name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.pipeline.tags import suggest_tags
from corpus.pipeline.tags.matching import tokenize
from corpus.pipeline.tags.names.analysers import ORGANISATION, PERSON, PROPER, Morpheme
from corpus.pipeline.tags.names.caseless import _from_morphemes, find_mentions, has_caseless_rules
from corpus.pipeline.types import TagKind

ROOT = Path(__file__).resolve().parents[2]
P, O, L = TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE

# Short news texts written for these tests, one per script and language.
NEWS = {
    "zh-Hans": (
        "zh",
        [
            "国务院总理李强周三在北京会见了德国总理朔尔茨。双方讨论了中欧贸易关系。",
            "阿里巴巴集团董事长蔡崇信表示，公司将继续在杭州投资。李强说，中国愿意扩大开放。",
        ],
    ),
    "zh-Hant": (
        "zh",
        [
            "行政院長卓榮泰週三在台北會見了日本首相石破茂。雙方討論了台日貿易關係。",
            "台積電董事長魏哲家表示，公司將繼續在新竹投資。卓榮泰說，台灣願意擴大合作。",
        ],
    ),
    "ja": (
        "ja",
        [
            "岸田文雄首相は15日、東京都内でトヨタ自動車の豊田章男会長と会談した。岸田首相は「賃上げが重要だ」と述べた。",
            "日本銀行の植田和男総裁も大阪で講演した。バイデン大統領はホワイトハウスで記者団に語った。",
        ],
    ),
    "ko": (
        "ko",
        [
            "윤석열 대통령은 15일 서울 용산 대통령실에서 삼성전자 이재용 회장을 만났다.",
            '윤석열 대통령은 "반도체 산업이 중요하다"고 말했다. 한국은행 이창용 총재도 부산에서 강연했다.',
        ],
    ),
    "ar": (
        "ar",
        [
            "قال الرئيس الأمريكي جو بايدن إن المحادثات مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو كانت صريحة.",
            "وأكد وزير الخارجية أنتوني بلينكن أن وزارة الخارجية الأمريكية ستواصل جهودها في مدينة القدس. "
            "وقال بلينكن إن الاتفاق ممكن.",
        ],
    ),
    "he": (
        "he",
        [
            "ראש הממשלה בנימין נתניהו נפגש אתמול בירושלים עם שר החוץ האמריקאי אנתוני בלינקן.",
            "לדברי נתניהו, משרד החוץ יפרסם הודעה. מר בלינקן אמר כי ההסכם קרוב.",
        ],
    ),
    "hi": (
        "hi",
        [
            "प्रधानमंत्री नरेंद्र मोदी ने बुधवार को नई दिल्ली में कहा कि भारतीय रिज़र्व बैंक ब्याज दरें स्थिर रखेगा।",
            "केंद्रीय गृह मंत्री अमित शाह ने पत्रकारों से कहा कि मोदी जी के नेतृत्व में विकास हुआ है। "
            "श्री शाह ने मुंबई शहर का दौरा किया।",
        ],
    ),
}

EXPECTED = {
    "zh-Hans": {"李强": P, "蔡崇信": P, "国务院": O, "阿里巴巴集团": O, "北京": L, "杭州": L},
    "zh-Hant": {"卓榮泰": P, "石破茂": P, "魏哲家": P, "台北": L, "新竹": L},
    "ja": {"岸田文雄": P, "豊田章男": P, "植田和男": P, "バイデン": P, "トヨタ自動車": O, "日本銀行": O, "大阪": L},
    "ko": {"윤석열": P, "이재용": P, "이창용": P, "삼성전자": O, "한국은행": O, "서울": L, "부산": L},
    "ar": {"جو بايدن": P, "بنيامين نتنياهو": P, "أنتوني بلينكن": P, "وزارة الخارجية الأمريكية": O, "القدس": L},
    "he": {"בנימין נתניהו": P, "אנתוני בלינקן": P, "משרד החוץ": O, "ירושלים": L},
    "hi": {"नरेंद्र मोदी": P, "अमित शाह": P, "भारतीय रिज़र्व बैंक": O, "नई दिल्ली": L, "मुंबई": L},
}


def _tags(name: str):
    language, paragraphs = NEWS[name]
    return suggest_tags(paragraphs, language=language)


@pytest.mark.parametrize("name", sorted(NEWS))
def test_people_organisations_and_places_are_found(name):
    found = {t.name: t.kind for t in _tags(name)}
    missing = {n: k for n, k in EXPECTED[name].items() if found.get(n) is not k}
    assert not missing, (missing, found)


@pytest.mark.parametrize("name", sorted(NEWS))
def test_no_title_verb_or_fragment_is_taken_for_a_name(name):
    tags = _tags(name)
    names = [t.name for t in tags if t.kind in (P, O)]
    # A name is never a title ("总理", "대통령", "الرئيس", "השר", "मंत्री") or
    # holds a verb of saying or the sentence's verb ("יפרסם", "ستواصل").
    unwanted = ("总理", "董事长", "首相", "대통령", "الرئيس", "وزير ", "השר", "מר ", "मंत्री", "ने", "कहा",
                "ستواصل", "יפרסם", "נפגש", "表示", "述べ")
    assert not [n for n in names if any(u in n for u in unwanted)], names
    # Each name once; a longer form is not doubled by its parts ("岸田" in "岸田文雄").
    assert len(names) == len(set(names))
    assert not [n for n in names if any(n != m and n in m for m in names) and len(n) < 3]


def test_a_family_name_repeated_alone_folds_into_the_full_name():
    tags = _tags("ja")
    kishida = next(t for t in tags if t.name == "岸田文雄")
    assert "岸田" in kishida.evidence  # "岸田首相" later in the text
    assert not any(t.name == "岸田" for t in tags)


def test_evidence_of_an_unspaced_name_has_a_snippet():
    tags = _tags("zh-Hans")
    li = next(t for t in tags if t.name == "李强")
    assert any("李强" in item and len(item) > len("李强") for item in li.evidence[1:])


def test_a_common_word_the_analyser_calls_a_person_is_not_one():
    # jieba reads "谢谢" (thanks) as surname + name; "达沃斯" (Davos) once, with
    # nothing around it saying it is a person, is not proposed as one.
    tags = suggest_tags(["记者：欢迎来到达沃斯。马云：谢谢。记者：为什么？马云：因为。"], language="zh")
    people = {t.name for t in tags if t.kind is P}
    assert "谢谢" not in people and "达沃斯" not in people


def test_vocabulary_name_is_not_doubled_by_the_analyser():
    from corpus.pipeline.tags import build_matcher
    from corpus.pipeline.types import VocabularyEntry

    matcher = build_matcher([VocabularyEntry("alibaba", "Alibaba", O, ("阿里巴巴",))])
    language, paragraphs = NEWS["zh-Hans"]
    tags = suggest_tags(paragraphs, language=language, matcher=matcher)
    assert [t.vocabulary_key for t in tags if "阿里巴巴" in t.name or t.name == "Alibaba"] == ["alibaba"]


# -- the rules on analyser output, without the analyser ------------------------


def test_family_and_given_name_join_and_an_organisation_word_makes_an_organisation():
    text = "吉田憲一郎会長とソニーグループ"
    morphemes = [
        Morpheme("吉田", PERSON, 0),
        Morpheme("憲一郎", PERSON, 2, given_name=True),
        Morpheme("会長", "", 5),
        Morpheme("と", "", 7),
        Morpheme("ソニー", ORGANISATION, 8),
        Morpheme("グループ", "", 11),
    ]
    mentions = _from_morphemes(morphemes, tokenize(text), "ja")
    assert [(m.surface, m.kind) for m in mentions] == [("吉田憲一郎", P), ("ソニーグループ", O)]
    assert "title" in mentions[0].cues and mentions[0].parts == ("吉田", "憲一郎")


def test_unclassed_proper_noun_becomes_a_person_only_next_to_a_title():
    text = "바이든 대통령과 구글"
    morphemes = [Morpheme("바이든", PROPER, 0), Morpheme("대통령", "", 4), Morpheme("과", "", 7),
                 Morpheme("구글", PROPER, 9)]
    mentions = _from_morphemes(morphemes, tokenize(text), "ko")
    assert [(m.surface, m.kind) for m in mentions] == [("바이든", P), ("구글", None)]


@pytest.mark.parametrize(
    ("language", "text", "name", "kind"),
    [
        ("ar", "وقال السيد محمد العلي إن الوضع مستقر.", "محمد العلي", P),
        ("ar", "وأعلن بنك عودة عن أرباح جديدة.", "بنك عودة", O),
        ("he", "מר יוסי כהן אמר כי המצב יציב.", "יוסי כהן", P),
        ("he", "משרד האוצר פרסם נתונים חדשים.", "משרד האוצר", O),
        ("he", 'מנכ"ל החברה יוסי לוי הודיע על השקעה.', "יוסי לוי", P),
        ("he", "ד״ר רות כהן אמרה כי המחקר הושלם.", "רות כהן", P),
        ("hi", "श्रीमती सुनीता शर्मा ने संवाददाताओं से कहा कि काम जारी है।", "सुनीता शर्मा", P),
        ("hi", "राहुल गांधी ने कहा कि चुनाव अहम है।", "राहुल गांधी", P),
        ("hi", "वित्त मंत्रालय ने आंकड़े जारी किए।", "वित्त मंत्रालय", O),
    ],
)
def test_cues_around_names_in_arabic_hebrew_and_hindi(language, text, name, kind):
    mentions = find_mentions(tokenize(text), language)
    assert (name, kind) in [(m.surface, m.kind) for m in mentions]


def test_latin_script_languages_have_no_caseless_rules():
    assert not has_caseless_rules("en") and not has_caseless_rules("de")
    assert all(has_caseless_rules(code) for code in ("zh", "ja", "ko", "ar", "he", "hi"))


# -- cost and offline ---------------------------------------------------------

# Run in a fresh process: loading each analyser's dictionary for the first
# time is what must work without a network and only for its own language.
FRESH = """
import socket, sys

def refuse(*args, **kwargs):
    raise OSError("network disabled in this test")

# Every way out refuses; socket.socket stays a class (ssl subclasses it).
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse

sys.path.insert(0, "tests/corpus")
from test_pipeline_tags_scripts import EXPECTED, _tags
from corpus.pipeline.tags import suggest_tags

def loaded():
    return sorted(m for m in ("jieba", "opencc", "fugashi", "mecab") if m in sys.modules)

suggest_tags(["Angela Merkel besuchte am Montag Paris."], language="de")
assert set(EXPECTED["ar"]) <= {t.name for t in _tags("ar")}  # cues: no analyser
assert loaded() == [], loaded()
assert set(EXPECTED["ja"]) <= {t.name for t in _tags("ja")}
assert loaded() == ["fugashi"], loaded()
for name in ("zh-Hans", "zh-Hant", "ko"):  # Hebrew and Hindi run Arabic's code
    found = {t.name for t in _tags(name)}
    assert set(EXPECTED[name]) <= found, (name, found)
print("ok")
"""


def test_analysers_load_offline_and_only_for_their_language():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        [sys.executable, "-c", FRESH], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_missing_analyser_costs_the_names_not_the_document(monkeypatch):
    from corpus.pipeline.tags.names import analysers

    def broken(text):
        raise ImportError("No module named 'mecab'")

    monkeypatch.setitem(analysers.ANALYSERS, "ko", broken)
    language, paragraphs = NEWS["ko"]
    with pytest.warns(RuntimeWarning, match="No ko analyser"):
        tags = suggest_tags(paragraphs, language=language)
    assert "서울" in {t.name for t in tags if t.kind is L}  # the gazetteer still works
    assert not any(t.kind is P for t in tags)


def test_a_name_with_two_cues_is_one_mention_and_an_honorific_after_it_counts():
    text = "केंद्रीय गृह मंत्री अमित शाह ने पत्रकारों से कहा कि मोदी जी के नेतृत्व में विकास हुआ है।"
    mentions = find_mentions(tokenize(text), "hi")
    shah = [m for m in mentions if m.surface == "अमित शाह"]
    assert len(shah) == 1 and shah[0].cues == {"title", "speech"}
    assert ("मोदी", P) in [(m.surface, m.kind) for m in mentions]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ar", "وقال خالد إن الوضع مستقر. وأكد خالد أن الحوار مستمر.", "خالد"),
        ("he", "כהן אמר שהמצב יציב. לדברי כהן, יש התקדמות.", "כהן"),
    ],
)
def test_the_speaker_a_verb_of_saying_quotes_when_the_text_repeats_the_name(language, text, speaker):
    assert speaker in {m.surface for m in find_mentions(tokenize(text), language) if m.kind is P}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "وقالت الحكومة إن الوضع مستقر. وأكدت الحكومة أن الحوار مستمر."),  # "the government said"
        ("he", "הממשלה אמרה שהמצב יציב. לדברי הממשלה, יש התקדמות."),
        ("ar", "وقالت مصادر إن المحادثات مستمرة."),  # "sources said": a plain noun, said once
    ],
)
def test_a_definite_noun_or_a_word_said_once_is_not_taken_for_the_speaker(language, text):
    assert not [m for m in find_mentions(tokenize(text), language) if "speech" in m.cues]
