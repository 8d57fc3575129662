"""The internals of django-modelsearch the capped compilers rely on
(search/fences/modelsearch/) are still there and behave as its docstring says, and
with the fence off the backends search with modelsearch's own compilers."""

import inspect

import pytest
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from tests.fences_support import broken, fence_off
from tests.search.test_backends import plans

FENCE = "search/fences/modelsearch/"
__all__ = ["plans"]


def _parameters(function):
    return list(inspect.signature(function).parameters)


def _found(query):
    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code="vi"))
    return {page.pk for page in get_search_backend().search(PlainText(query), pages)}


@pytest.mark.database("postgresql")
def test_postgres_compiler_keeps_the_methods_the_fence_calls():
    from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler

    expected = {
        "search": ["self", "config", "start", "stop", "score_field", "backend"],
        "build_tsquery": ["self", "query", "config"],
        "get_index_vectors": ["self", "search_query"],
        "_build_rank_expression": ["self", "vectors", "config"],
        "_apply_ordering_and_scoring": [
            "self", "queryset", "rank_expression", "start", "stop", "score_field"
        ],
    }
    found = {name: _parameters(getattr(PostgresSearchQueryCompiler, name)) for name in expected}
    assert found == expected, broken(FENCE + "postgres.py", "a compiler method changed")


@pytest.mark.database("sqlite")
def test_sqlite_compiler_keeps_the_methods_the_fence_calls():
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    expected = {
        "search": ["self", "config", "start", "stop", "score_field"],
        "build_search_query": ["self", "query", "config"],
        "get_search_vectors": ["self"],
        "_build_rank_expression": ["self", "vectors", "config"],
    }
    found = {name: _parameters(getattr(SQLiteSearchQueryCompiler, name)) for name in expected}
    assert found == expected, broken(FENCE + "sqlite.py", "a compiler method changed")


@pytest.mark.database("sqlite")
def test_sqlite_fts_entry_keeps_the_names_the_fence_reads():
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchQueryCompiler,
    )

    fields = {field.name for field in SQLiteFTSIndexEntry._meta.get_fields()}
    assert "index_entry" in fields, broken(FENCE + "sqlite.py", "SQLiteFTSIndexEntry changed")
    assert SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS == ["title", "body"], broken(
        FENCE + "sqlite.py", "FTS_TABLE_FIELDS changed"
    )
    assert callable(MatchExpression) and callable(normalize)


def test_descendant_content_types_helper_takes_a_model():
    assert _parameters(get_descendants_content_types_pks) == ["model"], broken(
        FENCE, "modelsearch.utils.get_descendants_content_types_pks changed"
    )


@pytest.mark.django_db
def test_compiler_state_the_fence_reads(plans):
    compiler_class = type(get_search_backend()).query_compiler_class
    compiler = compiler_class(Page.objects.all(), PlainText("gom bau truc"))
    for name in ("query", "queryset", "fields", "order_by_relevance"):
        assert hasattr(compiler, name), broken(FENCE, f"the compiler has no `{name}`")


@pytest.mark.django_db
def test_capped_search_finds_what_modelsearch_finds(settings, plans):
    capped = _found("gom bau truc")
    fence_off(settings, "modelsearch_compilers")
    assert capped == _found("gom bau truc") == {plan.pk for plan in plans}, broken(
        FENCE, "the capped compiler finds other pages than modelsearch's own"
    )


@pytest.mark.django_db
def test_fence_off_uses_modelsearchs_own_compiler(settings):
    fence_off(settings, "modelsearch_compilers")
    backend = get_search_backend()
    assert type(backend).query_compiler_class.__mro__[1] is backend.query_compiler_class


@pytest.mark.django_db
def test_search_page_finds_plans_with_fence_off(client, settings, plans):
    fence_off(settings, "modelsearch_compilers")
    html = client.get("/tim-kiem/", {"q": "gốm Bàu Trúc"}).content.decode()
    assert "Kế hoạch số 2 của tỉnh" in html
