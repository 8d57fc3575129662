"""The X-Query-Count header the HTTP benchmark reads (portal/middleware.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

MIDDLEWARE = "portal.middleware.QueryCountHeaderMiddleware"


@pytest.fixture
def counting(settings):
    settings.MIDDLEWARE = [MIDDLEWARE, *settings.MIDDLEWARE]


def test_header_counts_the_requests_queries(client, counting, home_page):
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/", HTTP_X_COUNT_QUERIES="1")
    assert int(response["X-Query-Count"]) == len(captured)


def test_header_is_zero_without_queries(client, counting):
    assert client.get("/robots.txt", HTTP_X_COUNT_QUERIES="1")["X-Query-Count"] == "0"


def test_header_absent_when_the_request_does_not_ask(client, counting, home_page):
    assert "X-Query-Count" not in client.get("/")


def test_header_absent_unless_turned_on(client, home_page):
    assert "X-Query-Count" not in client.get("/")
