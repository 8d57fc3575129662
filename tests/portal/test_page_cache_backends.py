"""The page cache on the backends `make serve` uses: shared files and Redis. Two
backend objects on the same files or Redis database stand for two gunicorn workers."""

import uuid

import pytest
from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage
from portal import page_cache
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.redis_pages import delete_prefixed, redis_pages_settings

pytestmark = pytest.mark.django_db

def _file_settings(tmp_path):
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(tmp_path / "pages"),
    }


@pytest.fixture(params=["file", "redis"])
def shared_cache(request, settings, tmp_path):
    """The `pages` alias on files or Redis, and a second backend object on the same
    store, as another worker would have."""
    prefix = f"test-pages-{uuid.uuid4().hex}"
    config = _file_settings(tmp_path) if request.param == "file" else redis_pages_settings(prefix)
    settings.CACHES = {**settings.CACHES, "pages": config}
    settings.PAGE_CACHE = True
    options = {"KEY_PREFIX": config["KEY_PREFIX"]} if "KEY_PREFIX" in config else {}
    if request.param == "file":
        other = FileBasedCache(config["LOCATION"], options)
    else:
        other = RedisCache(config["LOCATION"], options)
    yield other
    if request.param == "redis":
        delete_prefixed(prefix)


@pytest.fixture
def news(home_page):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Tin chia sẻ")


def test_hit_costs_no_query(client, shared_cache, news):
    client.get(news.url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(news.url)
    assert response["X-Page-Cache"] == "HIT"
    assert len(captured) == 0


def test_other_worker_sees_the_same_generation(shared_cache, home_page):
    token = page_cache.current_generation()
    assert shared_cache.get(page_cache.GENERATION_KEY) == token


def test_purge_by_another_worker_reaches_this_one(client, shared_cache, news):
    client.get(news.url)
    client.get(news.url)
    page_cache.purge(cache=shared_cache)
    assert client.get(news.url)["X-Page-Cache"] == "MISS"


def test_publish_shows_change_on_next_request(
    client, shared_cache, news, django_capture_on_commit_callbacks
):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        page = NewsPage.objects.get(pk=news.pk)
        page.title = "Tin chia sẻ đã sửa"
        page.save_revision().publish()
    assert "Tin chia sẻ đã sửa" in client.get(news.url).content.decode()


def test_lost_generation_never_revives_old_entries(client, shared_cache, news):
    """A cache that drops the token (eviction, restart) must not serve pages stored
    under an earlier token again."""
    client.get(news.url)
    client.get(news.url)
    NewsPage.objects.filter(pk=news.pk).update(title="Tin sau khi mất thẻ")
    caches["pages"].delete(page_cache.GENERATION_KEY)
    # Another worker finds no token and makes a new one.
    page_cache._stored_generation(shared_cache)
    assert "Tin sau khi mất thẻ" in client.get(news.url).content.decode()
