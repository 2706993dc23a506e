"""Tests for corpus.pipeline.markup: HTML detection and conversion to text."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.pipeline.markup import looks_like_html, strip_markup
from corpus.pipeline.types import RemovalReason, Stripped

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Breaking: Minister resigns | Example News</title>
  <style>body { color: red } p::after { content: "STYLE-TEXT" }</style>
  <script>var tracker = "<p>SCRIPT-TEXT</p>"; alert(1);</script>
  <link rel="stylesheet" href="site.css">
</head>
<body onload="boot()">
  <nav class="menu"><a href="/">Home</a> | <a href="/world">World</a></nav>
  <article>
    <h1>Minister   resigns</h1>
    <p class="lead" onclick="alert(1)">The minister resigned on
       Tuesday &amp; left the &#8222;building&#8220; at&nbsp;noon.</p>
    <div><div><p>Nested paragraph.</p>Text after the nested one.</div></div>
    <ul><li>First point</li><li>Second <b>bold</b> point</li></ul>
    <blockquote>A quoted sentence.</blockquote>
    <noscript>NOSCRIPT-TEXT</noscript>
    <iframe src="https://ads.example/x">IFRAME-TEXT</iframe>
    <form action="/subscribe"><input name="mail" value="INPUT-TEXT">
      <button>BUTTON-TEXT</button></form>
  </article>
  <aside>Related: another story</aside>
  <footer>&copy; 2024 Example News. All rights reserved.</footer>
  <script src="stats.js"></script><script>track()</script>
</body>
</html>
"""


def paragraphs(result: Stripped) -> list[str]:
    return result.text.split("\n\n")


# --- looks_like_html -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        "<!doctype html><p>x</p>",
        "  <html><body>Hello</body></html>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html><html><body>x</body></html>',
        "<p>A fragment without an html element.</p><p>Second.</p>",
        "<div class='story'>Text</div>",
        "Intro line<br>second line<br>third line",
        "Scraped text with <span class=\"x\">some</span> <a href=\"/y\">markup</a> inline.",
        '<img src=x onerror="alert(1)">',
        "Read <a href=\"javascript:alert(1)\">this</a>",
    ],
)
def test_html_is_recognised(text):
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No angle brackets at all.",
        "If a < b and b > c then a < c.",
        "I <3 Berlin. Always <3",
        "Write to Jane Doe <jane@example.com> or <b@example.org>.",
        "Arrows like <- and -> and <=> are common in chats.",
        "In HTML the <p> tag starts a paragraph. " + "This article is long and plain. " * 60,
        "<<< BREAKING >>> The minister resigned.",
        "Scores: <10% said yes, >80% said no.",
    ],
)
def test_plain_text_with_angle_brackets_is_not_html(text):
    assert not looks_like_html(text)


@pytest.mark.parametrize("text", ["If a < b, b > c.", "Contact <jane@example.com>", "I <3 you"])
def test_plain_text_passes_through_untouched(text):
    assert strip_markup(text) == Stripped(text=text, was_html=False, removed=())


def test_seed_files_are_plain_text():
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        assert strip_markup(text) == Stripped(text=text, was_html=False)


# --- a full page -----------------------------------------------------------------


def test_full_page_becomes_the_article_paragraphs():
    result = strip_markup(PAGE)
    assert result.was_html
    assert paragraphs(result) == [
        "Minister resigns",
        "The minister resigned on Tuesday & left the „building“ at\u00a0noon.",
        "Nested paragraph.",
        "Text after the nested one.",
        "First point",
        "Second bold point",
        "A quoted sentence.",
    ]


@pytest.mark.parametrize(
    "fragment",
    [
        "STYLE-TEXT", "SCRIPT-TEXT", "NOSCRIPT-TEXT", "IFRAME-TEXT", "INPUT-TEXT",
        "BUTTON-TEXT", "Example News", "Home", "Related", "alert", "onclick", "onload",
        "<", ">", "charset", "stylesheet",
    ],
)
def test_full_page_output_holds_no_code_chrome_or_tags(fragment):
    assert fragment not in strip_markup(PAGE).text


