"""Consultation pages in the page cache (portal/page_cache.py): shared with readers
while their state cannot change before a stored copy expires, never stored when it
could, and the form and its POSTs never stored at all."""

import datetime as dt

import pytest
from django.utils import timezone

from home.consultations import periods
from tests.home.consultations.conftest import comment_data, comment_url
from tests.home.consultations.factories import make_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    from django.core.cache import caches

    settings.PAGE_CACHE = True
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


def test_open_page_far_from_closing_is_cached(client, page_cache, open_consultation):
    client.get(open_consultation.url)
    assert client.get(open_consultation.url)["X-Page-Cache"] == "HIT"


def test_page_closing_within_the_cache_lifetime_is_not_stored(client, page_cache, index, settings):
    # Closing at the end of today: stored copies must not outlive that moment.
    settings.PAGE_CACHE_SECONDS = 10**6
    page = make_consultation(index, "dong-hom-nay", closes_on=timezone.localdate())
    first = client.get(page.url)
    second = client.get(page.url)
    assert "no-cache" in first["Cache-Control"]
    assert "X-Page-Cache" not in second


def test_keep_fresh_leaves_a_far_change_cacheable(settings, rf):
    from django.http import HttpResponse

    today = timezone.localdate()
    response = periods.keep_fresh(HttpResponse(), [(today, today + dt.timedelta(days=30))])
    assert "Cache-Control" not in response


def test_index_with_a_consultation_closing_soon_is_not_stored(client, page_cache, index, settings):
    settings.PAGE_CACHE_SECONDS = 10**6
    make_consultation(index, "dong-hom-nay", closes_on=timezone.localdate())
    client.get(index.url)
    assert "X-Page-Cache" not in client.get(index.url)


def test_form_page_is_never_stored(client, page_cache, open_consultation):
    client.get(comment_url(open_consultation))
    assert "X-Page-Cache" not in client.get(comment_url(open_consultation))


def test_posted_comment_is_not_stored(client, page_cache, open_consultation):
    client.post(comment_url(open_consultation), comment_data(open_consultation))
    response = client.get(comment_url(open_consultation))
    assert "ý kiến đã được gửi" not in response.content.decode()
