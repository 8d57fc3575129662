"""Counting the SQL queries a page costs, for the listing budget tests."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.page_cache import purge


def count_queries(client, url):
    """Queries for one request of `url` with the page caches cleared. A first request
    generates any missing image renditions, a one-off cost each image pays once."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def count_cold_queries(client, url):
    """Queries for one request of `url` right after a site-wide purge (fragments,
    routes and settings retired), the page having been served once before."""
    client.get(url)
    purge()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)
