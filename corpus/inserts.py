"""INSERTs compiled once per process, for the import's hot path.

``Model.objects.create`` and ``bulk_create`` compile their INSERT again on
every call (and prepare every value through the query compiler), which cost
more than the statements themselves for a document's half-dozen rows. These
helpers build the same statement once per model and database and prepare
each value with the model field's own ``pre_save`` and ``get_db_prep_save``,
so defaults, ``auto_now_add`` and JSON encoding are exactly the ORM's. No
model written through them has signals (a ``post_save`` receiver would be
skipped: do not use them for such a model), and related objects must be
saved before (their keys are taken as they are).

Here, in the lower layer, so that both the ingest services (source
documents) and the editorial services they call (articles, versions,
events, tag suggestions) use the same code.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import connections, models, router
from django.db.models.fields import AutoFieldMixin
from django.utils import timezone

__all__ = ["insert_returning", "insert_rows"]


def insert_returning(obj: models.Model) -> models.Model:
    """Insert ``obj`` as ``Model.objects.create`` would and set its primary
    key (a key the database numbers; any other is inserted as given).
    Where the database cannot return the new key from an INSERT, it is the
    ORM's own ``save``."""
    model = type(obj)
    using = router.db_for_write(model)
    connection = connections[using]
    numbered = isinstance(model._meta.pk, AutoFieldMixin)
    if numbered and not connection.features.can_return_columns_from_insert:
        obj.save(force_insert=True, using=using)
        return obj
    sql, fields, plain = _insert_sql(model, using, returning=True)
    values = []
    for field, unchanged in zip(fields, plain):
        value = field.pre_save(obj, add=True)
        values.append(value if type(value) in unchanged else field.get_db_prep_save(value, connection))
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        if numbered:
            obj.pk = cursor.fetchone()[0]
    obj._state.adding, obj._state.db = False, using
    return obj


def insert_rows(model: type[models.Model], rows: Iterable[Mapping[str, Any]]) -> None:
    """``bulk_create`` of rows given as ``{attname: value}``, where nothing
    reads the new primary keys back, without building model instances: a
    field left out takes its default (``auto_now``/``auto_now_add``: now),
    and every value is prepared by its field, as ``bulk_create`` does. One
    cached INSERT run with ``executemany``."""
    rows = list(rows)
    if not rows:
        return
    using = router.db_for_write(model)
    connection = connections[using]
    sql, fields, plain = _insert_sql(model, using, returning=False)
    now = timezone.now()
    # Rows of one call mostly repeat the same keys, states and times:
    # each distinct (column, type, value) is prepared by its field once.
    memo: dict[tuple, Any] = {}
    prepared = []
    for row in rows:
        values = []
        for index, (field, unchanged) in enumerate(zip(fields, plain)):
            if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
                # What the field's pre_save(add=True) sets: now, whatever was given.
                value = now if isinstance(field, models.DateTimeField) else datetime.date.today()
            elif field.attname in row:
                value = row[field.attname]
            else:
                value = field.get_default()
            if type(value) in unchanged:
                values.append(value)
                continue
            try:
                key = (index, type(value), value)
                values.append(memo[key])
            except KeyError:
                values.append(memo.setdefault(key, field.get_db_prep_save(value, connection)))
            except TypeError:  # unhashable (a list or dict for a JSON column): prepared each time
                values.append(field.get_db_prep_save(value, connection))
        prepared.append(values)
    with connection.cursor() as cursor:
        cursor.executemany(sql, prepared)


# Value types each field's get_db_prep_save hands back unchanged, on every
# backend (Django 5.2: these fields' get_prep_value returns a str, bool or
# float as it is, and their get_db_prep_value adds nothing): the common
# values skip four calls each. Other fields and types go through the field.
_UNCHANGED = {
    models.CharField: frozenset({str, type(None)}),
    models.TextField: frozenset({str, type(None)}),
    models.BooleanField: frozenset({bool}),
    models.FloatField: frozenset({float, type(None)}),
}


@functools.cache
def _insert_sql(model: type[models.Model], using: str, *, returning: bool) -> tuple[str, tuple, tuple]:
    connection = connections[using]
    quote = connection.ops.quote_name
    # Every column but a key the database numbers itself.
    fields = tuple(f for f in model._meta.concrete_fields if not (f.primary_key and isinstance(f, AutoFieldMixin)))
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"
    if returning and isinstance(model._meta.pk, AutoFieldMixin):
        sql += f" RETURNING {quote(model._meta.pk.column)}"
    plain = tuple(
        _UNCHANGED.get(type(f), frozenset({type(None)}) if f.is_relation else frozenset()) for f in fields
    )
    return sql, fields, plain
