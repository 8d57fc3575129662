"""Querysets compiled to SQL once per process, then only executed.

Building a queryset with a few joins and subqueries and compiling it costs Django
about a millisecond per subquery, on every request, although the SQL comes out the
same each time. On a page whose fragments are all cached that never shows; right
after a publish (every fragment retired) the home page's boxes spent more CPU
compiling their queries than reading their rows. A `PreparedQuery` builds and
compiles its queryset the first time a key is asked for and keeps the SQL, its
parameters and the compiler (whose converters turn the database's values into
Python's, as `.values()` does); later calls send the same SQL with the values that
change between requests (the clock, the day) put in place of their `Parameter`s.

What shapes the SQL (a home page's path, a locale, the restricted paths) goes in the
key, so a change of it compiles anew. Entries are kept per thread: a compiler holds
the connection it was made with.
"""

import threading

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Expression
from django.db.models.query import get_related_populators


class Parameter(Expression):
    """A value a `PreparedQuery` supplies on every run, e.g.
    `filter(ends_at__gte=Parameter("now", DateTimeField()))`."""

    def __init__(self, name, output_field):
        super().__init__(output_field=output_field)
        self.name = name

    def as_sql(self, compiler, connection):
        # The placeholder is filled on each run (PreparedQuery.rows).
        return "%s", [self]

    def db_value(self, value, connection):
        return self.output_field.get_db_prep_value(value, connection)


class PreparedQuery:
    """`build(*key)` returns a `.values()` queryset; `rows(key, **values)` runs its
    SQL, compiled once per key, process and thread, and returns its rows as dicts."""

    def __init__(self, build):
        self._build = build
        self._local = threading.local()

    def _compiled(self, key):
        compiled = getattr(self._local, "compiled", None)
        if compiled is None:
            compiled = self._local.compiled = {}
        if key not in compiled:
            queryset = self._build(*key)
            query = queryset.query
            compiler = query.get_compiler(queryset.db)
            try:
                sql, params = compiler.as_sql()
            except EmptyResultSet:
                sql, params = None, ()
            # The columns in the order the compiler selected them: `values()` keeps
            # its arguments' order (`query.selected`, Django 5.2), fields and
            # annotations mixed.
            if getattr(query, "selected", None) is not None:
                names = list(query.selected)
            else:
                names = [*query.extra_select, *query.values_select, *query.annotation_select]
            compiled[key] = (queryset.db, compiler, sql, tuple(params), names)
        return compiled[key]

    def _fetch(self, key, values):
        """(compiler, column names, the rows with Django's converters applied)."""
        alias, compiler, sql, params, names = self._compiled(key)
        if sql is None:
            return compiler, names, []
        connection = connections[alias]
        params = [
            param.db_value(values[param.name], connection)
            if isinstance(param, Parameter)
            else param
            for param in params
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            fetched = cursor.fetchall()
        return compiler, names, list(compiler.results_iter(results=[fetched]))

    def rows(self, key, **values):
        _, names, converted = self._fetch(key, values)
        return [dict(zip(names, row, strict=True)) for row in converted]

    def objects(self, key, **values):
        """For a `build` that returns a queryset of model instances (with or without
        `select_related`, no annotations): its instances, made as Django's
        `ModelIterable` makes them (`Model.from_db` with the selected columns, the
        related objects by Django's populators)."""
        compiler, _, converted = self._fetch(key, values)
        if not converted:
            return []
        klass_info, db = compiler.klass_info, compiler.using
        fields = klass_info["select_fields"]
        start, end = fields[0], fields[-1] + 1
        attnames = [column[0].target.attname for column in compiler.select[start:end]]
        populators = get_related_populators(klass_info, compiler.select, db)
        instances = []
        for row in converted:
            instance = klass_info["model"].from_db(db, attnames, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            instances.append(instance)
        return instances
