import json
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.analytics import counters
from home.analytics.counters import DatabaseViewCounter
from home.analytics.storage import add_page_views
from home.models import ActiveVisitor, DailyPageViews
from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import BROWSER, GOOGLEBOT, beacon, fresh_cache, views_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


@pytest.fixture
def article(home_page):
    return StandardPageFactory(parent=home_page)


def test_beacon_for_live_page_is_counted(client, article):
    response = beacon(client, {"page": article.pk})
    assert response.status_code == 204
    assert views_of(article) == 1


def test_beacons_add_up_on_the_same_day(client, article, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    for _ in range(3):
        beacon(client, {"page": article.pk})
    assert DailyPageViews.objects.get(page=article, day=timezone.localdate()).views == 3


def test_beacon_accepts_numeric_string_id(client, article):
    assert beacon(client, {"page": str(article.pk)}).status_code == 204


def test_beacon_sets_no_cookie(client, article):
    assert not beacon(client, {"page": article.pk}).cookies


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"page": None},
        {"page": "abc"},
        {"page": "12a"},
        {"page": 1.5},
        {"page": True},
        {"page": -3},
        [1],
        "not json",
        b"\xff\xfe",
    ],
)
def test_invalid_beacon_gets_400_json_and_counts_nothing(client, article, payload):
    response = beacon(client, payload)
    assert response.status_code == 400
    assert "error" in response.json()
    assert DailyPageViews.objects.count() == 0


def test_unknown_page_gets_400(client, article):
    response = beacon(client, {"page": article.pk + 1000})
    assert response.status_code == 400
    assert DailyPageViews.objects.count() == 0


def test_unpublished_page_gets_400(client, article):
    article.unpublish()
    assert beacon(client, {"page": article.pk}).status_code == 400
    assert views_of(article) == 0


def test_oversized_body_gets_400(client, article):
    body = json.dumps({"page": article.pk, "padding": "x" * 2000})
    response = beacon(client, body)
    assert response.status_code == 400
    assert views_of(article) == 0


def test_get_is_not_allowed_on_beacon_endpoint(client, article):
    assert client.get("/api/views/").status_code == 405


def test_bot_beacon_answers_204_without_counting(client, article):
    assert beacon(client, {"page": article.pk}, user_agent=GOOGLEBOT).status_code == 204
    assert views_of(article) == 0


def test_beacon_without_user_agent_is_not_counted(client, article):
    assert beacon(client, {"page": article.pk}, user_agent="").status_code == 204
    assert views_of(article) == 0


def test_bot_with_invalid_id_gets_400(client, article):
    assert beacon(client, {"page": "x"}, user_agent=GOOGLEBOT).status_code == 400


def test_rate_limit_answers_429_and_stops_counting(client, article, settings):
    settings.VIEWS_RATE_LIMIT = "2/m"
    statuses = [beacon(client, {"page": article.pk}).status_code for _ in range(3)]
    assert statuses == [204, 204, 429]
    assert views_of(article) == 2


def test_rate_limit_is_per_client(client, article, settings):
    settings.VIEWS_RATE_LIMIT = "1/m"
    beacon(client, {"page": article.pk}, REMOTE_ADDR="10.0.0.1")
    assert beacon(client, {"page": article.pk}, REMOTE_ADDR="10.0.0.2").status_code == 204


def test_rate_limit_zero_turns_it_off(client, article, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    statuses = {beacon(client, {"page": article.pk}).status_code for _ in range(150)}
    assert statuses == {204}
    assert views_of(article) == 150


def test_visitor_is_stored_as_hash_not_address(client, article):
    beacon(client, {"page": article.pk}, REMOTE_ADDR="203.0.113.7")
    visitor = ActiveVisitor.objects.get().visitor
    assert "203.0.113.7" not in visitor
    assert len(visitor) == 64


def test_page_get_performs_no_insert_or_update(client, article):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(article.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    writes = [
        query["sql"]
        for query in captured
        if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []


def test_page_carries_its_id_and_the_beacon_script(client, article):
    html = client.get(article.url).content.decode()
    assert f'data-page-id="{article.pk}"' in html
    assert "js/views.js" in html


def test_search_page_has_no_beacon(client, home_page):
    html = client.get("/tim-kiem/").content.decode()
    assert "data-page-id" not in html
    assert "js/views.js" not in html


def test_upsert_adds_to_existing_count(article):
    today = timezone.localdate()
    add_page_views({(article.pk, today): 5})
    add_page_views({(article.pk, today): 7})
    assert DailyPageViews.objects.get(page=article, day=today).views == 12


def test_upsert_drops_counts_of_deleted_pages(article):
    today = timezone.localdate()
    add_page_views({(article.pk, today): 2, (article.pk + 999, today): 3})
    assert list(DailyPageViews.objects.values_list("page_id", "views")) == [(article.pk, 2)]


def test_beacon_with_a_content_length_that_is_no_number_is_refused(client, article):
    # Found by the fuzz suite: Django's request.body failed with a 500 on it.
    response = client.generic(
        "POST", "/api/views/", json.dumps({"page": article.pk}),
        content_type="application/json", CONTENT_LENGTH="abc",
    )
    assert response.status_code == 400
    assert views_of(article) == 0


def test_repeated_beacon_does_not_ask_the_database_whether_the_page_is_live(client, article):
    beacon(client, {"page": article.pk})
    with CaptureQueriesContext(connection) as captured:
        assert beacon(client, {"page": article.pk}).status_code == 204
    assert not [query for query in captured if "wagtailcore_page" in query["sql"]]


def test_beacon_after_an_unpublish_is_refused(
    client, article, django_capture_on_commit_callbacks
):
    beacon(client, {"page": article.pk})
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert beacon(client, {"page": article.pk}).status_code == 400
    assert views_of(article) == 1


@pytest.mark.database("postgresql")  # PostgreSQL's commit setting
def test_direct_beacon_does_not_wait_for_the_disk_on_postgresql(client, article):
    with CaptureQueriesContext(connection) as captured:
        beacon(client, {"page": article.pk})
    assert any("synchronous_commit TO OFF" in query["sql"] for query in captured)


def test_direct_beacon_writes_its_rows_in_one_transaction(article, monkeypatch):
    """A failure after the count was added takes the count back with it."""

    def fail_after_the_count(*args, **kwargs):
        raise RuntimeError("visitor table unavailable")

    monkeypatch.setattr(counters, "mark_visitor_seen", fail_after_the_count)
    with pytest.raises(RuntimeError):
        DatabaseViewCounter().record_page_view(article.pk, "visitor")
    assert views_of(article) == 0


def test_returning_visitor_within_half_a_minute_keeps_its_row(article):
    counter = DatabaseViewCounter()
    counter.record_page_view(article.pk, "visitor")
    first = ActiveVisitor.objects.get(visitor="visitor").last_seen
    counter.record_page_view(article.pk, "visitor")
    assert ActiveVisitor.objects.get(visitor="visitor").last_seen == first


def test_returning_visitor_after_half_a_minute_is_seen_again(article):
    earlier = timezone.now() - timedelta(seconds=40)
    ActiveVisitor.objects.create(visitor="visitor", last_seen=earlier)
    DatabaseViewCounter().record_page_view(article.pk, "visitor")
    assert ActiveVisitor.objects.get(visitor="visitor").last_seen > earlier
