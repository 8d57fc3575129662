"""The home page's box of featured profiles reads them through a partial index
(home migration 0015) instead of every profile (issue #25: 3 ms of the home page's
boxes at 5,000 profiles, on the first request after a publish)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models.home_page import home_boxes
from tests.home.factories import ModelProfileIndexPageFactory, ModelProfilePageFactory

pytestmark = pytest.mark.django_db

INDEX = "profile_featured"


def _home_boxes_plan(home_page):
    """The plan of the statement the home page's boxes run (home.models.home_page)."""
    with CaptureQueriesContext(connection) as captured:
        home_boxes(home_page, timezone.now())
    sql = next(query["sql"] for query in captured if "home_modelprofilepage" in query["sql"])
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # With reading the whole table priced out, the plan shows whether the
            # index can find the featured profiles.
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(explain + sql)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def test_profiles_have_the_featured_index():
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, "home_modelprofilepage")
    assert INDEX in indexes


def test_featured_profiles_are_found_through_the_index(home_page):
    section = ModelProfileIndexPageFactory(parent=home_page)
    ModelProfilePageFactory(parent=section, featured=True)
    ModelProfilePageFactory(parent=section, featured=False)
    assert INDEX in _home_boxes_plan(home_page)
