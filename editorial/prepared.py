"""ORM querysets compiled to SQL once per process, run with new values.

A public page asks the same question on every request with different
values (this article, this language, now). Building and compiling the
queryset — the ``published()`` rule, its joins and annotations — costs
several times what the database takes to answer it. :class:`PreparedQuery`
builds the queryset once with sentinel values, compiles it, remembers where
each sentinel's parameter sits, and from then on runs the same SQL with the
request's values through Django's own result machinery (model instances,
``select_related`` objects, annotations, field converters), so what comes
back is exactly what the queryset itself would return.

The SQL still comes from the one queryset (``published()`` stays the single
definition of the rule); only its compilation is shared. Values must only
appear as query parameters and never change the shape of the SQL: a value
that does (a list of varying length, ``None`` turning ``=`` into ``IS
NULL``, a language whose fallbacks add a subquery) belongs in ``shape``,
which keys the compiled forms.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from datetime import datetime, timezone as dt_timezone
from typing import Any

from django.db import connections, models, router

__all__ = ["PreparedQuery", "PreparedQueryError"]


class PreparedQueryError(Exception):
    """The queryset cannot be prepared: a value does not reach the SQL as
    a parameter of its own."""


class PreparedQuery:
    """``build(**values)`` returns a queryset of ``model``; ``fields`` maps
    each value's name to the model field whose column it is compared with
    (its database form is what the SQL receives). Calling the prepared
    query with the values returns the queryset's results as a list."""

    def __init__(self, model: type[models.Model], build: Callable[..., models.QuerySet], **fields: models.Field):
        self.model = model
        self.build = build
        self.fields = fields
        # (alias, shape) -> (compiler, sql, params, [(position, name)]);
        # filled once per process (a race compiles twice, harmlessly).
        self._compiled: dict[tuple[str, Hashable], tuple] = {}

    def __call__(self, *, shape: Hashable = None, **values: Any) -> list:
        if values.keys() != self.fields.keys():
            raise TypeError(f"expected values for {sorted(self.fields)}, got {sorted(values)}")
        alias = router.db_for_read(self.model)
        compiled = self._compiled.get((alias, shape))
        if compiled is None:
            compiled = self._compiled[(alias, shape)] = self._compile(alias, shape)
        template, sql, params, slots = compiled
        connection = connections[alias]
        run_params = list(params)
        for position, name in slots:
            run_params[position] = self.fields[name].get_db_prep_value(values[name], connection, prepared=False)
        return list(self._queryset(alias, template, sql, tuple(run_params)))

    def _sentinels(self) -> dict[str, Any]:
        values = {}
        for index, (name, field) in enumerate(self.fields.items()):
            if isinstance(field, models.DateTimeField):
                values[name] = datetime(1901 + index, 2, 3, 4, 5, 6, 789012, tzinfo=dt_timezone.utc)
            elif isinstance(field, (models.IntegerField, models.AutoField, models.ForeignKey)):
                values[name] = 1_987_654_301 + index
            else:
                values[name] = f"prepared-query-sentinel-{index}"
        return values

    def _compile(self, alias: str, shape: Hashable) -> tuple:
        sentinels = self._sentinels()
        queryset = self.build(shape=shape, **sentinels) if shape is not None else self.build(**sentinels)
        connection = connections[alias]
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        marks = {
            name: self.fields[name].get_db_prep_value(value, connection, prepared=False)
            for name, value in sentinels.items()
        }
        slots = [(position, name) for position, param in enumerate(params)
                 for name, mark in marks.items() if param == mark]
        missing = set(marks) - {name for _, name in slots}
        if missing:
            raise PreparedQueryError(f"values {sorted(missing)} are not parameters of the compiled SQL")
        return compiler, sql, params, slots

    def _queryset(self, alias: str, template, sql: str, params: tuple) -> models.QuerySet:
        # A copy of the compiled compiler, bound to this thread's connection,
        # that answers its own SQL with this call's parameters; the query
        # hands it to the queryset's usual iterable.
        compiler = copy.copy(template)
        compiler.connection = connections[alias]
        compiler.as_sql = lambda *args, **kwargs: (sql, params)
        query = copy.copy(template.query)
        query.get_compiler = lambda *args, **kwargs: compiler
        return models.QuerySet(model=self.model, query=query, using=alias)
