"""Readers behind a proxy (settings.CLIENT_ADDRESS): every beacon arrives from the
proxy's address, as gunicorn serves them (BeaconApplication), and each reader is still
counted and rate-limited on their own."""

import json

import pytest

from home.analytics.beacon import BeaconApplication
from home.analytics.counters import get_view_counter
from home.models import ActiveVisitor
from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import BROWSER, fresh_cache, redis_counter, views_of
from tests.wsgi_support import SpyApplication, call_wsgi

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache", "redis_counter"]

READERS = 2000
PROXY = "127.0.0.1"


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page)


@pytest.fixture
def behind_one_proxy(settings):
    settings.CLIENT_ADDRESS = {"HEADER": "HTTP_X_FORWARDED_FOR", "TRUSTED_PROXIES": 1}
    # The default limit stays on: it is what once counted 120 of 2,000 readers.
    settings.VIEWS_RATE_LIMIT = "120/m"


def _reader(index):
    return f"10.{index // 65536 % 256}.{index // 256 % 256}.{index % 256}"


def _beacons(page, count, forwarded):
    application = BeaconApplication(SpyApplication())
    body = json.dumps({"page": page.pk}).encode()
    statuses = []
    for index in range(count):
        extra = {"REMOTE_ADDR": PROXY, "HTTP_USER_AGENT": BROWSER}
        header = forwarded(index)
        if header is not None:
            extra["HTTP_X_FORWARDED_FOR"] = header
        statuses.append(call_wsgi(application, "/api/views/", "POST", body=body, **extra)["status"])
    return statuses


@pytest.mark.slow
def test_distinct_readers_behind_one_proxy_are_all_counted(article, behind_one_proxy):
    statuses = _beacons(article, READERS, _reader)
    assert set(statuses) == {"204 No Content"}
    assert views_of(article) == READERS


@pytest.mark.slow
def test_distinct_readers_behind_one_proxy_are_distinct_online_visitors(
    article, behind_one_proxy
):
    _beacons(article, READERS, _reader)
    assert ActiveVisitor.objects.count() == READERS
    assert get_view_counter().online() == READERS


@pytest.mark.slow
def test_distinct_readers_behind_one_proxy_are_counted_in_redis(
    article, behind_one_proxy, redis_counter
):
    _beacons(article, READERS, _reader)
    counter = get_view_counter()
    assert counter.online() == READERS
    assert counter.flush() == READERS
    assert views_of(article) == READERS


def test_without_a_trusted_proxy_the_proxy_is_one_reader(article, settings):
    settings.VIEWS_RATE_LIMIT = "120/m"
    statuses = _beacons(article, 130, _reader)
    assert statuses.count("204 No Content") == 120
    assert views_of(article) == 120
    assert ActiveVisitor.objects.count() == 1


def test_spoofed_leftmost_address_does_not_evade_the_limit(article, behind_one_proxy):
    # Each beacon claims a new address in front; the proxy appends the real one.
    statuses = _beacons(article, 130, lambda index: f"{_reader(index)}, 203.0.113.7")
    assert statuses.count("204 No Content") == 120
    assert statuses.count("429 Too Many Requests") == 10
    assert views_of(article) == 120


def test_malformed_forwarded_header_is_counted_as_the_proxy(article, behind_one_proxy):
    statuses = _beacons(article, 3, lambda index: ["garbage", "", "1.2.3"][index])
    assert statuses == ["204 No Content"] * 3
    assert ActiveVisitor.objects.count() == 1
