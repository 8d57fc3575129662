import pytest
from django.test import RequestFactory
from wagtail.models import Page

from portal.page_addresses import page_urls
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_page, locales):
    index = NewsIndexPageFactory(parent=home_page)
    article = NewsPageFactory(parent=index, slug="thi-đua-yêu-nước")
    english_home = home_page.get_translation(locales["en"])
    english_index = NewsIndexPageFactory(parent=english_home, title="News", slug="news")
    return [home_page, index, article, english_home, english_index]


def test_addresses_are_what_get_url_gives(pages):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    expected = [page.get_url(request) for page in pages]
    assert page_urls([page.url_path for page in pages], request) == expected


def test_a_non_ascii_slug_is_percent_encoded(pages):
    (url,) = page_urls([pages[2].url_path])
    assert url == pages[2].get_url()
    assert url.endswith("/thi-%C4%91ua-y%C3%AAu-n%C6%B0%E1%BB%9Bc/")


def test_a_page_under_no_site_has_no_address(home_page):
    orphan = Page.get_first_root_node().add_child(instance=Page(title="Ngoài", slug="ngoai"))
    assert page_urls([orphan.url_path]) == [None]
