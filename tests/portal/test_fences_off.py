"""With each of the portal's fences off (LIBRARY_FENCES), the site serves on the
library's plain behaviour: the same pages, without the shortcut the fence made."""

import uuid

import pytest
from csp.middleware import CSPMiddleware as PlainCSPMiddleware
from csp.utils import build_policy
from django.core.cache.backends.redis import RedisCacheClient
from django.http import HttpResponse
from django.test import RequestFactory

from portal import page_cache
from portal.fences import csp
from portal.redis_cache import RedisCache
from tests.fences_support import fence_off
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.redis_pages import TEST_REDIS_URL, delete_prefixed
from tests.portal.test_local_pages import other_worker
from tests.portal.test_routing import _queries

pytestmark = pytest.mark.django_db
__all__ = ["other_worker"]

TITLE = "Tin khi hàng rào tắt"


@pytest.fixture
def news(home_page):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title=TITLE)


def _warm_queries(client, url):
    """Queries of a request after two of the same address."""
    client.get(url)
    client.get(url)
    return _queries(client, url)


# wagtail_routes


def test_page_serves_with_routes_fence_off(client, settings, news):
    fence_off(settings, "wagtail_routes")
    client.get(news.url)
    assert TITLE in client.get(news.url).content.decode()


def test_routes_fence_off_lets_wagtail_walk_the_tree(client, settings, news):
    remembered = _warm_queries(client, news.url)
    fence_off(settings, "wagtail_routes")
    assert _warm_queries(client, news.url) > remembered


# redis_pool


def test_redis_cache_uses_djangos_client_with_pool_fence_off(settings):
    fence_off(settings, "redis_pool")
    cache = RedisCache(TEST_REDIS_URL, {"KEY_PREFIX": f"test-fence-{uuid.uuid4().hex}"})
    assert type(cache._cache) is RedisCacheClient


def test_redis_cache_round_trips_with_pool_fence_off(settings):
    fence_off(settings, "redis_pool")
    cache = RedisCache(TEST_REDIS_URL, {"KEY_PREFIX": f"test-fence-{uuid.uuid4().hex}"})
    cache.set("key", {"views": 3})
    try:
        assert cache.get("key") == {"views": 3}
    finally:
        delete_prefixed(cache.key_prefix)


def test_page_cache_on_redis_hits_with_pool_fence_off(client, settings, other_worker, news):
    fence_off(settings, "redis_pool")
    client.get(news.url)
    assert client.get(news.url)["X-Page-Cache"] == "HIT"


def test_pool_fence_off_keeps_no_pages_in_worker_memory(client, settings, other_worker, news):
    fence_off(settings, "redis_pool")
    client.get(news.url)
    assert page_cache._local() is None


# csp_policy


def test_page_carries_django_csps_header_with_csp_fence_off(client, settings, news):
    fence_off(settings, "csp_policy")
    assert client.get(news.url)["Content-Security-Policy"] == build_policy()


def _nonce_request(read_nonce):
    request = RequestFactory().get("/")
    middleware = PlainCSPMiddleware(lambda request: HttpResponse())
    middleware.process_request(request)
    if read_nonce:
        str(request.csp_nonce)
    middleware.process_response(request, HttpResponse())
    return request


def test_nonce_is_seen_with_csp_fence_off(settings):
    fence_off(settings, "csp_policy")
    assert csp.nonce_used(_nonce_request(read_nonce=True))


def test_no_nonce_is_seen_where_none_was_used_with_csp_fence_off(settings):
    fence_off(settings, "csp_policy")
    assert not csp.nonce_used(_nonce_request(read_nonce=False))
