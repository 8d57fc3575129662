"""The Redis counter against the real Redis (database 3)."""

import threading

import pytest
from django import db
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.documents import get_document_model

from home.analytics.counters import get_view_counter
from home.models import DailyDocumentDownloads
from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import beacon, fresh_cache, redis_counter, views_of

pytestmark = pytest.mark.django_db
__all__ = ["fresh_cache", "redis_counter"]


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page)


def test_beacon_goes_to_redis_not_the_table(client, article, redis_counter):
    connection, prefix = redis_counter
    assert beacon(client, {"page": article.pk}).status_code == 204
    key = f"{prefix}:pages:{timezone.localdate().isoformat()}"
    assert int(connection.hget(key, article.pk)) == 1
    assert views_of(article) == 0


def test_flush_moves_counts_into_the_daily_table(client, article, redis_counter, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    for _ in range(4):
        beacon(client, {"page": article.pk})
    call_command("flush_view_counts")
    assert views_of(article) == 4
    connection, prefix = redis_counter
    assert list(connection.scan_iter(match=f"{prefix}:*pages*")) == []


def test_second_flush_adds_to_the_first(client, article, redis_counter, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    beacon(client, {"page": article.pk})
    call_command("flush_view_counts")
    beacon(client, {"page": article.pk})
    beacon(client, {"page": article.pk})
    call_command("flush_view_counts")
    assert views_of(article) == 3


def test_flush_finishes_a_hash_left_by_an_interrupted_flush(article, redis_counter):
    connection, prefix = redis_counter
    day = timezone.localdate().isoformat()
    connection.hset(f"{prefix}:flushing:pages:{day}", article.pk, 6)
    connection.hset(f"{prefix}:pages:{day}", article.pk, 1)
    get_view_counter().flush()
    assert views_of(article) == 7


def test_visit_stats_include_counts_not_yet_flushed(client, article, redis_counter):
    beacon(client, {"page": article.pk})
    stats = client.get("/api/visit-stats/").json()
    assert stats == {"online": 1, "today": 1, "month": 1, "total": 1}


# Threads use their own connections, so the page must be committed for them to see it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_flush_during_concurrent_beacons_loses_nothing(article, redis_counter, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    writers, beacons_each = 8, 50
    done = threading.Event()
    errors = []

    def send():
        client = Client()
        try:
            for _ in range(beacons_each):
                if beacon(client, {"page": article.pk}).status_code != 204:
                    errors.append("rejected")
        finally:
            db.connection.close()

    def flush_repeatedly():
        try:
            while not done.is_set():
                get_view_counter().flush()
        finally:
            db.connection.close()

    flusher = threading.Thread(target=flush_repeatedly)
    flusher.start()
    threads = [threading.Thread(target=send) for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    flusher.join()
    get_view_counter().flush()
    assert errors == []
    assert views_of(article) == writers * beacons_each


def test_flush_moves_document_downloads(redis_counter):
    document = get_document_model()(title="Chỉ thị")
    document.file.save("chi-thi.txt", ContentFile(b"noi dung"), save=False)
    document.save()
    counter = get_view_counter()
    counter.record_download(document.pk)
    counter.record_download(document.pk)
    counter.flush()
    assert DailyDocumentDownloads.objects.get(document=document).downloads == 2
