import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import page_cache
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# A request to a running site: Wagtail's site root paths, image renditions and the
# view-statistics boxes (cached for five minutes) are already in the cache.
HOME_PAGE_QUERY_BUDGET = 10
# The rare request right after every cache expired pays for refilling them once
# (among them: the open consultations' box, home/templatetags/consultation_tags.py,
# and, once per process, the content types most viewed keeps to,
# portal/content_types.py).
HOME_PAGE_COLD_CACHE_CEILING = 21


def _count_home_page_queries(client, cold=False):
    if cold:
        # Every cache expired, in a new page cache generation: what a worker keeps per
        # generation (the view restrictions, portal/view_restrictions.py) is read
        # again too.
        cache.clear()
        page_cache.purge()
    else:
        client.get("/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200
    return len(captured)


def test_home_page_stays_within_query_budget(client, home_page):
    assert _count_home_page_queries(client) <= HOME_PAGE_QUERY_BUDGET


def test_home_page_with_cold_cache_stays_under_ceiling(client, home_page):
    assert _count_home_page_queries(client, cold=True) <= HOME_PAGE_COLD_CACHE_CEILING


def test_home_page_queries_do_not_grow_with_child_pages(client, home_page):
    StandardPageFactory(parent=home_page, show_in_menus=True)
    before = _count_home_page_queries(client)
    for _ in range(50):
        StandardPageFactory(parent=home_page, show_in_menus=True)
    assert _count_home_page_queries(client) == before


def test_cold_home_page_queries_do_not_grow_with_child_pages(client, home_page):
    StandardPageFactory(parent=home_page, show_in_menus=True)
    before = _count_home_page_queries(client, cold=True)
    for _ in range(50):
        StandardPageFactory(parent=home_page, show_in_menus=True)
    assert _count_home_page_queries(client, cold=True) == before


def _add_content(home, size):
    """News (some featured, with images), congress events on both sides of now and
    featured profiles with photos: `size` of each."""
    import datetime as dt

    import wagtail_factories
    from django.utils import timezone

    from tests.home.factories import (
        CongressEventIndexPageFactory,
        CongressEventPageFactory,
        ModelProfileIndexPageFactory,
        ModelProfilePageFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
    )

    news = home.get_children().type(NewsIndexPageFactory._meta.model).first()
    news = news.specific if news else NewsIndexPageFactory(parent=home)
    events = home.get_children().type(CongressEventIndexPageFactory._meta.model).first()
    events = events.specific if events else CongressEventIndexPageFactory(parent=home)
    profiles = home.get_children().type(ModelProfileIndexPageFactory._meta.model).first()
    profiles = profiles.specific if profiles else ModelProfileIndexPageFactory(parent=home)
    now = timezone.now()
    for number in range(size):
        NewsPageFactory(
            parent=news,
            featured=number % 3 == 0,
            main_image=wagtail_factories.ImageFactory(),
        )
        ModelProfilePageFactory(
            parent=profiles, featured=True, photo=wagtail_factories.ImageFactory()
        )
        for sign in (1, -1):
            start = now + sign * dt.timedelta(days=number + 1)
            CongressEventPageFactory(
                parent=events, starts_at=start, ends_at=start + dt.timedelta(hours=4)
            )


def _count_warm(client):
    # The warm-up request also generates the images' renditions, once per image.
    return _count_home_page_queries(client)


def _count_cold(client):
    client.get("/")
    return _count_home_page_queries(client, cold=True)


def test_home_page_with_content_stays_within_query_budget(client, home_page):
    _add_content(home_page, 12)
    assert _count_warm(client) <= HOME_PAGE_QUERY_BUDGET


def test_home_page_queries_do_not_grow_with_content(client, home_page):
    _add_content(home_page, 2)
    small = _count_warm(client)
    _add_content(home_page, 15)
    assert _count_warm(client) == small


def test_cold_home_page_queries_do_not_grow_with_content(client, home_page):
    _add_content(home_page, 2)
    small = _count_cold(client)
    _add_content(home_page, 15)
    assert _count_cold(client) == small


def test_home_page_boxes_show_newest_content(client, home_page):
    _add_content(home_page, 12)
    context = client.get("/").context
    assert len(context["featured_news"]) == 3
    assert all(item.featured for item in context["featured_news"])
    assert len(context["latest_news"]) == 6
    assert not any(item.featured for item in context["latest_news"])
    dates = [item.date for item in context["latest_news"]]
    assert dates == sorted(dates, reverse=True)
    starts = [event.starts_at for event in context["upcoming_events"]]
    assert len(starts) == 3 and starts == sorted(starts)
    held = [event.starts_at for event in context["recent_events"]]
    assert len(held) == 3 and held == sorted(held, reverse=True)
    assert len(context["featured_profiles"]) == 4


def test_cold_home_page_compiles_none_of_its_own_queries_again(client, home_page, monkeypatch):
    """After a purge the home page's boxes, card renditions, route, frame, site and
    settings run queries compiled once per process (portal/prepared_queries.py):
    every query it sends was compiled before, so a query built per request again
    fails here."""
    from portal.page_cache import purge
    from tests.compile_support import compiled_queries

    _add_content(home_page, 3)
    client.get("/")
    purge()
    client.get("/")
    purge()
    with compiled_queries(monkeypatch) as compiled, CaptureQueriesContext(connection) as sent:
        assert client.get("/").status_code == 200
    assert (len(sent), len(compiled)) == (len(sent), 0)
