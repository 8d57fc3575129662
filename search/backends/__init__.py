"""The database search backends the settings name: modelsearch's own, with a capped
candidate set so a query costs the same at 100,000 pages as at 1,000.

modelsearch filters PostgreSQL on `title || body`, an expression neither GIN index
serves, and ranks every match before the LIMIT; on SQLite it ranks each match with
a correlated FTS5 query per page. A common word ("thi đua" is in nearly every
document) then costs seconds. Here the matches are found on the indexed columns
themselves and at most `CANDIDATE_CAP` of them are ranked (PostgreSQL: title
matches first, then other body matches, both straight from the GIN indexes; SQLite:
the newest matches by FTS5 rowid); the service ranks
its candidates again with its own rules anyway (search.service), so the backend's
order only has to bring the right pages into that set.

The folded copy of every page's text (search.indexing) is indexed into `body`
together with the folded title, so matching on `body` finds the same pages as
matching on `title || body`; `title` is still searched for the page types without a
folded copy (home and index pages) and gives title matches their own share of the
candidates.

Only plain queries over the whole index entry are capped; queries on named fields,
fuzzy, negated and match-all queries take modelsearch's own path. The capped
compilers override modelsearch's internals, so they live in the fence
search/fences/modelsearch/; with LIBRARY_FENCES["modelsearch_compilers"] off every
query takes modelsearch's own path.
"""


def SearchBackend(params):
    """The capped backend for the database in use, as WAGTAILSEARCH_BACKENDS names
    this package; other databases get modelsearch's choice unchanged. The vendor
    modules are imported here only, as each imports its own database's models."""
    from django.db import connection
    from modelsearch.backends.database import SearchBackend as database_backend

    if connection.vendor == "postgresql":
        from search.backends.postgres import CappedPostgresSearchBackend

        return CappedPostgresSearchBackend(params)
    backend = database_backend(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        from search.backends.sqlite import CappedSQLiteSearchBackend

        return CappedSQLiteSearchBackend(params)
    return backend
