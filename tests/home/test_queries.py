import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HOME_PAGE_QUERY_BUDGET = 10


def _count_home_page_queries(client):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200
    return len(captured)


def test_home_page_stays_within_query_budget(client, home_page):
    assert _count_home_page_queries(client) <= HOME_PAGE_QUERY_BUDGET


def test_home_page_queries_do_not_grow_with_child_pages(client, home_page):
    StandardPageFactory(parent=home_page, show_in_menus=True)
    before = _count_home_page_queries(client)
    for _ in range(50):
        StandardPageFactory(parent=home_page, show_in_menus=True)
    assert _count_home_page_queries(client) == before
