from datetime import timedelta

import pytest
from django.utils import timezone

from home.models import ActiveVisitor
from tests.factories import DailyPageViewsFactory, StandardPageFactory
from tests.home.analytics.analytics_support import BROWSER, beacon, fresh_cache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


def test_visit_stats_sum_today_month_and_total(client, home_page):
    page = StandardPageFactory(parent=home_page)
    today = timezone.localdate()
    DailyPageViewsFactory(page=page, day=today, views=3)
    DailyPageViewsFactory(page=page, day=today.replace(day=1) - timedelta(days=1), views=100)
    stats = client.get("/api/visit-stats/").json()
    assert stats == {"online": 0, "today": 3, "month": 3, "total": 103}


def test_online_counts_distinct_visitors(client, home_page, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    page = StandardPageFactory(parent=home_page)
    for address in ("10.0.0.1", "10.0.0.1", "10.0.0.2"):
        beacon(client, {"page": page.pk}, REMOTE_ADDR=address)
    assert client.get("/api/visit-stats/").json()["online"] == 2


def test_online_forgets_visitors_after_five_minutes(client, home_page):
    ActiveVisitor.objects.create(
        visitor="a" * 64, last_seen=timezone.now() - timedelta(minutes=6)
    )
    assert client.get("/api/visit-stats/").json()["online"] == 0


def test_same_visitor_hashes_differently_with_another_browser(client, home_page, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    page = StandardPageFactory(parent=home_page)
    beacon(client, {"page": page.pk}, REMOTE_ADDR="10.0.0.1")
    beacon(client, {"page": page.pk}, REMOTE_ADDR="10.0.0.1", user_agent=BROWSER + " Edg/126")
    assert ActiveVisitor.objects.count() == 2
