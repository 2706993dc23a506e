"""Turning an imported source document into a draft article version."""

from __future__ import annotations

import functools

from django.db import connections, router, transaction
from django.db.models.sql import UpdateQuery
from django.utils import timezone

from corpus.inserts import insert_returning, insert_rows
from corpus.models import SourceDocument
from corpus.pipeline import CleanedDocument
from editorial.choices import EventAction, SuggestionStatus, VersionOrigin
from editorial.models import Article, Edition, Tag, TagSuggestion, Version

from editorial.querysets import article_cached_columns

from .search import desk_search_entry_update
from .versions import version_create


@transaction.atomic(savepoint=False)  # all or nothing with the caller's transaction
def article_import_source(*, source_document: SourceDocument, cleaned: CleanedDocument) -> Version:
    """Create or update the article for ``source_document`` with a draft.

    A new source name creates the article, its edition in the detected
    language and version 1. A known source name appends a new draft version
    to the article's original-language edition: approved and live versions
    are never touched. The import is recorded as an event by the system
    (no user), and the article's desk search entry is rewritten. Tag
    suggestions are added for tags not suggested before; earlier
    suggestions and their decisions are kept as they are.
    """
    # Plain lookups and creates rather than get_or_create: no savepoints on
    # the import's hot path; a concurrent creator makes the transaction fail
    # on the unique source name, and the importer reports or retries that file.
    article = None
    if _article_exists(source_document.source_name):
        article = (
            Article.objects.select_related("original_edition__latest_version")
            .filter(source_name=source_document.source_name)
            .first()
        )
    created = article is None
    if created:
        article = insert_returning(Article(source_name=source_document.source_name))
        edition = insert_returning(Edition(article=article, language=cleaned.language.code))
        _set_original_edition(article_id=article.pk, edition_id=edition.pk)
        article.original_edition = edition
    else:
        # The original edition is a relation: a language corrected by an
        # editor since the last import does not create a second edition.
        edition = article.original_edition
    version = version_create(
        edition=edition,
        paragraphs=cleaned.paragraphs,
        title=cleaned.title or source_document.file_name,
        summary=cleaned.summary,
        based_on=edition.latest_version,
        origin=VersionOrigin.IMPORT,
        title_is_proposed=True,
        summary_is_proposed=bool(cleaned.summary),
        source_document=source_document,
        comment="Imported" if created else "Re-imported changed file",
        action=EventAction.IMPORTED if created else EventAction.REIMPORTED,
        event_data={"source": source_document.source_name, "sha256": source_document.sha256},
        desk_index=False,
    )
    # The desk's index, written once with what is in hand: a new article's
    # only edition is this version (no row to read or replace); a known
    # article may have translations, so its editions are read.
    if created:
        desk_search_entry_update(article_id=article.pk, latest_versions=[version],
                                 source_name=article.source_name, new=True)
    else:
        desk_search_entry_update(article_id=article.pk)
    _suggest_tags(article=article, version=version, cleaned=cleaned)
    _state_refresh(article_id=article.pk, touch=not created)
    return version


def _article_exists(source_name: str) -> bool:
    """Plain SQL: most imported files are new, and for them compiling the
    article query with its related rows cost more than running it."""
    using = router.db_for_read(Article)
    connection = connections[using]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT 1 FROM {quote(Article._meta.db_table)} WHERE {quote('source_name')} = %s", [source_name]
        )
        return cursor.fetchone() is not None


def _state_refresh(*, article_id: int, touch: bool) -> None:
    """What ``events.article_state_refresh`` does, with its UPDATE compiled once.

    Compiling that UPDATE (the cached columns of ``article_cached_columns``:
    eight EXISTS subqueries and the sort title) through the ORM cost more
    than the rest of an imported file's writes together; the statement is
    the same every time but for the article's id, so it is compiled once per
    database from the very same expressions and run as plain SQL.
    """
    using = router.db_for_write(Article)
    sql, params, at = _state_refresh_sql(using)
    params = list(params)
    params[at] = article_id
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        if touch:
            cursor.execute(*_touch_sql(using, article_id))


# Never a real primary key: marks where the article's id goes in the compiled parameters.
_PLACEHOLDER_ID = -7_654_321_987


@functools.cache
def _state_refresh_sql(using: str) -> tuple[str, tuple, int]:
    query = Article.objects.filter(pk=_PLACEHOLDER_ID).query.chain(UpdateQuery)
    query.add_update_values(
        article_cached_columns(edition_model=Edition, version_model=Version, suggestion_model=TagSuggestion)
    )
    sql, params = query.get_compiler(using).as_sql()
    (at,) = [i for i, value in enumerate(params) if value == _PLACEHOLDER_ID]
    return sql, tuple(params), at


def _touch_sql(using: str, article_id: int) -> tuple[str, list]:
    connection = connections[using]
    table, column = (connection.ops.quote_name(n) for n in (Article._meta.db_table, "updated_at"))
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    return f"UPDATE {table} SET {column} = %s WHERE {connection.ops.quote_name('id')} = %s", [now, article_id]


def _suggest_tags(*, article: Article, version: Version, cleaned: CleanedDocument) -> None:
    if not cleaned.tags:
        return
    # What this article was already told about, pending or decided. A
    # suggestion is keyed by the case-folded name until the vocabulary
    # knows it, by the tag's slug after; an editor's decision on either
    # (or a tag already on the article) settles both, so a re-import never
    # suggests again what was accepted or rejected.
    known_keys: set[str] = set()
    known_tag_ids: set[int] = set()
    if version.number > 1:
        for key, name, tag_id in article.tag_suggestions.values_list("key", "name", "tag_id"):
            known_keys.update((key, name.casefold()[:200]))
            if tag_id:
                known_tag_ids.add(tag_id)
        known_tag_ids.update(article.article_tags.values_list("tag_id", flat=True))
    vocabulary_keys = {t.vocabulary_key for t in cleaned.tags if t.vocabulary_key}
    tags_by_slug = Tag.objects.in_bulk(vocabulary_keys, field_name="slug") if vocabulary_keys else {}
    new: list[dict] = []
    for candidate in cleaned.tags:
        key = (candidate.vocabulary_key or candidate.name.casefold())[:200]
        matched = tags_by_slug.get(candidate.vocabulary_key) if candidate.vocabulary_key else None
        already_known = key in known_keys or candidate.name.casefold()[:200] in known_keys
        if already_known or (matched is not None and matched.pk in known_tag_ids):
            continue
        known_keys.add(key)
        new.append({
            "article_id": article.pk,
            "tag_id": matched.pk if matched is not None else None,
            "key": key,
            "name": candidate.name[:200],
            "kind": candidate.kind.value,
            "score": candidate.score,
            "evidence": list(candidate.evidence),
            "status": SuggestionStatus.SUGGESTED,
            "version_id": version.pk,
        })
    insert_rows(TagSuggestion, new)


def _set_original_edition(*, article_id: int, edition_id: int) -> None:
    using = router.db_for_write(Article)
    connection = connections[using]
    quote = connection.ops.quote_name
    field = Article._meta.get_field("original_edition")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(Article._meta.db_table)} SET {quote(field.column)} = %s "
            f"WHERE {quote(Article._meta.pk.column)} = %s",
            [edition_id, article_id],
        )
