"""Pages kept in a worker's memory with the generation token pushed over Redis
(portal/local_pages.py). Real Redis at 127.0.0.1:6379; a second backend object on the
same database stands for another gunicorn worker."""

import time
import uuid

import pytest
import redis
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.http import HttpResponse

from portal import local_pages, page_cache, page_scopes, page_versions
from portal.redis_cache import RedisCache
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.redis_pages import (
    TEST_REDIS_URL,
    delete_prefixed,
    deliver_purges,
    redis_pages_settings,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_worker(settings):
    """The `pages` alias on Redis with memory on, and another worker's backend."""
    prefix = f"test-local-{uuid.uuid4().hex}"
    settings.CACHES = {**settings.CACHES, "pages": redis_pages_settings(prefix)}
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    yield RedisCache(TEST_REDIS_URL, {"KEY_PREFIX": prefix})
    delete_prefixed(prefix)


@pytest.fixture
def news(home_page):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Tin bộ nhớ")


def _local():
    return page_cache._local()


def _drop_subscription():
    """Redis drops this worker's subscriber (a restart), and only it: killing every
    subscriber would reach the other CI pass's tests on the same Redis."""
    host, port = _local().pubsub.connection._sock.getsockname()[:2]
    server = redis.Redis.from_url(TEST_REDIS_URL)
    assert server.client_kill_filter(_type="pubsub", addr=f"{host}:{port}") == 1


def _served_twice(client, url):
    client.get(url)
    return client.get(url)


def test_second_hit_comes_from_worker_memory(client, other_worker, news):
    _served_twice(client, news.url)
    # Gone from Redis: only the worker's memory still holds it.
    other_worker.delete(page_cache._page_key(client.get(news.url).wsgi_request))
    assert client.get(news.url)["X-Page-Cache"] == "HIT"


def test_worker_knows_the_stored_token(client, other_worker, news):
    _served_twice(client, news.url)
    assert _local().current_generation() == other_worker.get(page_cache.GENERATION_KEY)


def test_purge_by_another_worker_empties_memory(client, other_worker, news, monkeypatch):
    _served_twice(client, news.url)
    deliver_purges(monkeypatch)
    page_cache.purge(cache=other_worker)
    assert client.get(news.url)["X-Page-Cache"] == "MISS"


def test_published_change_shows_on_next_request(
    client, other_worker, news, django_capture_on_commit_callbacks, monkeypatch
):
    _served_twice(client, news.url)
    deliver_purges(monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        news.title = "Tin bộ nhớ đã sửa"
        news.save_revision().publish()
    assert "Tin bộ nhớ đã sửa" in client.get(news.url).content.decode()


def test_lost_subscription_never_serves_memory(client, other_worker, news):
    _served_twice(client, news.url)
    # The purge below never reaches this worker.
    _drop_subscription()
    page_cache.purge(cache=other_worker)
    assert client.get(news.url)["X-Page-Cache"] == "MISS"


def test_lost_subscription_is_renewed(client, other_worker, news):
    _served_twice(client, news.url)
    _drop_subscription()
    client.get(news.url)
    _local().retry_at = 0
    assert _local().current_generation() == other_worker.get(page_cache.GENERATION_KEY)


def test_forked_worker_subscribes_on_its_own(client, other_worker, news):
    _served_twice(client, news.url)
    parent_subscription = _local().pubsub
    _local().pid = -1
    _local().current_generation()
    assert _local().pubsub is not parent_subscription


def test_each_request_gets_its_own_response(client, other_worker, news):
    _served_twice(client, news.url)
    local = _local()
    key = page_cache._page_key(client.get(news.url).wsgi_request)
    generation = local.current_generation()
    assert local.get(key, generation) is not local.get(key, generation)


def _store(max_bytes=10_000):
    local = local_pages.LocalPages(caches["pages"], "token", lambda: "g1", max_bytes)
    local.generation = "g1"
    return local


def test_memory_is_bounded(other_worker):
    local = _store(max_bytes=10_000)
    for number in range(5):
        local.put(f"page-{number}", "g1", HttpResponse(b"x" * 3000), stored_at=time.time())
    assert local.size <= 10_000


def test_oldest_page_leaves_memory_first(other_worker):
    local = _store(max_bytes=10_000)
    for number in range(5):
        local.put(f"page-{number}", "g1", HttpResponse(b"x" * 3000), stored_at=time.time())
    assert local.get("page-0", "g1") is None


def test_page_leaves_memory_when_redis_would_drop_it(settings, other_worker):
    local = _store()
    stored_at = time.time() - settings.PAGE_CACHE_SECONDS - 1
    local.put("old", "g1", HttpResponse(b"old"), stored_at=stored_at)
    assert local.get("old", "g1") is None


def test_page_of_another_generation_is_not_served(other_worker):
    local = _store()
    local.put("page", "g1", HttpResponse(b"page"), stored_at=time.time())
    assert local.get("page", "g2") is None


def test_memory_off_with_zero_bytes(settings, other_worker):
    settings.PAGE_CACHE_LOCAL_BYTES = 0
    assert _local() is None


def test_memory_off_without_redis(tmp_path, settings):
    cache = FileBasedCache(str(tmp_path), {})
    assert local_pages.local_pages(cache, "token", lambda: "g1") is None


def test_scoped_purge_by_another_worker_drops_the_page_from_memory(client, other_worker, news):
    _served_twice(client, news.url)
    page_versions.purge_scopes(page_scopes.reached_by(news), cache=other_worker)
    assert client.get(news.url)["X-Page-Cache"] == "MISS"


def test_scoped_purge_after_redis_lost_its_keys_drops_the_page_from_memory(
    client, other_worker, news, django_capture_on_commit_callbacks
):
    _served_twice(client, news.url)
    # Redis flushed or restarted empty: the scopes' lists of stored pages are gone,
    # while the worker's memory still holds the page.
    delete_prefixed(other_worker.key_prefix)
    with django_capture_on_commit_callbacks(execute=True):
        news.title = "Tin bộ nhớ đã sửa"
        news.save_revision().publish()
    assert "Tin bộ nhớ đã sửa" in client.get(news.url).content.decode()


def test_scoped_purge_by_another_worker_keeps_other_pages_in_memory(
    client, other_worker, home_page, news
):
    section = NewsIndexPageFactory(parent=home_page, slug="tin-dia-phuong")
    other = NewsPageFactory(parent=section, title="Tin khác")
    _served_twice(client, other.url)
    key = page_cache._page_key(client.get(other.url).wsgi_request)
    page_versions.purge_scopes(page_scopes.reached_by(news), cache=other_worker)
    # Gone from Redis: only the worker's memory can still answer.
    other_worker.delete(key)
    assert client.get(other.url)["X-Page-Cache"] == "HIT"
