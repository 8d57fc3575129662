"""Search entries for a batch of new pages on PostgreSQL, the same rows the site's
search backend writes, at a fraction of its cost in Python.

modelsearch's PostgreSQL index builds a Django expression (a SearchVector per field,
combined with `||`) for each page and compiles it, and after every batch it
recomputes the title norms from the whole entry table. For 125,000 generated pages
that was the largest part of the generator's CPU (cProfile, tests/benchmarks/
README.md, "At 100,000 documents (large25)"). Here each page's vectors are written
as the same SQL text directly, the folded text parts go in with COPY, and the title
norms are refreshed once per kind of page (`refresh_title_norms`).
tests/home/demo/test_generate_load_data.py checks the rows equal the backend's own.
"""

from django.db import connection
from modelsearch.backends.database.postgres.postgres import (
    EMPTY_VECTOR,
    IndexEntry,
    ObjectIndexer,
    PostgresSearchBackend,
)
from modelsearch.utils import get_content_type_pk
from wagtail.search.backends import get_search_backend

from home.demo.load_data import pgcopy
from search.backends.folded import FoldedTextIndexMixin
from search.indexing import folded_parts
from search.models import FoldedText

# What Django compiles SearchVector(Value(text), weight=…, config=…) to.
WEIGHTED_VECTOR = "setweight(to_tsvector(%s::regconfig, COALESCE(%s, %s)), %s)"


class _SqlIndexer(ObjectIndexer):
    """modelsearch's indexer (the same fields, texts, weights and configurations)
    with each vector as (sql, params) instead of an expression."""

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        if not texts:
            return _empty_vector()
        config = self.autocomplete_config if for_autocomplete else self.config
        params = []
        for text, weight in texts:
            params.extend((config, text, "", weight))
        return "(" + " || ".join([WEIGHTED_VECTOR] * len(texts)) + ")", params


def _empty_vector():
    compiler = connection.ops.compiler("SQLCompiler")(None, connection, "default")
    sql, params = EMPTY_VECTOR.resolve_expression().as_sql(compiler, connection)
    return sql, list(params)


def applies(backend):
    return (
        pgcopy.enabled()
        and isinstance(backend, PostgresSearchBackend)
        and issubclass(backend.index_class, FoldedTextIndexMixin)
    )


def add(model, pages):
    """The search entries and folded texts of new `pages` of `model`; False (nothing
    written) where the site's backend is not the PostgreSQL one this mirrors."""
    backend = get_search_backend()
    if not applies(backend):
        return False
    if pages and model.get_search_fields():
        _write_entries(model, [_SqlIndexer(page, backend) for page in pages])
    pgcopy.copy_rows(
        FoldedText._meta.db_table,
        ["page_id", "parts"],
        (
            [
                page.pk,
                FoldedText._meta.get_field("parts").get_db_prep_save(
                    folded_parts(page), connection
                ),
            ]
            for page in pages
        ),
    )
    return True


def _write_entries(model, indexers):
    content_type = get_content_type_pk(model)
    rows, params = [], []
    for indexer in indexers:
        row = ["%s", "%s"]
        params.extend((content_type, indexer.id))
        for vector in (indexer.title, indexer.autocomplete, indexer.body):
            sql, vector_params = vector
            row.append(sql)
            params.extend(vector_params)
        row.extend(("1.0", "%s", "%s"))
        params.extend((indexer.title_text, indexer.body_text))
        rows.append("(" + ", ".join(row) + ")")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, "
            "autocomplete, body, title_norm, title_text, body_text) VALUES " + ", ".join(rows),
            params,
        )


def refresh_title_norms():
    """What modelsearch does after each batch, once: the title norms of the entries
    written since."""
    backend = get_search_backend()
    if applies(backend):
        backend.get_index_for_model(IndexEntry)._refresh_title_norms()
