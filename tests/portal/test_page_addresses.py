import pytest
from django.test import RequestFactory
from django.urls.resolvers import URLResolver
from wagtail.models import Page

from portal.page_addresses import page_urls, url_below
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


def test_links_below_a_home_page_reverse_no_address_each(pages, monkeypatch):
    """A menu's links cost string work, not a `reverse` under the language each (a
    tenth of a millisecond apiece on a cold page)."""
    home = pages[0]
    expected = [page.url for page in pages[1:3]]
    url_below(home.url_path, pages[1].url_path, "vi")
    reversed_addresses = []
    reverse = URLResolver._reverse_with_prefix

    def counting(self, *args, **kwargs):
        reversed_addresses.append(args)
        return reverse(self, *args, **kwargs)

    monkeypatch.setattr(URLResolver, "_reverse_with_prefix", counting)
    urls = [url_below(home.url_path, page.url_path, "vi") for page in pages[1:3]]
    assert (urls, reversed_addresses) == (expected, [])
