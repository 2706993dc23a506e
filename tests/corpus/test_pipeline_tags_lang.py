"""The per-language word lists of the tag step (tags/lang/<code>.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from corpus.pipeline.tags import lang

FOLDER = Path(lang.__file__).resolve().parent
FILES = sorted(FOLDER.glob("*.toml"))
# The lists README.md describes; a misspelt list name would silently be ignored.
KNOWN = set(re.findall(r"`([a-z_]+)`", (FOLDER / "README.md").read_text(encoding="utf-8")))


def test_every_language_file_parses_and_uses_only_documented_lists():
    assert len(FILES) >= 20
    for path in FILES:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        assert data, path.name
        assert set(data) <= KNOWN, (path.name, set(data) - KNOWN)
        assert re.fullmatch(r"[a-z]{2,3}", path.stem), path.name


def test_lists_are_casefolded_and_unknown_languages_are_empty():
    assert "präsident" in lang.words("de", "titles")
    assert all(w == w.casefold() for w in lang.words("en", "junk"))
    assert lang.words("xx", "titles") == frozenset()
    assert lang.words("de", "no_such_list") == frozenset()


def test_rules_that_read_every_language_see_the_union():
    assert lang.every_language("titles") >= lang.words("fr", "titles") | lang.words("ar", "titles")
    assert "monsieur" in lang.TITLES and "السيد" in lang.TITLES


@pytest.mark.parametrize(
    ("language", "word"),
    [("en", "advertisement"), ("fr", "publicité"), ("de", "anzeige"), ("ru", "реклама"),
     ("zh", "广告"), ("ja", "写真"), ("ar", "إعلان"), ("de", "gmt"), ("es", "lunes")],
)
def test_never_tags_holds_junk_calendar_and_time_zones(language, word):
    assert word in lang.never_tags(language)


def test_english_junk_applies_to_every_language_but_not_the_other_way_round():
    assert "subscribe" in lang.never_tags("pl")
    assert "publicité" not in lang.never_tags("en")


def test_noun_capitalising_languages_come_from_their_files():
    assert {"de", "lb"} <= lang.NOUN_CAPITALISING and "en" not in lang.NOUN_CAPITALISING
    assert "ung" in lang.GERMAN_NOUN_ENDINGS
