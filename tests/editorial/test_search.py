"""Full-text search over live versions only: ranked, highlighted, in any
script, following every publishing change (approve, withdraw, expiry,
newer drafts), on SQLite (FTS5) and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from editorial.models import Edition, SearchEntry
from editorial.search import search_published, snippet
from editorial.services import (
    edition_change_language,
    edition_schedule,
    edition_withdraw,
    version_approve,
    version_create,
    version_submit,
)
from tests.factories import editor, make_edition, publish, reviewer

pytestmark = pytest.mark.django_db


def titles(query, **kwargs):
    return [e.live_version.title for e in search_published(query, **kwargs).select_related("live_version")]


def live(language, title, *paragraphs):
    edition = make_edition(language=language, title=title, paragraphs=paragraphs)
    publish(edition.latest_version)
    return edition


def test_finds_live_text_ranks_title_matches_first_and_needs_every_word():
    live("en", "Election results", "Counting went on all night in the capital.")
    live("en", "Weather", "Rain again. The election was mentioned once.")
    assert titles("election") == ["Election results", "Weather"]
    assert titles("election capital") == ["Election results"]
    assert titles("nothing-like-this") == []
    assert titles("") == [] and titles("  ?!  ") == []


def test_query_syntax_characters_are_plain_text():
    live("en", "Quotes", 'He said "NEAR" and OR AND NOT * ^ : ( ) were words.')
    for query in ('"', "NEAR(", "a OR", "title:x", "*", "'; DROP TABLE x; --", "(", "^"):
        search_published(query).count()  # never a syntax error
    assert titles('said "NEAR"') == ["Quotes"]


@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        ("de", "Die Größe der Ökonomie überrascht.", "größe"),
        ("fr", "L'économie française résiste à l'été.", "économie"),
        ("ru", "Президент встретился с министрами.", "президент"),
        ("ar", "التقى الرئيس بالوزراء في القاهرة.", "القاهرة"),
        ("zh", "特朗普与马云在纽约会面讨论贸易。", "马云"),
        ("ja", "東京で記者会見が行われた。", "記者会見"),
        ("hi", "प्रधानमंत्री ने दिल्ली में भाषण दिया।", "दिल्ली"),
    ],
)
def test_any_script_is_found(language, text, query):
    live(language, f"Title {language}", text)
    assert titles(query) == [f"Title {language}"]
    assert titles(query, language=language) == [f"Title {language}"]
    assert titles(query, language="xx") == []


def test_index_follows_publishing_and_never_finds_unpublished_text():
    edition = live("en", "Original", "The first text says zzalpha.")
    draft = version_create(edition=edition, paragraphs=["The second text says zzbeta."], title="Second",
                           based_on=edition.latest_version)
    assert titles("zzalpha") == ["Original"] and titles("zzbeta") == []  # a newer draft is not found
    version_submit(version=draft, user=editor())
    version_approve(version=draft, user=reviewer())
    assert titles("zzbeta") == ["Second"] and titles("zzalpha") == []  # approving moves the index
    edition_withdraw(edition=edition, user=reviewer(), comment="Legal")
    assert titles("zzbeta") == []
    version_approve(version=draft, user=reviewer())  # republish
    assert titles("zzbeta") == ["Second"]
    edition_schedule(edition=edition, user=reviewer(), go_live_at=timezone.now() - timedelta(days=2),
                     expire_at=timezone.now() + timedelta(hours=1))
    assert titles("zzbeta") == ["Second"]
    later = timezone.now() + timedelta(hours=2)
    assert list(search_published("zzbeta", queryset=Edition.objects.published(at=later))) == []  # expiry
    make_edition(title="Draft only", paragraphs=["zzgamma"])
    assert titles("zzgamma") == []


def test_language_correction_moves_the_index_entry():
    edition = live("en", "Mislabelled", "Ein deutscher Text über Wahlen.")
    edition_change_language(edition=edition, user=editor(), language="de")
    assert SearchEntry.objects.get(edition=edition).language == "de"
    assert titles("wahlen", language="de") == ["Mislabelled"]


def test_snippet_marks_words_and_stays_plain_text():
    parts = snippet(["<b>Title</b>", "Long text " * 40 + "the needle is here " + "more " * 40], "needle")
    assert any(p.match and p.text == "needle" for p in parts)
    assert parts[0].text == "…"
    assert snippet(["特朗普与马云会面"], "马云")[1] == snippet(["特朗普与马云会面"], "马云")[1]


def test_search_pages_escape_and_highlight(client):
    live("de", "Wahl <script>", "Die Wahl in Berlin <b>war</b> knapp.")
    response = client.get(reverse("editorial:search"), {"q": "Berlin"})
    html = response.content.decode()
    assert "<mark>Berlin</mark>" in html and "<b>war</b>" not in html and "&lt;script&gt;" in html
    assert client.get(reverse("editorial:language-search", args=["de"]), {"q": "Berlin"}).context["editions"]
    assert not client.get(reverse("editorial:language-search", args=["fr"]), {"q": "Berlin"}).context["editions"]
    assert client.get(reverse("editorial:search")).status_code == 200


def test_result_snippets_come_from_the_text_not_the_heading(client):
    live("en", "Unique headline words", "The council met in Leeds to discuss buses.")
    edition = client.get(reverse("editorial:search"), {"q": "Leeds"}).context["editions"][0]
    snippet_text = "".join(part.text for part in edition.snippet)
    assert "Leeds" in snippet_text and "Unique headline" not in snippet_text
