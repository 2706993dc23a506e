"""Titles that read as headlines: a complete phrase within ~90 characters,
never a dateline, stamp or junk line, the explicit headline when there is
one, and in German never a clause cut before the verb closing it."""

from __future__ import annotations

import pytest

from corpus.pipeline import clean_document
from corpus.pipeline.summary import TITLE_MAX, TITLE_STRETCH, propose_title


@pytest.mark.parametrize(
    ("language", "lead", "verb"),
    [
        ("de", "Die Bundesregierung hat am Mittwoch nach langen Verhandlungen mit den Ländern und "
               "Kommunen beschlossen, dass die Schulen im Herbst wieder öffnen.", "beschlossen"),
        ("de", "Der Stadtrat wird nach monatelangem Streit über die Finanzierung der neuen "
               "Straßenbahnlinie im kommenden Frühjahr endgültig entscheiden.", "entscheiden"),
        ("nl", "De regering heeft na lange onderhandelingen met de provincies en de gemeenten over "
               "de financiering van het plan het voorstel goedgekeurd.", "goedgekeurd"),
    ],
)
def test_a_verb_final_clause_keeps_its_verb(language, lead, verb):
    title = propose_title([lead], language=language)
    assert title.endswith(verb)
    assert len(title) <= (TITLE_MAX if "…" in title else TITLE_STRETCH)


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("BERLIN (dpa) - Der Bundestag hat am Donnerstag ein Gesetz verabschiedet, das die Mieten "
         "in Großstädten begrenzen soll.", "Der Bundestag hat am Donnerstag ein Gesetz verabschiedet"),
        ("WASHINGTON, March 3 (Reuters) - The Senate passed a bill on Tuesday.",
         "The Senate passed a bill on Tuesday"),
        ("PARIS — Le gouvernement a présenté mercredi son budget pour l'année prochaine.",
         "Le gouvernement a présenté mercredi son budget pour l'année prochaine"),
    ],
)
def test_a_dateline_is_content_but_not_the_headline(lead, title):
    doc = clean_document(f"{lead}\n\nMore follows here today.".encode())
    assert doc.title == title
    assert doc.paragraphs[0].startswith(lead.split()[0])  # the dateline stays in the text


@pytest.mark.parametrize(
    ("junk", "headline"),
    [
        ("Published 12 March 2024, 10:32", "City council approves budget after marathon session"),
        ("We use cookies to improve your experience on our site.", "Stadtrat beschließt Haushalt"),
        ("发布时间：2024年3月12日 10:32", "市议会通过新预算"),
    ],
)
def test_the_title_is_never_a_stamp_or_cookie_line(junk, headline):
    text = f"{junk}\n\n{headline}\n\nThe council voted 7-2 on Tuesday after a long debate."
    assert clean_document(text.encode()).title == headline


def test_an_explicit_headline_wins_and_stays_short():
    long = "A " + "very " * 30 + "long headline about the budget, which the council approved"
    html = f"<html><head><title>{long} | Site</title></head><body><p>Body text here.</p></body></html>"
    title = clean_document(html.encode()).title
    assert len(title) <= 90 and title.startswith("A very")
