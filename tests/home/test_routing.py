"""The home page's routing shortcut (HomePage.route): the same answers as Wagtail's
level-by-level walk, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from home.models import NewsIndexPage, NewsPage
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Tin về phong trào thi đua")


def test_nested_page_is_served(client, news):
    response = client.get(news.url)
    assert response.status_code == 200
    assert "Tin về phong trào thi đua" in response.content.decode()


def test_nested_page_is_found_in_two_queries(home_page, news):
    request = RequestFactory().get(news.url)
    with CaptureQueriesContext(connection) as captured:
        result = home_page.route(request, ["tin-tuc", news.slug])
    assert result.page.pk == news.pk
    assert len(captured) == 2


def test_found_page_is_its_specific_class(home_page, news):
    request = RequestFactory().get(news.url)
    assert isinstance(home_page.route(request, ["tin-tuc", news.slug]).page, NewsPage)


def test_unpublished_page_is_not_found(client, news):
    url = news.url
    NewsPage.objects.get(pk=news.pk).unpublish()
    assert client.get(url).status_code == 404


def test_missing_page_is_not_found(client, news):
    assert client.get("/tin-tuc/khong-co-tin-nay/").status_code == 404


def test_live_page_under_unpublished_section_is_served_as_wagtail_does(
    client, news_index, news
):
    url = news.url
    NewsIndexPage.objects.get(pk=news_index.pk).unpublish()
    assert client.get(url).status_code == 200


def test_routable_parent_route_wins_over_child_with_same_slug(client, news_index):
    NewsPageFactory(parent=news_index, title="Tin tên rss", slug="rss")
    response = client.get("/tin-tuc/rss/")
    assert "xml" in response["Content-Type"]


def test_routable_target_serves_its_own_route(client, news_index):
    response = client.get("/tin-tuc/rss/")
    assert response.status_code == 200
    assert "xml" in response["Content-Type"]
