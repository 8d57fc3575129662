"""PostgreSQL's time per search (issue #25 point 5, http25f): a search without
filters finds its first matches through the GIN indexes once, for the ranking and
for the count and facets alike (search migration 0005), and the ranking statement
computes each candidate's costly parts once (search.fences.modelsearch.ranked); the
sample's thousands of ids go back to PostgreSQL as one array literal, which psycopg
does not adapt item by item (search.matching.among)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from search.matching import among

pytestmark = [pytest.mark.django_db, pytest.mark.database("postgresql")]


def _statements(client, words):
    with CaptureQueriesContext(connection) as captured:
        client.get("/api/search/", {"q": words})
    return [query["sql"] for query in captured.captured_queries]


def _ranking_statement(statements):
    return next(sql for sql in statements if "AS title_score" in sql)


def _plan(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (VERBOSE) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def test_matches_are_found_through_the_index_once(client, pledges):
    statements = _statements(client, "giao ước thi đua")
    readers = ("search_candidate", "search_newest_parts")
    assert sum(any(name in sql for name in readers) for sql in statements) == 1


def test_body_rank_is_computed_once_a_candidate(client, pledges):
    plan = _plan(_ranking_statement(_statements(client, "giao ước thi đua")))
    assert plan.count("ts_rank(") == 1


def test_ids_go_to_the_database_as_one_array_literal(db):
    _sql, params = among(Page.objects.all(), [3, 1, 2]).query.sql_with_params()
    assert params == ("{3,1,2}",)
