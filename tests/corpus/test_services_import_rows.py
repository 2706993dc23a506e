"""The import's fast writes (cached article columns compiled once, tag
suggestions in one executemany, the desk index written with the values in
hand) leave exactly the rows the ORM would."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from editorial.models import Article, DeskSearchEntry, Edition, TagSuggestion, Version
from editorial.models.articles import ARTICLE_FLAGS
from editorial.querysets import article_cached_columns
from editorial.services.search import desk_search_entry_update
from tests.factories import publish

pytestmark = pytest.mark.django_db

STORY = (
    "Andrew Sorkin met the board of Acme Industries in Frankfurt on Monday.\n\n"
    "Sorkin said the merger with Globex would close in spring. \"We are ready,\" Sorkin told reporters.\n\n"
    "{extra}"
)


def run_import(folder) -> None:
    call_command("import_seeds", "--source", "feed", str(folder), stdout=StringIO(), stderr=StringIO())


def assert_flags_true_to_the_data() -> None:
    expressions = article_cached_columns(edition_model=Edition, version_model=Version, suggestion_model=TagSuggestion)
    computed = Article.objects.annotate(**{f"computed_{name}": e for name, e in expressions.items()})
    for article in computed:
        for column in (*ARTICLE_FLAGS, "title"):
            assert getattr(article, column) == getattr(article, f"computed_{column}"), (article.pk, column)


def assert_desk_entries_true_to_the_data() -> None:
    """The desk index the import wrote with the values in hand is what
    reading every edition's latest version gives."""
    def entries() -> dict[int, dict]:
        return {e["article_id"]: e for e in DeskSearchEntry.objects.values("article_id", "title", "body", "source")}

    written = entries()
    assert written.keys() == set(Article.objects.values_list("pk", flat=True))
    for article_id in written:
        desk_search_entry_update(article_id=article_id)
    assert entries() == written


def test_desk_entries_after_import_and_re_import(tmp_path):
    (tmp_path / "a.txt").write_text(STORY.format(extra="Markets rose."), encoding="utf-8")
    (tmp_path / "b.txt").write_text("马云在达沃斯会见投资者。\n\n阿里巴巴创始人周二表示。", encoding="utf-8")
    run_import(tmp_path)
    assert_desk_entries_true_to_the_data()
    entry = DeskSearchEntry.objects.get(article__source_name="feed:a.txt")
    assert "Markets rose." in entry.body and entry.source == "feed a txt"
    (tmp_path / "a.txt").write_text(STORY.format(extra="Markets fell."), encoding="utf-8")
    run_import(tmp_path)
    assert_desk_entries_true_to_the_data()
    entry.refresh_from_db()
    assert "Markets fell." in entry.body and "Markets rose." not in entry.body


def test_flags_and_suggestions_after_import_and_re_import(tmp_path):
    (tmp_path / "a.txt").write_text(STORY.format(extra="Markets rose."), encoding="utf-8")
    run_import(tmp_path)
    article = Article.objects.get()
    assert_flags_true_to_the_data()
    assert article.has_draft and article.has_pending_tags and not article.has_live
    assert article.title == article.original_edition.latest_version.title != ""
    edition = article.original_edition
    assert (edition.article_id, edition.language, edition.latest_version.number) == (article.pk, "en", 1)
    assert article.created_at and article.updated_at and edition.updated_at
    assert not edition.is_withdrawn and edition.live_version_id is None
    suggestions = list(TagSuggestion.objects.filter(article=article))
    assert suggestions and all(s.created_at and s.status == "suggested" and s.version_id for s in suggestions)
    assert all(isinstance(s.evidence, list) and s.evidence for s in suggestions)
    assert {s.name for s in suggestions} >= {"Andrew Sorkin"}

    publish(article.original_edition.latest_version)
    article.refresh_from_db()
    stamp = article.updated_at

    (tmp_path / "a.txt").write_text(STORY.format(extra="Markets fell."), encoding="utf-8")
    run_import(tmp_path)
    article.refresh_from_db()
    assert_flags_true_to_the_data()
    assert article.has_live and article.has_draft
    assert article.updated_at > stamp  # a re-import touches the article
    # No suggestion twice: the re-import only adds what it had not suggested.
    keys = list(TagSuggestion.objects.filter(article=article).values_list("key", flat=True))
    assert len(keys) == len(set(keys))
