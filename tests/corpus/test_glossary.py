"""corpus.glossary: matching known MT artefacts, with evidence. No database."""

from __future__ import annotations

import pytest

from corpus.glossary import (
    Entry,
    GlossaryError,
    build_glossary,
    compile_entry,
    find_artefacts,
    flag_artefacts,
)
from corpus.pipeline import CleanedDocument, Correction, LanguageGuess

FRENCH = [
    "Le géant américain Amazonie a annoncé lundi une baisse de ses ventes en Europe.",
    "Selon les électriciens chinois, la concurrence d'AMAZONIE reste forte sur le marché.",
]


def glossary(*entries):
    return build_glossary(entries)


def test_a_phrase_matches_whole_words_whatever_the_case_and_counts_occurrences():
    g = glossary(Entry("fr", "Amazonie", False, "Amazon", "The company, not the forest."))
    (found,) = find_artefacts(FRENCH, language="fr", glossary=g)
    assert (found.kind, found.original, found.suggestion, found.occurrences) == ("mt_glossary", "Amazonie", "Amazon", 2)
    assert "The company, not the forest." in found.detail
    assert "«Le géant américain Amazonie a annoncé lundi une baisse de ses…»" in found.detail, found.detail
    assert "«…électriciens chinois, la concurrence d'AMAZONIE reste forte sur le marché.»" in found.detail


def test_a_phrase_inside_a_longer_word_is_not_a_match():
    g = glossary(Entry("fr", "Amazon", False, "Amazonie"))
    assert find_artefacts(["L'Amazonie brûle."], language="fr", glossary=g) == []


def test_entries_apply_to_their_language_or_to_all():
    g = glossary(Entry("de", "Amazonie", False, "Amazon"), Entry("", "électriciens", False, "e-commerçants"))
    found = find_artefacts(FRENCH, language="fr", glossary=g)
    assert [c.original for c in found] == ["électriciens"]
    assert len(find_artefacts(FRENCH, language="de", glossary=g)) == 2


def test_regular_expressions_fill_their_groups_into_the_suggestion():
    g = glossary(Entry("fr", r"\bélectricien(s?)\b", True, r"e-commerçant\1"))
    (found,) = find_artefacts(FRENCH, language="fr", glossary=g)
    assert (found.original, found.suggestion) == ("électriciens", "e-commerçants")


def test_artefacts_in_other_scripts():
    g = glossary(Entry("zh", "亚马逊雨林", False, "亚马逊公司"), Entry("ru", "Амазония", False, "Amazon"))
    (zh,) = find_artefacts(["据报道，亚马逊雨林公司周一公布了财报。"], language="zh", glossary=g)
    assert zh.suggestion == "亚马逊公司" and zh.occurrences == 1
    (ru,) = find_artefacts(["Компания Амазония объявила о росте продаж."], language="ru", glossary=g)
    assert ru.original == "Амазония"


@pytest.mark.parametrize(
    ("pattern", "is_regex", "suggestion", "message"),
    [
        ("  ", False, "x", "empty"),
        ("(unclosed", True, "x", "Not a valid regular expression"),
        ("a*", True, "x", "matches empty text"),
        ("a(b)", True, r"\2", "group 2"),
        ("a(?P<x>b)", True, r"\g<y>", "group y"),
    ],
)
def test_unusable_entries_are_refused_with_a_reason(pattern, is_regex, suggestion, message):
    with pytest.raises(GlossaryError, match=message):
        compile_entry(pattern, is_regex=is_regex, suggestion=suggestion)
    g = glossary(Entry("", pattern, is_regex, suggestion), Entry("", "Amazonie", False, "Amazon"))
    assert len(g.problems) == 1 and message.split()[0] in g.problems[0]
    assert len(find_artefacts(FRENCH, language="fr", glossary=g)) == 1  # the good entry still works


def test_flagging_adds_to_the_document_corrections_and_never_changes_the_text():
    earlier = Correction(kind="speaker_name", original="Solkin", suggestion="Sorkin", occurrences=1)
    cleaned = CleanedDocument(
        raw_size=1, encoding="utf-8", was_html=False, paragraphs=tuple(FRENCH),
        language=LanguageGuess("fr", 0.99), title="t", summary="s", corrections=(earlier,),
    )
    flagged = flag_artefacts(cleaned, glossary=glossary(Entry("fr", "Amazonie", False, "Amazon")))
    assert flagged.paragraphs == cleaned.paragraphs
    assert flagged.corrections[0] == earlier and flagged.corrections[1].suggestion == "Amazon"
    assert flag_artefacts(cleaned, glossary=glossary()) is cleaned
