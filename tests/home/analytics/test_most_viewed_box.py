"""The home page's "Xem nhiều nhất" box: both tabs from one ranking query of values."""

import re

import pytest
from django.template import Context, Template
from django.templatetags.i18n import BlockTranslateNode
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.templatetags.analytics_tags import views_label
from portal import page_cache
from tests.factories import DailyPageViewsFactory
from tests.home.analytics.analytics_support import days_ago, fresh_cache
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


@pytest.fixture
def index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def viewed(index):
    """This week: week > both > month; last 30 days: month > both > week."""
    week = NewsPageFactory(parent=index, title="Tin tuần", slug="tin-tuan")
    both = NewsPageFactory(parent=index, title="Tin cả hai", slug="tin-ca-hai")
    month = NewsPageFactory(parent=index, title="Tin tháng", slug="tin-thang")
    DailyPageViewsFactory(page=week, day=days_ago(0), views=50)
    DailyPageViewsFactory(page=both, day=days_ago(1), views=30)
    DailyPageViewsFactory(page=both, day=days_ago(20), views=40)
    DailyPageViewsFactory(page=month, day=days_ago(2), views=5)
    DailyPageViewsFactory(page=month, day=days_ago(25), views=200)
    return {"week": week, "both": both, "month": month}


def _render(page):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    template = Template("{% load analytics_tags %}{% most_viewed_box %}")
    return template.render(Context({"request": request, "page": page}))


def _panel_links(html, period):
    panel = html.split(f'id="most-viewed-panel-{period}"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', panel)


def test_week_tab_lists_links_in_order_of_the_weeks_views(viewed, home_page):
    assert _panel_links(_render(home_page), "7") == [
        (viewed["week"].url, "Tin tuần"),
        (viewed["both"].url, "Tin cả hai"),
        (viewed["month"].url, "Tin tháng"),
    ]


def test_month_tab_lists_links_in_order_of_the_months_views(viewed, home_page):
    assert _panel_links(_render(home_page), "30") == [
        (viewed["month"].url, "Tin tháng"),
        (viewed["both"].url, "Tin cả hai"),
        (viewed["week"].url, "Tin tuần"),
    ]


def test_each_tab_keeps_its_own_first_five(index, home_page):
    # Five pages lead the week and five others the month: each tab shows its own.
    for number in range(5):
        page = NewsPageFactory(parent=index, title=f"Tuần {number}")
        DailyPageViewsFactory(page=page, day=days_ago(0), views=100 + number)
    for number in range(5):
        page = NewsPageFactory(parent=index, title=f"Tháng {number}")
        DailyPageViewsFactory(page=page, day=days_ago(20), views=1000 + number)
    html = _render(home_page)
    week = [title for _url, title in _panel_links(html, "7")]
    month = [title for _url, title in _panel_links(html, "30")]
    assert week == [f"Tuần {number}" for number in range(4, -1, -1)]
    assert month[:5] == [f"Tháng {number}" for number in range(4, -1, -1)]


def test_a_private_page_is_not_listed(viewed, home_page, index):
    PageViewRestriction.objects.create(
        page=viewed["week"], restriction_type=PageViewRestriction.LOGIN
    )
    html = _render(home_page)
    assert "Tin tuần" not in html
    assert "Tin cả hai" in html


def test_both_tabs_cost_one_ranking_query_after_a_purge(
    viewed, home_page, django_assert_max_num_queries
):
    _render(home_page)
    page_cache.purge()
    # The request's site (found by the routing on a served page), the restricted
    # paths, one ranking for both tabs and the most-viewed page: not a query per tab.
    with django_assert_max_num_queries(4):
        _render(home_page)


def test_box_writes_its_view_counts_without_a_translation_node_per_row(
    viewed, home_page, monkeypatch
):
    rendered = []
    render = BlockTranslateNode.render
    monkeypatch.setattr(
        BlockTranslateNode,
        "render",
        lambda node, context: rendered.append(node) or render(node, context),
    )
    _render(home_page)
    assert rendered == []


def test_views_label_is_plural_in_english():
    with translation.override("en"):
        assert (views_label(1), views_label(1200)) == ("1 view", "1200 views")
