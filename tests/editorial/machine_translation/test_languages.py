"""Language codes: parsing ours and spelling them each engine's way (no Django, no network)."""

from __future__ import annotations

import pytest

from editorial.machine_translation.base import chunked
from editorial.machine_translation.languages import (
    LanguageTag,
    deepl_source_code,
    deepl_target_code,
    match_code,
    open_source_candidates,
    parse_language,
)


@pytest.mark.parametrize(
    ("code", "tag"),
    [
        ("de", LanguageTag("de")),
        (" PT_br ", LanguageTag("pt", region="br")),
        ("zh-Hant-TW", LanguageTag("zh", "hant", "tw")),
        ("es-419", LanguageTag("es", region="419")),
        ("fil", LanguageTag("fil")),
    ],
)
def test_parse_language(code, tag):
    assert parse_language(code) == tag


@pytest.mark.parametrize("code", ["", "d", "deutsch", "12", "de-xx-yy", "zh-Hant-Hans", "en-12345", "en-u"])
def test_parse_language_refuses_what_is_not_a_code(code):
    with pytest.raises(ValueError):
        parse_language(code)


@pytest.mark.parametrize(
    ("code", "source", "target"),
    [
        ("de", "DE", "DE"),
        ("en", "EN", "EN-GB"),
        ("en-us", "EN", "EN-US"),
        ("en-au", "EN", "EN-GB"),
        ("pt", "PT", "PT-PT"),
        ("pt-br", "PT", "PT-BR"),
        ("zh", "ZH", "ZH-HANS"),
        ("zh-cn", "ZH", "ZH-HANS"),
        ("zh-hans", "ZH", "ZH-HANS"),
        ("zh-hant", "ZH", "ZH-HANT"),
        ("zh-hk", "ZH", "ZH-HANT"),
        ("es-419", "ES", "ES-419"),
        ("es-mx", "ES", "ES"),
        ("no", "NB", "NB"),
        ("nb", "NB", "NB"),
        ("ar", "AR", "AR"),
    ],
)
def test_deepl_codes(code, source, target):
    assert deepl_source_code(code) == source
    assert deepl_target_code(code) == target


def test_deepl_bare_target_variants_are_configurable():
    assert deepl_target_code("en", {"en": "en-us"}) == "EN-US"
    assert deepl_target_code("pt", {"PT": "PT-BR"}) == "PT-BR"
    assert deepl_target_code("en-gb", {"en": "EN-US"}) == "EN-GB"  # an explicit region wins


def test_open_source_candidates_end_with_the_argos_spelling():
    assert open_source_candidates("zh-tw") == ["zh-hant", "zh-tw", "zt"]
    assert open_source_candidates("zh") == ["zh-hans", "zh-cn", "zh"]
    assert open_source_candidates("pt-br") == ["pt-br", "pb"]
    assert open_source_candidates("pt-br", source=True) == ["pt-br", "pb", "pt"]
    assert open_source_candidates("en-gb") == ["en-gb", "en"]
    assert open_source_candidates("no") == ["nb", "no"]


def test_match_code_takes_the_engines_own_spelling():
    assert match_code("zh-hant", ["en", "zh-Hans", "zh-Hant"]) == "zh-Hant"
    assert match_code("zh-hant", ["en", "zh", "zt"]) == "zt"
    assert match_code("zh-hant", ["en", "zh"]) is None  # never simplified for traditional
    assert match_code("pt-br", ["pt"]) is None
    assert match_code("pt-br", ["pt"], source=True) == "pt"
    assert match_code("de", []) is None


def test_chunked_respects_count_and_size_and_keeps_order():
    texts = ["aaaa", "bb", "c", "dddddd", "e", "f", "g"]

    chunks = list(chunked(texts, max_texts=3, max_size=6, size=len))

    assert chunks == [["aaaa", "bb"], ["c"], ["dddddd"], ["e", "f", "g"]]
    assert list(chunked([], max_texts=3, max_size=6, size=len)) == []
    with pytest.raises(ValueError) as caught:
        list(chunked(["ok", "too long"], max_texts=3, max_size=6, size=len))
    assert caught.value.args == (1,)
