
import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.analytics.stats import most_viewed
from home.models import HomePage, MostViewedPage
from tests.factories import DailyPageViewsFactory, StandardPageFactory
from tests.home.analytics.analytics_support import days_ago, fresh_cache
from tests.home.factories import (
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def ranked(news_index):
    """Four pages whose order differs by period:
    this week: recent > steady > old; last 30 days: steady > recent > old;
    all time: old > steady > recent. `gone` would lead everything but is unpublished."""
    recent = NewsPageFactory(parent=news_index, title="Tin mới")
    steady = NewsPageFactory(parent=news_index, title="Tin đều")
    old = NewsPageFactory(parent=news_index, title="Tin cũ")
    gone = NewsPageFactory(parent=news_index, title="Tin đã gỡ")
    DailyPageViewsFactory(page=recent, day=days_ago(0), views=50)
    DailyPageViewsFactory(page=steady, day=days_ago(1), views=30)
    DailyPageViewsFactory(page=steady, day=days_ago(20), views=40)
    DailyPageViewsFactory(page=old, day=days_ago(6), views=10)
    DailyPageViewsFactory(page=old, day=days_ago(200), views=500)
    for days in (0, 10, 300):
        DailyPageViewsFactory(page=gone, day=days_ago(days), views=1000)
    gone.unpublish()
    return {"recent": recent, "steady": steady, "old": old, "gone": gone}


def _titles(client, days):
    response = client.get("/api/most-viewed/", {"days": days})
    assert response.status_code == 200
    return [item["title"] for item in response.json()]


def test_week_ranking(client, ranked):
    assert _titles(client, "7") == ["Tin mới", "Tin đều", "Tin cũ"]


def test_month_ranking(client, ranked):
    assert _titles(client, "30") == ["Tin đều", "Tin mới", "Tin cũ"]


def test_all_time_ranking(client, ranked):
    assert _titles(client, "all") == ["Tin cũ", "Tin đều", "Tin mới"]


def test_day_before_the_window_is_left_out(client, ranked):
    DailyPageViewsFactory(page=ranked["steady"], day=days_ago(7), views=5000)
    assert _titles(client, "7")[0] == "Tin mới"


def test_result_carries_id_title_url_and_views(client, ranked):
    first = client.get("/api/most-viewed/", {"days": "7"}).json()[0]
    assert first == {
        "id": ranked["recent"].pk,
        "title": "Tin mới",
        "url": ranked["recent"].url,
        "views": 50,
    }


def test_limit_cuts_the_list(client, ranked):
    assert _titles_limit(client, 2) == ["Tin mới", "Tin đều"]


def _titles_limit(client, limit):
    response = client.get("/api/most-viewed/", {"days": "7", "limit": limit})
    return [item["title"] for item in response.json()]


def test_type_filter_keeps_only_that_page_type(client, ranked, home_page):
    profile = ModelProfilePageFactory(parent=ModelProfileIndexPageFactory(parent=home_page))
    DailyPageViewsFactory(page=profile, views=9999)
    response = client.get("/api/most-viewed/", {"days": "7", "type": "home.ModelProfilePage"})
    assert [item["id"] for item in response.json()] == [profile.pk]


def test_api_leaves_out_section_pages(client, ranked, home_page):
    contact = StandardPageFactory(parent=home_page, title="Liên hệ")
    DailyPageViewsFactory(page=contact, views=9999)
    DailyPageViewsFactory(page=home_page, views=9999)
    DailyPageViewsFactory(page=ranked["recent"].get_parent(), views=9999)
    assert _titles(client, "7") == ["Tin mới", "Tin đều", "Tin cũ"]


def test_dashboard_ranking_still_counts_every_page(ranked, home_page):
    DailyPageViewsFactory(page=home_page, views=9999)
    top = most_viewed("7", limit=1, content_only=False)
    assert [item["id"] for item in top] == [home_page.pk]


def test_response_may_be_cached_five_minutes(client, ranked):
    response = client.get("/api/most-viewed/")
    assert "max-age=300" in response["Cache-Control"]


@pytest.mark.parametrize(
    "params",
    [
        {"days": "8"},
        {"days": ""},
        {"limit": "0"},
        {"limit": "abc"},
        {"limit": "51"},
        {"type": "home.Nothing"},
        {"type": "auth.User"},
        {"type": "nonsense"},
        {"lang": "xx"},
    ],
)
def test_invalid_parameters_get_400_json(client, ranked, params):
    response = client.get("/api/most-viewed/", params)
    assert response.status_code == 400
    assert "error" in response.json()


def test_ranking_is_cached(ranked, django_assert_num_queries):
    most_viewed("7")
    with django_assert_num_queries(0):
        most_viewed("7")


def _render(template, page):
    request = RequestFactory().get("/")
    return Template("{% load analytics_tags %}" + template).render(
        Context({"request": request, "page": page})
    )


def test_box_shows_week_and_month_tabs(ranked, home_page):
    html = _render("{% most_viewed_box %}", home_page)
    assert "Xem nhiều nhất" in html
    assert 'role="tab"' in html
    assert html.index("Tuần") < html.index("Tháng")
    assert "Tin mới" in html
    assert "Tin đã gỡ" not in html


def test_box_leaves_out_the_home_page(ranked, home_page):
    DailyPageViewsFactory(page=home_page, views=9999)
    html = _render("{% most_viewed_box %}", home_page)
    assert home_page.title not in html


def test_visit_stats_box_shows_the_four_figures(ranked, home_page):
    html = _render("{% visit_stats_box %}", home_page)
    assert "Thống kê truy cập" in html
    for stat in ("online", "today", "month", "total"):
        assert f'data-stat="{stat}"' in html


def test_most_viewed_page_lists_top_pages(client, ranked, home_page):
    page = MostViewedPage(title="Xem nhiều nhất", slug="xem-nhieu-nhat")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    html = client.get("/xem-nhieu-nhat/").content.decode()
    assert html.index("Tin cũ") > 0
    assert "Tin đã gỡ" not in html


def test_most_viewed_page_only_under_home_page():
    assert MostViewedPage.parent_page_types == ["home.HomePage"]
    assert MostViewedPage.can_create_at(HomePage()) is True


def _box_queries(page):
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        _render("{% most_viewed_box %}{% visit_stats_box %}", page)
    return len(captured)


def test_boxes_cost_the_same_queries_however_many_pages_are_viewed(home_page, news_index):
    DailyPageViewsFactory(page=NewsPageFactory(parent=news_index))
    _box_queries(home_page)
    before = _box_queries(home_page)
    for _ in range(20):
        DailyPageViewsFactory(page=NewsPageFactory(parent=news_index))
    assert _box_queries(home_page) == before


def test_boxes_cost_no_query_once_cached(home_page, ranked):
    _render("{% most_viewed_box %}{% visit_stats_box %}", home_page)
    with CaptureQueriesContext(connection) as captured:
        _render("{% most_viewed_box %}{% visit_stats_box %}", home_page)
    assert len(captured) == 0


def test_pages_in_a_private_section_are_not_listed(client, ranked):
    PageViewRestriction.objects.create(
        page=ranked["steady"], restriction_type=PageViewRestriction.LOGIN
    )
    assert _titles(client, "all") == ["Tin cũ", "Tin mới"]


def test_pages_under_a_private_section_are_not_listed(client, ranked, home_page):
    PageViewRestriction.objects.create(page=home_page, restriction_type=PageViewRestriction.LOGIN)
    assert _titles(client, "all") == []
