"""Cleaning never silently loses or damages text (issue 6): markup mentioned
in prose, invalid bytes, invisible-only files, uncertain and close languages,
and files that are nothing but boilerplate."""

from __future__ import annotations

import pytest

from corpus.pipeline import RefusalReason, RefusedInput, clean_document
from corpus.pipeline.decode import decode
from corpus.pipeline.language.close import settle_close_languages
from corpus.pipeline.markup import looks_like_html
from corpus.pipeline.types import LanguageGuess

PROSE_WITH_TAGS = (
    "Security researchers warned on Monday that a <script> element pasted into the comment "
    "form was executed by the browser.\n\n"
    "The fix, they said, is to escape every <b> and <i> before storing it.\n\n"
    "The company has patched the form and thanked the researchers."
)


def test_prose_mentioning_tags_is_not_html():
    assert not looks_like_html(PROSE_WITH_TAGS)
    doc = clean_document(PROSE_WITH_TAGS.encode())
    assert not doc.was_html
    assert len(doc.paragraphs) == 3  # lines not merged
    assert "<script> element" in doc.text and "<b> and <i>" in doc.text  # nothing dropped


@pytest.mark.parametrize(
    "text",
    [
        "Die Entwickler schreiben <style> in den Kopf der Seite.\nDanach folgt der Text.",
        "Программисты обсуждали тег <script> весь день.\nИ тег <b> тоже.",
        "开发者在评论里写了<script>标签。\n然后又写了<b>。",
    ],
)
def test_unclosed_raw_text_tags_in_prose_keep_every_line(text):
    assert not looks_like_html(text)


def test_real_fragments_are_still_html():
    assert looks_like_html("<p>One</p><p>Two</p>")
    assert looks_like_html('Text with <a href="/x">a link</a> and <span class="y">more</span>.')


def test_invalid_utf8_bytes_are_reported_with_positions():
    good = "Grüße aus München. Die Straße ist schön. ".encode()
    data = good + b"\xff\xfe" + good * 2
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.warnings and f"byte {len(good)}" in decoded.warnings[0]
    assert "0xff" in decoded.warnings[0]
    doc = clean_document(data)
    assert doc.warnings == decoded.warnings


def test_valid_utf8_has_no_warnings():
    assert clean_document("Ein ganz normaler Satz über Bäume.".encode()).warnings == ()


@pytest.mark.parametrize(
    "invisible",
    ["\u200b\u200b", "\u00ad", "\u2060\u200d", "\u00a0\u202f \n", "\ufeff\u200b\u00ad\u2060\u00a0"],
)
def test_invisible_only_files_are_refused_like_blank_ones(invisible):
    with pytest.raises(RefusedInput) as info:
        clean_document(invisible.encode())
    assert info.value.reason is RefusalReason.EMPTY


def test_only_boilerplate_is_refused_with_the_cut_lines():
    junk = "Share on Facebook\nFollow us on Twitter\n© 2024 Example News. All rights reserved.\n"
    with pytest.raises(RefusedInput) as info:
        clean_document(junk.encode())
    refusal = info.value
    assert refusal.reason is RefusalReason.ONLY_BOILERPLATE
    assert str(refusal).startswith("only boilerplate")
    assert "Share on Facebook" in str(refusal) and "All rights reserved" in str(refusal)
    assert "".join(r.text for r in refusal.removed).replace("\n", "") == junk.replace("\n", "")


def test_refusal_survives_pickling_with_its_removals():
    import pickle

    try:
        clean_document(b"Share on Facebook\nFollow us on Twitter\n")
    except RefusedInput as exc:
        again = pickle.loads(pickle.dumps(exc))
        assert again.reason is RefusalReason.ONLY_BOILERPLATE and again.removed == exc.removed
    else:
        pytest.fail("expected a refusal")


CLOSE = [
    ("ms", "Kerajaan negeri berkata bahawa wang itu akan digunakan untuk membina hospital "
           "baharu kerana permintaan tinggi. Menteri Besar berkata projek itu sahaja tidak cukup."),
    ("id", "Pemerintah mengatakan bahwa uang itu akan digunakan untuk membangun rumah sakit "
           "baru karena permintaan tinggi. Polisi juga bisa membantu, kata dia kemarin."),
    ("hr", "Vlada je objavila da će tisuća novih radnih mjesta biti otvorena. Također, premijer "
           "je rekao da je vrijeme za promjene i da djeca moraju imati bolju budućnost."),
    ("sr", "Vlada je objavila da će hiljada novih radnih mesta biti otvorena. Takođe, premijer "
           "je rekao da je vreme za promene i da deca moraju imati bolju budućnost."),
    ("da", "Regeringen siger, at man efter valget vil gøre noget ved problemet. "
           "Statsministeren sagde i Folketinget, at det bliver en svær uge."),
    ("no", "Regjeringen sier at man etter valget vil gjøre noe med problemet. "
           "Statsministeren sa på Stortinget at det blir en vanskelig uke."),
]


@pytest.mark.parametrize(("code", "text"), CLOSE)
def test_close_languages_are_told_apart_by_their_words(code, text):
    assert clean_document(text.encode()).language.code == code


@pytest.mark.parametrize("wrong", ["id", "ms"])
def test_distinctive_words_override_the_detector(wrong):
    text = dict(CLOSE)["ms"]
    assert settle_close_languages(LanguageGuess(wrong, 0.9), text).code == "ms"


def test_undecided_close_languages_list_candidates_as_uncertain():
    guess = settle_close_languages(LanguageGuess("hr", 0.8), "Dobar dan. Kako ste danas?")
    assert guess.uncertain and guess.confidence < 0.5
    assert {code for code, _ in guess.candidates} == {"hr", "sr", "bs"}


def test_low_confidence_guesses_are_uncertain():
    guess = settle_close_languages(LanguageGuess("it", 0.31), "ciao")
    assert guess.uncertain and guess.code == "it"
    assert not settle_close_languages(LanguageGuess("it", 0.9), "ciao").uncertain
    und = LanguageGuess("und", 0.0)
    assert settle_close_languages(und, "12 34") == und
