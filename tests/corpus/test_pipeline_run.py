"""clean_document(): the steps chained, on made-up files of many shapes."""

from __future__ import annotations

import pytest

from corpus.pipeline import (
    RefusalReason,
    RefusedInput,
    RemovalReason,
    TagKind,
    VocabularyEntry,
    build_matcher,
    clean_document,
)
from tests.conftest import FRENCH_SEED, GERMAN_SEED

SPANISH = (
    "El Gobierno de España aprobó el martes un nuevo plan de vivienda para jóvenes.\n"
    "La ministra dijo en Madrid que el programa empezará en enero.\n"
    "Los sindicatos celebraron la medida, aunque piden más inversión.\n"
    "Más noticias\n"
    "El precio del alquiler sube por quinto mes consecuti...\n"
    "Los bancos endurecen las condiciones de las hipot...\n"
    "La vivienda vacía, un problema que crece en las ciu...\n"
)


def test_cp1252_file_with_teaser_tail():
    doc = clean_document(SPANISH.encode("cp1252"))
    assert doc.encoding == "cp1252"
    assert doc.language.code == "es"
    assert len(doc.paragraphs) == 3
    assert doc.paragraphs[0].startswith("El Gobierno de España")
    reasons = {r.reason for r in doc.removed}
    assert RemovalReason.TEASER_BLOCK in reasons
    assert doc.title and doc.summary
    assert all(not p.endswith("...") for p in doc.paragraphs)


def test_html_page_becomes_paragraphs_without_markup():
    page = (
        "<!DOCTYPE html><html><head><title>x</title><script>alert('x')</script></head><body>"
        "<nav>Home | World</nav><h1>Flood warning in Hamburg</h1>"
        "<p onclick=\"steal()\">Heavy rain is expected on Friday, the weather service said.</p>"
        "<p>Residents near the Elbe were told to move cars &amp; valuables.</p></body></html>"
    )
    doc = clean_document(page.encode("utf-8"))
    assert doc.was_html
    text = doc.text
    assert "<" not in text and "alert" not in text and "steal" not in text
    assert "Heavy rain is expected on Friday" in text
    assert "cars & valuables" in text
    assert doc.language.code == "en"


def test_utf16_mojibake_and_chinese():
    chinese = "市议会周一经过长时间辩论后批准了预算。政府宣布了一项支持小企业的新计划。批评者认为这项改革对租户的保护不够。"
    doc = clean_document(chinese.encode("utf-16"))
    assert doc.encoding.startswith("utf-16")
    assert doc.language.code == "zh"
    assert "".join(doc.paragraphs).replace(" ", "") == chinese
    mojibake = "Der Bürgermeister sagte: „Wir müssen handeln.“ Die Bürger stimmten zu.".encode("utf-8").decode("cp1252")
    doc = clean_document(mojibake.encode("utf-8"))
    assert "Bürgermeister" in doc.text and "„Wir müssen handeln.“" in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", RefusalReason.EMPTY),
        (b" \n \r\n\t", RefusalReason.EMPTY),
        (b"\x00\x01\x02\x03\x04" * 50, RefusalReason.BINARY),
        (b"<html><script>only()</script></html>", RefusalReason.NO_TEXT),
    ],
)
def test_refusals_carry_a_reason_and_a_sentence(data, reason):
    with pytest.raises(RefusedInput) as excinfo:
        clean_document(data)
    assert excinfo.value.reason is reason
    assert len(str(excinfo.value)) > 10


def test_too_large_is_refused():
    with pytest.raises(RefusedInput) as excinfo:
        clean_document(b"word " * 100, max_bytes=100)
    assert excinfo.value.reason is RefusalReason.TOO_LARGE


def test_vocabulary_matching_reaches_the_tags():
    matcher = build_matcher(
        [VocabularyEntry(key="donald-trump", name="Donald Trump", kind=TagKind.PERSON, aliases=("Trump",))]
    )
    doc = clean_document(GERMAN_SEED.read_bytes(), matcher=matcher)
    trump = [t for t in doc.tags if t.vocabulary_key == "donald-trump"]
    assert len(trump) == 1 and trump[0].kind is TagKind.PERSON
    assert not any(t.name in {"Trump", "Trumps"} and t.vocabulary_key is None for t in doc.tags)


def test_seeds_end_to_end():
    french = clean_document(FRENCH_SEED.read_bytes())
    assert french.language.code == "fr" and not french.removed
    assert list(french.paragraphs) == FRENCH_SEED.read_text(encoding="utf-8").splitlines()
    german = clean_document(GERMAN_SEED.read_bytes())
    assert german.language.code == "de" and len(german.paragraphs) > 1  # turns split
    assert any(c.original == "Solkin" and c.suggestion == "Sorkin" for c in german.corrections)
