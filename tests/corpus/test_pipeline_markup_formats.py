"""Markdown, RTF and explicit headlines (markup/markdown.py, rtf.py,
headline.py), in several languages and scripts."""

from __future__ import annotations

import pytest

from corpus.pipeline import RefusalReason, RefusedInput, clean_document
from corpus.pipeline.markup import looks_like_markdown, strip_markup

MARKDOWN = {
    "en": ("Flood waters recede in Bavaria",
           "Rescue teams said on *Monday* that the [water levels](https://example.com/a) fell "
           "overnight and that **schools** would reopen."),
    "ru": ("Паводок в Баварии отступает",
           "Спасатели сообщили в *понедельник*, что [уровень воды](https://example.com/a) "
           "снизился за ночь, а **школы** откроются снова."),
    "zh": ("巴伐利亚洪水消退", "救援队周一表示，[水位](https://example.com/a)在夜间下降，**学校**将重新开放。"),
    "ar": ("انحسار الفيضانات في بافاريا",
           "قالت فرق الإنقاذ يوم **الاثنين** إن [منسوب المياه](https://example.com/a) انخفض خلال الليل."),
}


@pytest.mark.parametrize("lang", MARKDOWN)
def test_markdown_becomes_plain_paragraphs_with_its_heading_as_title(lang):
    heading, body = MARKDOWN[lang]
    text = (
        f"# {heading}\n\n{body}\n\n![Bild](https://example.com/p.jpg)\n\n"
        "- first point here\n- second point here\n\n"
        "[Facebook](https://facebook.com/s) | [Twitter](https://twitter.com/s)\n"
    )
    doc = clean_document(text.encode())
    assert doc.source_format == "markdown" and doc.title == heading
    assert doc.paragraphs[0] == heading
    assert not any(mark in doc.text for mark in ("#", "**", "](", "!["))
    assert "first point here" in doc.text and "second point here" in doc.text
    dropped = " ".join(r.text for r in doc.removed)
    assert "facebook.com" in dropped and "p.jpg" in dropped


@pytest.mark.parametrize(
    "text",
    ["- one item\n- another item\n\nA plain list in a plain text.",
     "# 1 in the charts\n\nA number sign opening a plain line.",
     "Prices rose 5% in *some* regions."],
)
def test_plain_text_with_one_markdown_like_mark_stays_plain(text):
    assert not looks_like_markdown(text)
    assert strip_markup(text).format == "plain"


RTF = {
    "de": (r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Sturm an der K\'fcste}}"
           r"\f0\fs24 Der Sturm traf am \b Montag\b0  die K\'fcste.\par Viele H\'e4user sind besch\'e4digt.\par}",
           "Sturm an der Küste", "Der Sturm traf am Montag die Küste."),
    "ru": (r"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0 Arial;}}\f0 \'d8\'f2\'ee\'f0\'ec \'ed\'e0 "
           r"\'e1\'e5\'f0\'e5\'e3\'f3.\par}", "", "Шторм на берегу."),
    "ja": (r"{\rtf1\ansi{\fonttbl{\f0 MS Mincho;}}\f0 \u21488?\u39080?\u12364?\u19978?\u38520?"
           r"\u12375?\u12383?\u12290?\par}", "", "台風が上陸した。"),
}


@pytest.mark.parametrize("lang", RTF)
def test_rtf_is_converted_not_imported_with_control_words(lang):
    rtf, title, sentence = RTF[lang]
    doc = clean_document(rtf.encode("ascii"))
    assert doc.source_format == "rtf"
    assert sentence in doc.text
    assert "\\" not in doc.text and "{" not in doc.text
    if title:
        assert doc.title == title


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"), (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
     (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Office")],
)
def test_pdf_and_office_files_are_still_refused_clearly(data, kind):
    with pytest.raises(RefusedInput) as info:
        clean_document(data)
    assert info.value.reason is RefusalReason.BINARY and kind in str(info.value)


HTML_TITLES = [
    ('<html><head><title>Storm hits coast | Example News</title></head><body>'
     '<p>The storm hit the coast on Monday.</p><p>Thousands lost power.</p></body></html>',
     "Storm hits coast"),
    ('<html><head><meta property="og:title" content="Sturm trifft die Küste – Beispielzeitung">'
     '<meta property="og:site_name" content="Beispielzeitung"></head><body>'
     '<p>Der Sturm traf am Montag die Küste.</p><p>Tausende ohne Strom.</p></body></html>',
     "Sturm trifft die Küste"),
    ('<html><head><title>新闻网 - 台风登陆沿海地区</title></head><body><div class="cookie">我们使用cookie</div>'
     '<h1>台风登陆沿海地区</h1><p>台风周一登陆沿海地区。</p><p>数千户停电。</p></body></html>',
     "台风登陆沿海地区"),
]


@pytest.mark.parametrize(("html", "title"), HTML_TITLES)
def test_html_title_comes_from_h1_og_title_or_title_minus_site_name(html, title):
    doc = clean_document(html.encode())
    assert doc.title == title and doc.source_format == "html"
