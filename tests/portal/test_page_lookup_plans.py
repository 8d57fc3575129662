"""The queries every page makes on its first request after a publish read the pages
they list through an index, never by testing each page of the site (issue #25
points 3 and 4: the first request after a publish). At 100,000 documents each such
scan cost 40 to 340 ms: the view restrictions and aliases, the header's menu, the
route, the home page's boxes, the most viewed lists and the documents box. The
plans are asked with scans forbidden (PostgreSQL) or read as SQLite chose them,
and the indexes they need are checked to exist."""

import datetime
import uuid

import pytest
from django.db import connection
from django.db.models import CharField, DateTimeField, IntegerField, UUIDField

from documents.templatetags.documents_tags import _box_queryset
from home.analytics.stats import _rankings_queryset
from home.models.home_page import _boxes_queryset
from home.templatetags.navigation_tags import _frame_pages_queryset
from portal.prepared_queries import Parameter
from portal.route_walk import _prefix_pages_queryset
from portal.view_restrictions import _restricted_and_alias_queryset

pytestmark = pytest.mark.django_db

SAMPLES = {
    CharField: "/home/",
    UUIDField: uuid.uuid4(),
    DateTimeField: datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
    IntegerField: 1,
}


def _value(param):
    if not isinstance(param, Parameter):
        return param
    return param.db_value(SAMPLES[type(param.output_field)], connection)


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    params = [_value(param) for param in params]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql, params)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def _reads_every_page(plan):
    if connection.vendor == "postgresql":
        # Each page tested against lists joined by OR; on a test database's few rows
        # PostgreSQL walks a whole index as readily as through one of its keys, so
        # the indexes themselves are checked below.
        return any("Filter:" in line and "SubPlan" in line for line in plan.splitlines())
    return any(
        line.startswith("SCAN") and "wagtailcore_page" in line and "restriction" not in line
        for line in plan.splitlines()
    )


def test_restrictions_and_aliases_are_read_through_their_keys(db):
    assert not _reads_every_page(_plan(_restricted_and_alias_queryset()))


def _indexed_columns(table):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return [tuple(found["columns"]) for found in constraints.values() if found["index"]]


def test_menu_pages_have_an_index(db):
    assert ("depth",) in _indexed_columns("wagtailcore_page")


def test_url_paths_have_an_index(db):
    assert ("url_path",) in _indexed_columns("wagtailcore_page")


def test_news_dates_have_an_index(db):
    assert ("date",) in _indexed_columns("home_newspage")


def test_menu_breadcrumb_and_translations_are_read_through_indexes(db):
    assert not _reads_every_page(_plan(_frame_pages_queryset("/home/", 3, 2, True)))


def test_route_prefixes_are_read_through_the_url_path_index(db):
    assert not _reads_every_page(_plan(_prefix_pages_queryset(3)))


def test_home_boxes_are_read_through_the_keys_of_their_lists(home_page):
    assert not _reads_every_page(_plan(_boxes_queryset(home_page.path, home_page.depth, ())))


def test_documents_box_is_read_through_the_keys_of_its_lists(home_page):
    assert not _reads_every_page(_plan(_box_queryset(home_page.locale_id, 5, ())))


def test_most_viewed_lists_leave_private_sections_out_by_their_paths(home_page):
    queryset = _rankings_queryset(("7", "30"), 5, "", home_page.locale_id, (1,), ("00010001",))
    assert "pageviewrestriction" not in str(queryset.query)
