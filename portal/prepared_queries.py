"""Querysets compiled to SQL once per process, then only executed.

Building a queryset with a few joins and subqueries and compiling it costs Django
about a millisecond per subquery, on every request, although the SQL comes out the
same each time. On a page whose fragments are all cached that never shows; right
after a publish (every fragment retired) the home page's boxes spent more CPU
compiling their queries than reading their rows, and a search spent more compiling
its count-and-facets GROUP BY and its cards' joins than running them. A
`PreparedQuery` builds and compiles its queryset the first time a key is asked for
and keeps the SQL, its parameters and the compiler's converters (which turn the
database's values into Python's, as `.values()` does); later calls send the same
SQL with the values that change between requests put in place of their parameters:
a `Parameter` (the clock, the day), a `ListParameter` (the ids of a page of
results) or a `SubqueryParameter` (a search's matches, compiled on each run).

What shapes the SQL (a home page's path, a locale, the restricted paths, the time
zone) goes in the key, so a change of it compiles anew. Entries are kept per
thread: a compiler holds the connection it was made with.
"""

import re
import threading

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Expression
from django.db.models.query import get_related_populators

# A placeholder of Django's SQL, or an escaped percent sign (not a placeholder).
_PLACEHOLDER = re.compile(r"%%|%s")


class Parameter(Expression):
    """A value a `PreparedQuery` supplies on every run, e.g.
    `filter(ends_at__gte=Parameter("now", DateTimeField()))`."""

    def __init__(self, name, output_field=None):
        super().__init__(output_field=output_field)
        self.name = name

    def as_sql(self, compiler, connection):
        # The placeholder is filled on each run (PreparedQuery._statement).
        return "%s", [self]

    def db_value(self, value, connection):
        return self.output_field.get_db_prep_value(value, connection)

    def expand(self, value, connection):
        """(sql, params) put in this parameter's place for `value`."""
        return "%s", [self.db_value(value, connection)]


class ListParameter(Parameter):
    """Values written one placeholder each on every run, e.g.
    `filter(pk__in=ListParameter("ids", IntegerField()))`; none matches nothing."""

    def expand(self, value, connection):
        if not value:
            raise EmptyResultSet
        return ", ".join(["%s"] * len(value)), [self.db_value(item, connection) for item in value]


class SubqueryParameter(Parameter):
    """A queryset compiled on every run and put in place as a subquery, e.g.
    `filter(pk__in=SubqueryParameter("matches"))` given `matches=queryset.values("pk")`:
    only what changes from one run to the next is compiled."""

    def expand(self, value, connection):
        return value.query.get_compiler(connection=connection).as_sql()


class _Compiled:
    """A key's statement: `pieces` are (sql, params) and the `Parameter`s that expand
    in between (see PreparedQuery._statement)."""

    def __init__(self, queryset):
        query = queryset.query
        self.alias = queryset.db
        compiler = query.get_compiler(queryset.db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            sql, params = None, ()
        self.pieces = _pieces(sql, params) if sql is not None else None
        # The columns in the order the compiler selected them: `values()` keeps its
        # arguments' order (`query.selected`, Django 5.2), fields and annotations mixed.
        if getattr(query, "selected", None) is not None:
            self.names = tuple(query.selected)
        else:
            self.names = (*query.extra_select, *query.values_select, *query.annotation_select)
        self.compiler = compiler
        fields = [expression for expression, _sql, _alias in compiler.select[: compiler.col_count]]
        self.converters = compiler.get_converters(fields) if sql is not None else {}


def _pieces(sql, params):
    """`sql` cut at the placeholders of its expanding parameters:
    [(sql, params), parameter, (sql, params), ...]."""
    pieces, start, kept, position = [], 0, [], 0
    for match in _PLACEHOLDER.finditer(sql):
        if match.group() == "%%":
            continue
        param = params[position]
        position += 1
        if type(param) is Parameter or not isinstance(param, Parameter):
            kept.append(param)
            continue
        pieces.extend([(sql[start : match.start()], tuple(kept)), param])
        start, kept = match.end(), []
    pieces.append((sql[start:], tuple(kept)))
    return pieces


class PreparedQuery:
    """`build(*key)` returns a `.values()` or `.values_list()` queryset;
    `rows(key, **values)` runs its SQL, compiled once per key, process and thread,
    and returns its rows as dicts, `tuples(key, **values)` as tuples (`objects()`
    for a queryset of model instances). At most
    `kept` keys are kept per thread (all are dropped when one more comes)."""

    def __init__(self, build, kept=64):
        self._build = build
        self._kept = kept
        self._local = threading.local()

    def _table(self):
        compiled = getattr(self._local, "compiled", None)
        if compiled is None:
            compiled = self._local.compiled = {}
        return compiled

    def clear(self):
        """Forget this thread's compiled statements (the next call compiles anew)."""
        self._table().clear()

    def _compiled(self, key):
        table = self._table()
        found = table.get(key)
        if found is None:
            if len(table) >= self._kept:
                table.clear()
            found = table[key] = _Compiled(self._build(*key))
        return found

    @staticmethod
    def _statement(pieces, values, connection):
        sql, params = [], []
        for piece in pieces:
            if isinstance(piece, Parameter):
                text, extra = piece.expand(values[piece.name], connection)
                sql.append(text)
                params.extend(extra)
                continue
            sql.append(piece[0])
            params.extend(
                param.db_value(values[param.name], connection)
                if isinstance(param, Parameter)
                else param
                for param in piece[1]
            )
        return "".join(sql), params

    def tuples(self, key, **values):
        compiled = self._compiled(key)
        if compiled.pieces is None:
            return []
        connection = connections[compiled.alias]
        try:
            sql, params = self._statement(compiled.pieces, values, connection)
        except EmptyResultSet:
            return []
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            fetched = cursor.fetchall()
        if not compiled.converters:
            return fetched
        converted = compiled.compiler.apply_converters(fetched, compiled.converters)
        return [tuple(row) for row in converted]

    def rows(self, key, **values):
        names = self._compiled(key).names
        return [dict(zip(names, row, strict=True)) for row in self.tuples(key, **values)]

    def objects(self, key, **values):
        """For a `build` that returns a queryset of model instances (with or without
        `select_related`, no annotations): its instances, made as Django's
        `ModelIterable` makes them (`Model.from_db` with the selected columns, the
        related objects by Django's populators)."""
        converted = self.tuples(key, **values)
        if not converted:
            return []
        compiler = self._compiled(key).compiler
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
