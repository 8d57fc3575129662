"""Listing pages keep their cards in a cached fragment per address (portal.listings):
a warm request reads no items, a publish in the section shows at once, and each
filter and page number has its own fragment."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory
from tests.home.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tin đầu tiên")
    return index


def _query_count(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_warm_news_list_reads_no_news(client, fragment_cache, news_index):
    cold = _query_count(client, news_index.url)
    warm = _query_count(client, news_index.url)
    assert warm < cold
    assert "Tin đầu tiên" in client.get(news_index.url).content.decode()


def test_news_published_in_the_section_shows_in_the_cached_list(
    client, fragment_cache, news_index, django_capture_on_commit_callbacks
):
    client.get(news_index.url)
    with django_capture_on_commit_callbacks(execute=True):
        NewsPageFactory(parent=news_index, title="Tin mới đăng").save_revision().publish()
    assert "Tin mới đăng" in client.get(news_index.url).content.decode()


def test_each_category_has_its_own_cached_list(client, fragment_cache, news_index):
    category = NewsCategoryFactory(name="Gương điển hình", slug="guong-dien-hinh")
    article = NewsPageFactory(parent=news_index, title="Tin trong chuyên mục")
    article.categories = [category]
    article.save_revision().publish()
    client.get(news_index.url)
    html = client.get(news_index.url + "?chuyen-muc=guong-dien-hinh").content.decode()
    assert "Tin trong chuyên mục" in html
    assert "Tin đầu tiên" not in html


def test_a_malformed_page_number_is_rendered_without_the_cache(
    client, fragment_cache, news_index
):
    client.get(news_index.url + "?page=abc")
    NewsPage.objects.filter(title="Tin đầu tiên").update(title="Tin đổi tên âm thầm")
    assert "Tin đổi tên âm thầm" in client.get(news_index.url + "?page=abc").content.decode()


def test_archive_with_a_keyword_is_never_cached(client, fragment_cache, home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    OfficialDocumentPageFactory(parent=archive, title="Kế hoạch thi đua năm 2026")
    url = archive.url + "?q=thi+dua"
    client.get(url)
    warm = _query_count(client, url)
    cold_without_keyword = _query_count(client, archive.url)
    warm_without_keyword = _query_count(client, archive.url)
    assert warm_without_keyword < cold_without_keyword
    assert warm > warm_without_keyword
