"""Remembered routes (portal/routing.py) answer like Wagtail's own routing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Tin về định tuyến")


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_remembered_route_saves_queries(client, news):
    first = _queries(client, news.url)
    assert _queries(client, news.url) < first


def test_remembered_route_serves_the_same_page(client, news):
    first = client.get(news.url).content
    assert client.get(news.url).content == first


def test_remembered_sub_route_serves_the_feed(client, news_index, news):
    client.get(news_index.url + "rss/")
    response = client.get(news_index.url + "rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "Tin về định tuyến" in response.content.decode()


def test_english_page_keeps_its_own_route(client, home_page):
    client.get("/")
    client.get("/en/")
    html = client.get("/en/").content.decode()
    assert "Emulation and Commendation Board of Test Province" in html


def test_moved_page_answers_at_its_new_address(
    client, home_page, news, django_capture_on_commit_callbacks
):
    old_url = news.url
    client.get(old_url)
    other = NewsIndexPageFactory(parent=home_page, slug="tin-dia-phuong")
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).move(other, pos="last-child")
    new_url = NewsPage.objects.get(pk=news.pk).url
    # Wagtail's redirects app sends the old address on; the old route is forgotten.
    response = client.get(old_url)
    assert (response.status_code, response["Location"]) == (301, new_url)
    assert client.get(new_url).status_code == 200


def test_unpublished_page_is_not_found_on_its_remembered_route(client, news):
    url = news.url
    client.get(url)
    # Even without the purge (no commit in this test), the page is read afresh.
    NewsPage.objects.get(pk=news.pk).unpublish()
    assert client.get(url).status_code == 404


def test_remembered_route_to_a_deleted_page_is_not_found(client, news):
    url = news.url
    client.get(url)
    # Deleted without the purge (no commit in this test): the remembered id is gone.
    NewsPage.objects.get(pk=news.pk).delete()
    assert client.get(url).status_code == 404
