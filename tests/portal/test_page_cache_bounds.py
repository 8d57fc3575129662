"""The page cache cannot be filled from outside: 10,000 requests, each with an
address of its own (another Host port, page number, unknown parameter or path),
leave a bounded number of entries in Redis."""

import pytest
from django.test import Client

from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.redis_server import own_redis, redis_site

pytestmark = pytest.mark.django_db
__all__ = ["own_redis", "redis_site"]

HOSTILE_REQUESTS = 10_000


def _hostile_addresses(news_url):
    """(path, Host header) pairs, every one different: a quarter each of other
    ports, page numbers, tracking parameters and paths that do not exist."""
    quarter = HOSTILE_REQUESTS // 4
    for n in range(HOSTILE_REQUESTS):
        host = f"localhost:{1024 + n}"
        kind, number = divmod(n, quarter)
        path = [news_url, f"{news_url}?page={number}", f"/?utm_source={number}",
                f"/khong-ton-tai-{number}/"][kind]
        yield path, host


def _page_keys(server):
    return sum(1 for _ in server.client().scan_iter(match="outage-pages:*page:*", count=1000))


@pytest.fixture
def news(home_page):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Tin bị tấn công")


def test_hostile_addresses_leave_a_bounded_page_cache(redis_site, news, settings):
    client = Client()
    statuses = set()
    for path, host in _hostile_addresses(news.url):
        statuses.add(client.get(path, HTTP_HOST=host).status_code)
    assert statuses <= {200, 404}
    # One entry for every port of the article, at most the variant budget for the
    # page numbers, none for unknown parameters and missing paths.
    assert _page_keys(redis_site) <= 1 + settings.PAGE_CACHE_MAX_VARIANTS


def test_other_ports_share_one_entry(redis_site, news):
    client = Client()
    client.get(news.url, HTTP_HOST="localhost:8001")
    response = client.get(news.url, HTTP_HOST="localhost:8002")
    assert response["X-Page-Cache"] == "HIT"
    assert _page_keys(redis_site) == 1


def test_documented_redis_configuration_caps_memory(own_redis):
    config = own_redis.client().config_get("maxmemory*")
    assert config["maxmemory"] == str(256 * 1024 * 1024)
    assert config["maxmemory-policy"] == "volatile-lru"