def test_chrome_is_recorded_with_its_text():
    removed = strip_markup(PAGE).removed
    assert all(r.reason is RemovalReason.MARKUP for r in removed)
    by_text = {r.text: r.detail for r in removed if r.text}
    assert by_text["Home | World"] == "Site navigation (<nav>) dropped."
    assert by_text["Related: another story"] == "Sidebar (<aside>) dropped."
    assert by_text["© 2024 Example News. All rights reserved."] == "Page footer (<footer>) dropped."
    assert "Page <title>" in by_text["Breaking: Minister resigns | Example News"]


def test_dropped_code_is_summarised_once_per_kind():
    details = {r.detail for r in strip_markup(PAGE).removed if not r.text}
    # The head's two scripts go with the head; two more sit in the body.
    assert "2 <script> blocks dropped." in details
    assert "1 <head> block dropped." in details
    assert "1 <iframe> block dropped." in details
    assert "1 <form> block dropped." in details
    assert "1 <noscript> block dropped." in details
    assert not any("<meta>" in d or "<link>" in d or "<input>" in d for d in details)


def test_role_based_chrome_and_hidden_elements_are_dropped_and_recorded():
    html = (
        '<div role="navigation">Menu links</div><p>Story text.</p>'
        '<div hidden>Hidden promo</div><span style="display: none">Invisible</span>'
        '<div role="contentinfo">Imprint</div>'
    )
    result = strip_markup(html)
    assert result.text == "Story text."
    details = {r.text: r.detail for r in result.removed}
    assert details["Menu links"] == 'Site navigation (<div role="navigation">) dropped.'
    assert details["Imprint"] == 'Page footer (<div role="contentinfo">) dropped.'
    assert details["Hidden promo"] == "Hidden element (<div>) dropped."
    assert details["Invisible"] == "Hidden element (<span>) dropped."


def test_empty_chrome_is_not_recorded():
    result = strip_markup("<nav> </nav><p>Body text.</p><footer></footer>")
    assert result.text == "Body text."
    assert result.removed == ()


# --- structure -------------------------------------------------------------------


def test_headings_lists_cells_and_quotes_are_paragraphs():
    html = (
        "<h2>Heading</h2><ol><li>One</li><li>Two</li></ol>"
        "<table><tr><th>Name</th><td>Value</td></tr></table>"
        "<blockquote><p>Quoted</p></blockquote><section>Section text</section>"
    )
    expected = ["Heading", "One", "Two", "Name", "Value", "Quoted", "Section text"]
    assert paragraphs(strip_markup(html)) == expected


def test_inline_elements_do_not_split_words_or_paragraphs():
    html = (
        "<p>Some <b>bold</b>, <i>italic</i> and <a href='/x'>linked</a> wo<span>rd</span>s.</p>"
        "<p>Next.</p>"
    )
    assert paragraphs(strip_markup(html)) == ["Some bold, italic and linked words.", "Next."]


def test_single_br_is_a_line_break_double_br_a_paragraph_break():
    html = "<p>Line one<br>Line two <br/> Line three<br><br>New paragraph<br>\n<br>Another</p>"
    assert strip_markup(html).text == "Line one\nLine two\nLine three\n\nNew paragraph\n\nAnother"


def test_hr_separates_paragraphs():
    result = strip_markup("<p>Before</p>Text one<hr>Text two")
    assert result.text == "Before\n\nText one\n\nText two"


def test_html_whitespace_collapses_but_pre_keeps_lines():
    # Indentation goes, as the repair step would strip it anyway.
    html = "<p>  many\n\n   spaces\tand\nbreaks  </p><pre>line 1\n  line 2\n\nblock 2</pre>"
    assert paragraphs(strip_markup(html)) == ["many spaces and breaks", "line 1\nline 2", "block 2"]


def test_entities_are_unescaped():
    html = "<p>Tom &amp; Jerry &ndash; &laquo;oui&raquo; &#8222;ja&#8220; &#x263A; caf&eacute;</p>"
    assert paragraphs(strip_markup(html))[0] == "Tom & Jerry – «oui» „ja“ ☺ café"


