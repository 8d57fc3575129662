"""PageCacheApplication: page-cache hits answered in front of Django's handler."""

import logging

import pytest

from portal import page_cache, wsgi
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.wsgi_support import SpyApplication, call_wsgi

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Tin nhanh")


@pytest.fixture
def stored(client, page_cache, news):
    """The page rendered once through Django (the test client), which stores it."""
    return client.get(news.url)


def test_hit_is_answered_without_django(stored, news):
    spy = SpyApplication()
    answer = call_wsgi(page_cache.PageCacheApplication(spy), news.url)
    assert spy.environs == []
    assert answer["body"] == stored.content


def test_hit_carries_status_and_security_headers(stored, news):
    answer = call_wsgi(page_cache.PageCacheApplication(SpyApplication()), news.url)
    assert answer["status"] == "200 OK"
    assert answer["headers"]["X-Page-Cache"] == "HIT"
    assert "script-src 'self'" in answer["headers"]["Content-Security-Policy"]


@pytest.mark.usefixtures("page_cache")
def test_miss_goes_to_django_with_the_lookup_done(client, news):
    # Any page served through Django tells this worker which site the address is.
    client.get(news.get_parent().url)
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), news.url)
    assert page_cache.LOOKUP_ENVIRON_KEY in spy.environs[0]


@pytest.mark.usefixtures("page_cache")
def test_site_not_yet_resolved_is_left_to_django(news):
    # Resolving the site takes a query, which only runs inside Django's handling.
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), news.url)
    assert page_cache.LOOKUP_ENVIRON_KEY not in spy.environs[0]


def test_session_cookie_goes_to_django(stored, news):
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), news.url, HTTP_COOKIE="sessionid=abc")
    assert len(spy.environs) == 1


def test_post_goes_to_django(stored, news):
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), news.url, method="POST")
    assert len(spy.environs) == 1


@pytest.mark.usefixtures("page_cache")
def test_disallowed_host_goes_to_django(news):
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), news.url, HTTP_HOST="evil.example")
    assert len(spy.environs) == 1


@pytest.mark.usefixtures("page_cache")
@pytest.mark.parametrize("path", ["/static/css/portal.css", "/api/most-viewed/"])
def test_address_never_stored_is_not_looked_up(home_page, path):
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), path)
    assert page_cache.LOOKUP_ENVIRON_KEY not in spy.environs[0]


def test_page_cache_off_goes_to_django(settings, stored, news):
    settings.PAGE_CACHE = False
    spy = SpyApplication()
    call_wsgi(page_cache.PageCacheApplication(spy), news.url)
    assert len(spy.environs) == 1


def test_hit_is_logged_when_request_log_is_on(settings, stored, news, caplog):
    settings.REQUEST_LOG = True
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        call_wsgi(page_cache.PageCacheApplication(SpyApplication()), news.url)
    assert f'"GET {news.url}" 200' in caplog.text


def test_served_application_has_the_page_cache_in_front_of_django():
    assert isinstance(wsgi.application.application, page_cache.PageCacheApplication)
