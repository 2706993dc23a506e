"""The import's cached INSERTs (corpus.inserts) store what the ORM stores."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from corpus.inserts import insert_returning, insert_rows
from editorial.models import Article, DeskSearchEntry, Event, TagSuggestion
from tests.factories import make_edition

pytestmark = pytest.mark.django_db


def stored(model, pk) -> dict:
    """Every column of the row as read back, but its key and its clock."""
    row = model.objects.filter(pk=pk).values().get()
    return {k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at")}


def test_insert_returning_stores_the_row_create_would():
    edition = make_edition(title="Budget", paragraphs=["The council met."])
    values = dict(article=edition.article, edition=edition, version=edition.latest_version, action="imported",
                  to_state="draft", comment="Imported", data={"source": "feed:a.txt", "ß": ["ü", 1]})
    by_orm = Event.objects.create(**values)
    fast = insert_returning(Event(**values))
    assert fast.pk and fast.pk != by_orm.pk and not fast._state.adding and fast._state.db == "default"
    assert stored(Event, fast.pk) == stored(Event, by_orm.pk)
    row = Event.objects.get(pk=fast.pk)
    assert row.created_at is not None and row.created_at >= by_orm.created_at  # auto_now_add, as create sets it
    assert row.data == {"source": "feed:a.txt", "ß": ["ü", 1]}


def test_insert_returning_keeps_defaults_and_a_key_it_does_not_number():
    article = insert_returning(Article(source_name="feed:b.txt"))
    again = Article.objects.get(pk=article.pk)
    assert again.source_name == "feed:b.txt" and again.original_edition_id is None
    assert not again.has_draft and again.title == "" and again.created_at and again.updated_at
    entry = insert_returning(DeskSearchEntry(article_id=article.pk, title="t", body="b", source="s"))
    assert entry.pk == article.pk
    assert DeskSearchEntry.objects.filter(pk=article.pk).values_list("title", "body", "source").get() == ("t", "b", "s")


def test_insert_returning_fails_like_create_on_a_broken_constraint():
    insert_returning(Article(source_name="feed:c.txt"))
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_returning(Article(source_name="feed:c.txt"))
    assert Article.objects.filter(source_name="feed:c.txt").count() == 1


def test_insert_rows_stores_what_bulk_create_would():
    edition = make_edition(title="Budget", paragraphs=["The council met."])
    article, version = edition.article, edition.latest_version
    given = [
        {"article_id": article.pk, "key": "acme", "name": "Acme", "kind": "organisation", "score": 0.5,
         "evidence": ["Acme said"], "status": "suggested", "version_id": version.pk},
        {"article_id": article.pk, "key": "globex", "name": "Globex", "kind": "organisation", "score": 0.25},
    ]
    insert_rows(TagSuggestion, given)
    fast = {s["key"]: s for s in TagSuggestion.objects.values()}
    TagSuggestion.objects.all().delete()
    TagSuggestion.objects.bulk_create(TagSuggestion(**row) for row in given)  # attnames work as keywords
    by_orm = {s["key"]: s for s in TagSuggestion.objects.values()}
    assert fast.keys() == by_orm.keys() == {"acme", "globex"}
    for key in fast:
        assert fast[key]["created_at"] is not None
        drop = ("id", "created_at")
        assert {k: v for k, v in fast[key].items() if k not in drop} == {
            k: v for k, v in by_orm[key].items() if k not in drop
        }
    # Left out: the field's default (an empty list, "suggested", no decision).
    globex = fast["globex"]
    assert (globex["evidence"], globex["status"], globex["decided_at"]) == ([], "suggested", None)


def test_insert_rows_of_nothing_sends_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows(TagSuggestion, [])


def test_insert_rows_fails_whole_on_a_broken_row():
    edition = make_edition(title="Budget", paragraphs=["The council met."])
    rows = [{"article_id": edition.article_id, "key": "a", "name": "A", "kind": "topic", "score": 1.0},
            {"article_id": 987654321, "key": "b", "name": "B", "kind": "topic", "score": 1.0}]  # no such article
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(TagSuggestion, rows)
        transaction.get_connection().check_constraints()  # both engines check foreign keys at commit
    assert not TagSuggestion.objects.exists()
