"""Checking and copying a database filled by :mod:`bench.admin_fill`."""

from __future__ import annotations

import time

from bench.admin_fill import make_users, reset_sequences


def check_invariants() -> dict[str, int]:
    """Counts of rows breaking what the services guarantee (all must be 0)."""
    from django.db.models import Exists, F, OuterRef, Q, Subquery  # Django is set up by the caller

    from editorial.models import Article, Edition, Event, TagSuggestion, Version
    from editorial.querysets import article_cached_columns

    review_actions = ["imported", "reimported", "edited", "conflict_saved", "submitted", "approved",
                      "changes_requested", "rejected"]
    last_to = Subquery(
        Event.objects.filter(version=OuterRef("pk"), action__in=review_actions)
        .order_by("-created_at", "-pk").values("to_state")[:1]
    )
    newer = Version.objects.filter(edition=OuterRef("pk"), number__gt=OuterRef("latest_version__number"))
    flags = article_cached_columns(edition_model=Edition, version_model=Version, suggestion_model=TagSuggestion)
    stale_flags = Article.objects.annotate(**{f"want_{k}": v for k, v in flags.items()}).filter(
        Q(*[~Q(**{k: F(f"want_{k}")}) for k in flags], _connector=Q.OR))
    return {
        "cached article flags differ from the data": stale_flags.count(),
        "version status != last review event": Version.objects.annotate(last=last_to)
        .exclude(status=F("last")).count(),
        "live version not approved": Edition.objects.filter(live_version__isnull=False)
        .exclude(live_version__status="approved").count(),
        "live version of another edition": Edition.objects.filter(live_version__isnull=False)
        .exclude(live_version__edition=F("pk")).count(),
        "latest pointer missing or not newest": Edition.objects.filter(
            Q(latest_version__isnull=True) | Q(Exists(newer)) | ~Q(latest_version__edition=F("pk"))).count(),
        "original edition missing or foreign": Article.objects.filter(
            Q(original_edition__isnull=True) | ~Q(original_edition__article=F("pk"))).count(),
        "approved or rejected by creator/submitter": Event.objects.filter(
            action__in=["approved", "rejected"], version__isnull=False)
        .filter(Q(actor=F("version__created_by")) | Q(actor=F("version__submitted_by"))).count(),
    }


def copy_from_sqlite(path: str, log=print) -> None:
    """Copy a database filled by :func:`fill` (SQLite) into this empty
    PostgreSQL one with COPY, so both engines are measured on the same rows.

    Users, the role groups and the baseline's groups are made here (their
    ids and permissions belong to this database); every reference to a user
    is translated by username.
    """
    import sqlite3

    from django.contrib.auth.models import User
    from django.db import connection, transaction

    from corpus.models import ImportRun, SourceDocument
    from editorial.models import Article, ArticleTag, Edition, Event, Tag, TagAlias, TagLabel, TagSuggestion, Version

    source = sqlite3.connect(path)
    make_users()
    users = dict(User.objects.values_list("username", "pk"))
    user_ids = {pk: users[name] for pk, name in source.execute("SELECT id, username FROM auth_user")}
    t0 = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for model in (ImportRun, SourceDocument, Tag, TagAlias, TagLabel, Article, Edition, Version, TagSuggestion,
                      ArticleTag, Event):
            fields = model._meta.concrete_fields
            columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
            to_user = [i for i, f in enumerate(fields) if f.is_relation and f.related_model is User]
            to_bool = [i for i, f in enumerate(fields) if f.get_internal_type() == "BooleanField"]
            rows = source.execute(f'SELECT {columns} FROM "{model._meta.db_table}"')
            count = 0
            with cursor.copy(f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN') as copy:
                for row in rows:
                    row = list(row)
                    for i in to_user:
                        row[i] = user_ids.get(row[i]) if row[i] is not None else None
                    for i in to_bool:
                        row[i] = bool(row[i])
                    copy.write_row(row)
                    count += 1
            log(f"  copied {count:>8} {model._meta.db_table} ({time.perf_counter() - t0:.0f}s)")
    reset_sequences()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
