"""The view beacon with the WSGI handler fence off (portal/fences/django_handler.py):
beacons take the site's full Django application and are counted the same."""

import json

import pytest

from home.analytics.beacon import BeaconApplication
from portal import wsgi
from tests.factories import StandardPageFactory
from tests.fences_support import fence_off
from tests.home.analytics.analytics_support import BROWSER, fresh_cache, views_of
from tests.wsgi_support import SpyApplication, call_wsgi

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


@pytest.fixture(autouse=True)
def _handler_fence_off(settings):
    fence_off(settings, "wsgi_handler")


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page)


def send(application, page):
    body = json.dumps({"page": page.pk}).encode()
    return call_wsgi(application, "/api/views/", "POST", body=body, HTTP_USER_AGENT=BROWSER)


def test_beacon_goes_to_the_wrapped_application(article):
    spy = SpyApplication()
    send(BeaconApplication(spy), article)
    assert len(spy.environs) == 1


def test_beacon_through_the_full_application_is_counted(article):
    answer = send(BeaconApplication(wsgi.django_application), article)
    assert answer["status"] == "204 No Content"
    assert views_of(article) == 1
