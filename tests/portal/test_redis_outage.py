"""Redis is an accelerator, never a single point of failure: with the portal's Redis
stopped or hung, pages and search render, /healthz says "degraded" within a second,
the breaker keeps the dead Redis from being asked on every call, the log says so
once a minute, and the cache is used again by itself when Redis is back."""

import logging
import time

import pytest
import time_machine
from django.test import Client

from documents.models import DocumentArchivePage
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory
from tests.factories import UserFactory
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.redis_server import own_redis, redis_site

pytestmark = pytest.mark.django_db
__all__ = ["own_redis", "redis_site"]

OUTAGES = ["stop", "hang"]
PAGES = ["home", "news", "document", "archive", "search page", "search API"]


@pytest.fixture
def pages(home_page):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Tin khi mất Redis")
    archive = DocumentArchivePageFactory(parent=home_page)
    document = OfficialDocumentPageFactory(parent=archive, subject="Về việc thi đua khi mất Redis")
    return {
        "home": (home_page.url, home_page.title),
        "news": (news.url, "Tin khi mất Redis"),
        "document": (document.url, "Về việc thi đua khi mất Redis"),
        "archive": (DocumentArchivePage.objects.get().url, "Văn bản"),
        "search page": ("/tim-kiem/?q=th%C3%AD+%C4%91ua", "thi đua"),
        "search API": ("/api/search/?q=thi+%C4%91ua", '"count"'),
    }


def _outage(server, kind):
    getattr(server, kind)()


@pytest.mark.parametrize("kind", OUTAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_renders_without_redis(redis_site, pages, kind, name):
    address, text = pages[name]
    client = Client()
    assert client.get(address).status_code == 200
    _outage(redis_site, kind)
    response = client.get(address)
    assert response.status_code == 200
    assert text in response.content.decode()


@pytest.mark.parametrize("kind", OUTAGES)
def test_healthz_reports_redis_degraded_within_a_second(client, redis_site, home_page, kind):
    _outage(redis_site, kind)
    started = time.monotonic()
    response = client.get("/healthz")
    assert time.monotonic() - started < 1.0
    assert (response.status_code, response.json()["status"]) == (200, "degraded")


@pytest.mark.parametrize("kind", OUTAGES)
def test_healthz_is_degraded_again_on_the_next_call(client, redis_site, home_page, kind):
    _outage(redis_site, kind)
    client.get("/healthz")
    started = time.monotonic()
    response = client.get("/healthz")
    # The open breaker answers at once: no socket timeout for the second call.
    assert time.monotonic() - started < 0.2
    assert response.json()["checks"]["cache"] == "degraded"


def test_hung_redis_is_asked_once_per_retry_interval(redis_site, pages, settings):
    settings.REDIS_RETRY_SECONDS = 3600
    client = Client()
    for address, _text in pages.values():
        client.get(address)
    before = redis_site.commands_processed()
    redis_site.hang()
    for _ in range(5):
        for address, _text in pages.values():
            assert client.get(address).status_code == 200
    redis_site.resume()
    time.sleep(0.3)
    # One attempt: at most a connection handshake (CLIENT SETINFO twice) and one
    # command, which Redis runs once it wakes up; without the breaker, hundreds.
    assert redis_site.commands_processed() - before <= 3


def test_hung_redis_costs_one_timeout_per_retry_interval(redis_site, pages, settings):
    settings.REDIS_RETRY_SECONDS = 3600
    client = Client()
    address = pages["news"][0]
    client.get(address)
    redis_site.hang()
    started = time.monotonic()
    for _ in range(20):
        client.get(address)
    # Twenty requests of several cache calls each: without the breaker, seconds.
    assert time.monotonic() - started < 20 * settings.REDIS_TIMEOUT_SECONDS


@pytest.mark.parametrize("kind", OUTAGES)
def test_outage_is_logged_at_most_once_a_minute(redis_site, pages, kind, caplog):
    client = Client()
    address = pages["news"][0]
    client.get(address)
    _outage(redis_site, kind)
    with caplog.at_level(logging.WARNING), time_machine.travel(time.time(), tick=False) as clock:
        # Three minutes of a request every five seconds, the breaker retrying.
        for _ in range(36):
            assert client.get(address).status_code == 200
            clock.shift(5)
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    breaker_lines = [record for record in warnings if record.name == "portal.redis_cache"]
    assert 1 <= len(breaker_lines) <= 4
    # Anything else (the page cache's lost subscription) at most once.
    assert len(warnings) - len(breaker_lines) <= 1


def _back(server, kind):
    if kind == "stop":
        server.start()
    else:
        server.resume()


def _stored_pages(server):
    return len(list(server.client().scan_iter(match="outage-pages:*page:*")))


@pytest.mark.parametrize("kind", OUTAGES)
def test_cache_is_used_again_when_redis_is_back(redis_site, pages, kind, settings):
    client = Client()
    client.get(pages["news"][0])
    _outage(redis_site, kind)
    client.get(pages["news"][0])
    _back(redis_site, kind)
    stored = _stored_pages(redis_site)
    with time_machine.travel(time.time() + settings.REDIS_RETRY_SECONDS + 1, tick=True):
        client.get(pages["document"][0])
        assert client.get(pages["document"][0])["X-Page-Cache"] == "HIT"
    assert _stored_pages(redis_site) == stored + 1


@pytest.mark.parametrize("kind", OUTAGES)
def test_healthz_is_ok_again_when_redis_is_back(client, redis_site, home_page, kind, settings):
    _outage(redis_site, kind)
    client.get("/healthz")
    _back(redis_site, kind)
    with time_machine.travel(time.time() + settings.REDIS_RETRY_SECONDS + 1, tick=True):
        assert client.get("/healthz").json()["status"] == "ok"


@pytest.mark.parametrize("kind", OUTAGES)
def test_editor_logs_in_without_redis(client, redis_site, home_page, kind, settings):
    # Sessions and django-axes keep their state in the database, not in the cache.
    settings.AXES_ENABLED = True
    UserFactory(username="bientapvien", is_staff=True, is_superuser=True)
    _outage(redis_site, kind)
    client.post("/admin/login/", {"username": "bientapvien", "password": "mat-khau-thu-nghiem"})
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("kind", OUTAGES)
def test_wrong_passwords_still_lock_the_login_without_redis(
    client, redis_site, home_page, kind, settings
):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="bientapvien", is_staff=True)
    _outage(redis_site, kind)
    for _ in range(3):
        client.post("/admin/login/", {"username": "bientapvien", "password": "sai"})
    response = client.post(
        "/admin/login/", {"username": "bientapvien", "password": "mat-khau-thu-nghiem"}
    )
    assert response.status_code == 429
