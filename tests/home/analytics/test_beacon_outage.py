"""View beacons while the portal's Redis is stopped or hung: each view goes straight
to the daily table (nothing lost), and to Redis again once it is back."""

import time

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import beacon, views_of
from tests.redis_server import own_redis, redis_site

pytestmark = pytest.mark.django_db
__all__ = ["own_redis", "redis_site"]

OUTAGES = ["stop", "hang"]


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page)


@pytest.mark.parametrize("kind", OUTAGES)
def test_beacon_is_counted_in_the_database(client, redis_site, article, kind):
    getattr(redis_site, kind)()
    assert beacon(client, {"page": article.pk}).status_code == 204
    assert views_of(article) == 1


@pytest.mark.parametrize("kind", OUTAGES)
def test_every_beacon_is_counted_while_the_breaker_is_open(client, redis_site, article, kind):
    getattr(redis_site, kind)()
    for _ in range(5):
        beacon(client, {"page": article.pk})
    assert views_of(article) == 5


@pytest.mark.parametrize("kind", OUTAGES)
def test_visit_stats_answer_without_redis(client, redis_site, article, kind):
    getattr(redis_site, kind)()
    beacon(client, {"page": article.pk})
    stats = client.get("/api/visit-stats/").json()
    assert (stats["online"], stats["today"]) == (1, 1)


@pytest.mark.parametrize("kind", OUTAGES)
def test_flush_command_runs_quietly_without_redis(redis_site, article, kind, capsys):
    getattr(redis_site, kind)()
    call_command("flush_view_counts")
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("kind", OUTAGES)
def test_flush_command_says_why_when_asked(redis_site, article, kind, capsys):
    getattr(redis_site, kind)()
    call_command("flush_view_counts", verbosity=2)
    assert "Không kết nối được Redis" in capsys.readouterr().err


def test_no_view_is_lost_across_an_outage(client, redis_site, article, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    beacon(client, {"page": article.pk})
    call_command("flush_view_counts")
    redis_site.stop()
    beacon(client, {"page": article.pk})
    redis_site.start()
    with time_machine.travel(time.time() + settings.REDIS_RETRY_SECONDS + 1, tick=True):
        beacon(client, {"page": article.pk})
        call_command("flush_view_counts")
    # Before the outage (Redis, flushed), during it (the table), after it (Redis).
    assert views_of(article) == 3


def test_beacons_go_to_redis_again_when_it_is_back(client, redis_site, article, settings):
    redis_site.stop()
    beacon(client, {"page": article.pk})
    redis_site.start()
    with time_machine.travel(time.time() + settings.REDIS_RETRY_SECONDS + 1, tick=True):
        assert beacon(client, {"page": article.pk}).status_code == 204
        day = timezone.localdate().isoformat()
    assert int(redis_site.client().hget(f"outage:views:pages:{day}", article.pk)) == 1
    assert views_of(article) == 1
