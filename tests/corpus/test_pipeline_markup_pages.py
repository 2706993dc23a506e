"""Whole news pages: furniture (cookie banner, share bar, related box,
newsletter box, captions, footer) dropped and recorded, every body
paragraph kept, the headline taken from the page."""

from __future__ import annotations

import pytest

from corpus.pipeline import clean_document

PAGE = """<!doctype html><html><head><title>{title} | {site}</title></head><body>
<div id="cookie-banner"><p>{cookie}</p><button>OK</button></div>
<header><nav><a href="/">{site}</a> <a href="/a">A</a> <a href="/b">B</a></nav></header>
<main><article><h1>{title}</h1>
<div class="share-tools"><a href="#">{share}</a> <a href="#">X</a></div>
<p>{p1}</p>
<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>
<p>{p2}</p>
<aside class="related"><h3>{related}</h3><ul><li><a href="/1">{teaser}</a></li></ul></aside>
<div class="newsletter-box">{newsletter}</div>
</article></main><footer>© 2024 {site}</footer></body></html>"""

PAGES = {
    "cs": dict(title="Povodně zasáhly Moravu", site="Zprávy", cookie="Tento web používá cookies.",
               share="Sdílet", p1="Rozvodněné řeky v pondělí zaplavily desítky obcí na jižní Moravě.",
               caption="Zatopená ulice v Břeclavi. Foto: ČTK",
               p2="Podle meteorologů by hladiny měly začít klesat ve středu.",
               related="Související články", teaser="Loni byly povodně horší",
               newsletter="Přihlaste se k odběru newsletteru"),
    "ja": dict(title="九州で記録的な大雨", site="ニュース", cookie="当サイトはクッキーを使用しています。",
               share="シェアする", p1="気象庁によると、九州北部では月曜日に記録的な大雨となった。",
               caption="冠水した道路＝福岡市で撮影", p2="自治体は住民に避難を呼びかけている。",
               related="関連記事", teaser="去年の豪雨を振り返る", newsletter="メルマガ登録はこちら"),
    "ar": dict(title="فيضانات تضرب شمال البلاد", site="الأخبار", cookie="نستخدم ملفات تعريف الارتباط.",
               share="شارك", p1="غمرت المياه عشرات القرى في شمال البلاد يوم الاثنين.",
               caption="شارع غمرته المياه. تصوير: وكالة الأنباء",
               p2="وقالت السلطات إن منسوب المياه سيبدأ في الانخفاض يوم الأربعاء.",
               related="أخبار ذات صلة", teaser="فيضانات العام الماضي", newsletter="اشترك في النشرة البريدية"),
}


@pytest.mark.parametrize("lang", PAGES)
def test_page_furniture_goes_body_stays(lang):
    parts = PAGES[lang]
    doc = clean_document(PAGE.format(**parts).encode())
    assert doc.title == parts["title"]
    assert parts["p1"] in doc.text and parts["p2"] in doc.text
    for junk in ("cookie", "share", "caption", "related", "teaser", "newsletter"):
        assert parts[junk] not in doc.text, junk
        assert any(parts[junk] in r.text for r in doc.removed), junk


def test_a_long_element_marked_related_is_kept():
    body = " ".join(["The court ruled on Monday that the contract was void."] * 40)
    html = f'<html><body><div class="related-content"><p>{body}</p></div></body></html>'
    assert "The court ruled" in clean_document(html.encode()).text
