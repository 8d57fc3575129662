"""BeaconApplication: `POST /api/views/` through Django's handler with a short
middleware chain, as gunicorn serves it (portal/wsgi.py)."""

import json
import logging

import pytest
from django.core.signals import request_finished

from home.analytics.beacon import BeaconApplication
from portal import wsgi
from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import BROWSER, GOOGLEBOT, fresh_cache, views_of
from tests.wsgi_support import SpyApplication, call_wsgi

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page)


def send(application, payload, user_agent=BROWSER, method="POST", path="/api/views/", **extra):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return call_wsgi(application, path, method, body=body, HTTP_USER_AGENT=user_agent, **extra)


def test_beacon_is_counted(article):
    answer = send(BeaconApplication(SpyApplication()), {"page": article.pk})
    assert answer["status"] == "204 No Content"
    assert views_of(article) == 1


def test_beacon_does_not_reach_the_wrapped_application(article):
    spy = SpyApplication()
    send(BeaconApplication(spy), {"page": article.pk})
    assert spy.environs == []


def test_beacon_skips_the_middleware_of_pages(article):
    # LocaleMiddleware, which a beacon has no use for, marks every answer it sees.
    answer = send(BeaconApplication(SpyApplication()), {"page": article.pk})
    assert "Content-Language" not in answer["headers"]


def test_beacon_carries_the_security_headers(article):
    answer = send(BeaconApplication(SpyApplication()), {"page": article.pk})
    assert answer["headers"]["X-Content-Type-Options"] == "nosniff"


def test_invalid_beacon_gets_400_with_a_vietnamese_message(article):
    answer = send(BeaconApplication(SpyApplication()), {"page": "abc"})
    assert answer["status"].startswith("400")
    assert json.loads(answer["body"])["error"].startswith("Thiếu mã trang")


def test_bot_beacon_is_answered_and_not_counted(article):
    send(BeaconApplication(SpyApplication()), {"page": article.pk}, user_agent=GOOGLEBOT)
    assert views_of(article) == 0


def test_disallowed_host_gets_400(article):
    answer = send(
        BeaconApplication(SpyApplication()), {"page": article.pk}, HTTP_HOST="evil.example"
    )
    assert answer["status"].startswith("400")


def test_disallowed_host_is_not_counted(article):
    send(BeaconApplication(SpyApplication()), {"page": article.pk}, HTTP_HOST="evil.example")
    assert views_of(article) == 0


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/api/views/"), ("POST", "/api/visit-stats/")]
)
def test_other_requests_go_to_the_wrapped_application(article, method, path):
    spy = SpyApplication()
    send(BeaconApplication(spy), {"page": article.pk}, method=method, path=path)
    assert len(spy.environs) == 1


def test_beacon_ends_as_a_django_request(article):
    # request_finished is what closes unusable or expired database connections.
    finished = []

    def receiver(**kwargs):
        finished.append(kwargs)

    request_finished.connect(receiver)
    try:
        send(BeaconApplication(SpyApplication()), {"page": article.pk})
    finally:
        request_finished.disconnect(receiver)
    assert len(finished) == 1


def test_beacon_is_logged_when_request_log_is_on(settings, article, caplog):
    settings.REQUEST_LOG = True
    application = BeaconApplication(SpyApplication())
    with caplog.at_level(logging.INFO, logger="portal.requests"):
        send(application, {"page": article.pk})
    assert '"POST /api/views/" 204' in caplog.text


def test_beacon_counts_its_queries_when_the_benchmark_asks(settings, article):
    settings.MIDDLEWARE = ["portal.middleware.QueryCountHeaderMiddleware", *settings.MIDDLEWARE]
    application = BeaconApplication(SpyApplication())
    answer = send(application, {"page": article.pk}, HTTP_X_COUNT_QUERIES="1")
    assert int(answer["headers"]["X-Query-Count"]) > 0


def test_served_application_has_the_beacon_in_front():
    assert isinstance(wsgi.application, BeaconApplication)
