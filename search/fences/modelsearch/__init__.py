"""Fence around the query compilers of django-modelsearch's database backends
(modelsearch 1.3.2, as Wagtail 8.0.1 installs it).

The capped compilers (search.backends explains the cap) override the compilers'
`search` method and call what modelsearch keeps to itself, so a modelsearch
upgrade can break them without a deprecation:

- both: `search(self, config, start, stop, score_field=None[, backend=None])` as
  the backend calls it; `self.query`, `self.queryset`, `self.fields` (None: the
  whole index entry), `self.order_by_relevance`;
  `modelsearch.utils.get_descendants_content_types_pks(model)`;
- PostgreSQL (postgres.py): `PostgresSearchQueryCompiler.build_tsquery(query,
  config=)`, `get_index_vectors(search_query)`, `_build_rank_expression(vectors,
  config)` and `_apply_ordering_and_scoring(queryset, rank_expression, start, stop,
  score_field)`; the SQL function `search_candidates` of search migration 0002
  reads modelsearch's `wagtailsearch_indexentry` columns `title`, `body`,
  `content_type_id` and `object_id`; search migration 0006 adds a column
  generated from its `title_text` (a modelsearch migration dropping or retyping
  `title_text` must drop that column first);
- SQLite (sqlite.py): `SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS`,
  `build_search_query(query, config=)`, `get_search_vectors()` and
  `_build_rank_expression(vectors, config)` (bm25(), lower is better);
  `modelsearch.backends.database.sqlite.query.MatchExpression(columns, query)` and
  `normalize(query)`; the model `SQLiteFTSIndexEntry` with its `index_entry`
  (`object_id`, `content_type`) relation.

One module per database: each of modelsearch's vendor modules loads its own
database's models on import. tests/search/test_fences.py checks these names and
that a capped search finds what modelsearch's own finds. With
`LIBRARY_FENCES["modelsearch_compilers"]` off, the backends use modelsearch's own
compilers (every match ranked, slower for common words; same pages found).
"""

from portal.fences import enabled


def choose_compiler(backend, plain_compiler_class):
    """Make `backend` use modelsearch's `plain_compiler_class` when the fence is off."""
    if not enabled("modelsearch_compilers"):
        backend.query_compiler_class = plain_compiler_class
    return backend
