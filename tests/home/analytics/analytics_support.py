"""Shared pieces of the view-statistics tests."""

import json
import uuid
from datetime import timedelta

import pytest
import redis
from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone

from home.models import DailyPageViews

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36"
)
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
# Redis database reserved for this test suite's counters.
TEST_REDIS_URL = "redis://127.0.0.1:6379/3"


def beacon(client, payload, user_agent=BROWSER, **extra):
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return client.post(
        "/api/views/", body, content_type="application/json", HTTP_USER_AGENT=user_agent,
        **extra,
    )


def days_ago(days):
    return timezone.localdate() - timedelta(days=days)


def views_of(page):
    return DailyPageViews.objects.filter(page=page).aggregate(n=Sum("views"))["n"] or 0


@pytest.fixture
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_counter(settings, fresh_cache):
    """The Redis backend on the test database, under a prefix of its own."""
    prefix = f"test-views-{uuid.uuid4().hex}"
    settings.VIEW_COUNTER = {
        "BACKEND": "home.analytics.counters.RedisViewCounter",
        "OPTIONS": {"url": TEST_REDIS_URL, "prefix": prefix},
    }
    client = redis.Redis.from_url(TEST_REDIS_URL)
    yield client, prefix
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
