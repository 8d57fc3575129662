"""Counting the SQL Django compiles, to show a query prepared once is not built again
(portal/prepared_queries.py)."""

import contextlib

from django.db.models.sql.compiler import SQLCompiler


@contextlib.contextmanager
def compiled_queries(monkeypatch):
    """Yields the list of the compilers that produced SQL inside the block."""
    compiled = []
    compile_sql = SQLCompiler.as_sql

    def counting(self, *args, **kwargs):
        # Counted once compiled: a `.none()` queryset raises EmptyResultSet here.
        sql = compile_sql(self, *args, **kwargs)
        compiled.append(self)
        return sql

    with monkeypatch.context() as patch:
        patch.setattr(SQLCompiler, "as_sql", counting)
        yield compiled