def test_escaped_angle_brackets_are_content():
    html = "<p>Use the &lt;b&gt; tag; 3 &lt; 4 &amp;&amp; 5 &gt; 4.</p><p>End.</p>"
    assert paragraphs(strip_markup(html))[0] == "Use the <b> tag; 3 < 4 && 5 > 4."


# --- malformed and fragments -----------------------------------------------------


def test_unclosed_tags_are_tolerated():
    html = "<div><p>First <b>bold <i>italic<p>Second paragraph<li>item"
    assert paragraphs(strip_markup(html)) == ["First bold italic", "Second paragraph", "item"]


def test_stray_closing_tags_are_ignored():
    assert strip_markup("</div></p><p>Text</p></span></body>").text == "Text"


def test_deeply_nested_unclosed_tags_do_not_hit_the_recursion_limit():
    html = "<div>" * 5000 + "deep text"
    assert strip_markup(html).text == "deep text"


def test_fragment_without_html_element():
    html = "<p>Erster Absatz mit „Zitat“.</p>\n<p>Zweiter Absatz.</p>"
    expected = Stripped(
        text="Erster Absatz mit „Zitat“.\n\nZweiter Absatz.", was_html=True, format="html"
    )
    assert strip_markup(html) == expected


def test_page_with_no_visible_text_gives_empty_text():
    html = "<html><head><title>T</title></head><body><script>x()</script></body></html>"
    result = strip_markup(html)
    assert result.was_html
    assert result.text == ""


def test_comments_cdata_and_doctype_never_survive():
    html = "<!DOCTYPE html><p>Before<!-- secret comment -->after</p><![CDATA[raw cdata]]><p>End</p>"
    result = strip_markup(html)
    assert result.text == "Beforeafter\n\nEnd"


def test_xhtml_with_xml_declaration(recwarn):
    html = (
        '<?xml version="1.0"?><!DOCTYPE html>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>X</p></body></html>'
    )
    assert strip_markup(html).text == "X"
    assert not recwarn.list


# --- hostile input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        "<img src=x onerror=alert(1)>",
        '<img src="x" onerror="alert(1)">',
        "<svg onload=alert(1)><circle r=1 /></svg>",
        "<svg><script>alert(1)</script></svg>",
        '<a href="javascript:alert(1)">click me</a>',
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        '<div style="background:url(javascript:alert(1))">styled</div>',
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<img src=x onerror=alert(1)//",
        '<p title="</p><script>alert(1)</script>">title attr</p>',
        "<SCRIPT>alert(1)</SCRIPT>",
        "<input autofocus onfocus=alert(1)>",
    ],
)
def test_xss_payloads_leave_no_trace(payload):
    # A tag left open swallows what follows it, so it goes last.
    after = "" if payload.endswith("//") else "<p>After.</p>"
    html = f"<p>Before.</p>{payload}{after}"
    result = strip_markup(html)
    assert result.was_html
    for trace in ("<", "onerror", "onload", "onfocus", "alert(1)", "javascript"):
        assert trace not in result.text
    assert result.text.startswith("Before.")


def test_link_text_survives_but_not_its_url():
    html = '<p>Read <a href="javascript:alert(1)" onclick="x()">the report</a> now.</p><p>x</p>'
    result = strip_markup(html)
    assert paragraphs(result)[0] == "Read the report now."


# --- other scripts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<html dir='rtl'><body><h1>عاجل</h1>"
            "<p>قال الوزير إن <b>الاقتصاد</b> ينمو.</p></body></html>",
            ["عاجل", "قال الوزير إن الاقتصاد ينمو."],
        ),
        (
            "<div><p>北京是中国的首都。</p><p>部长说：“这是<strong>重要</strong>的一步。”</p></div>",
            ["北京是中国的首都。", "部长说：“这是重要的一步。”"],
        ),
        ("<p>「こんにちは」と言った。</p><p>Привет, <i>мир</i>!</p>", ["「こんにちは」と言った。", "Привет, мир!"]),
        ("<p>שלום <a href='#'>עולם</a></p><p>می\u200cخواهم</p>", ["שלום עולם", "می\u200cخواهم"]),
    ],
)
def test_non_latin_html_keeps_its_text(html, expected):
    assert paragraphs(strip_markup(html)) == expected
