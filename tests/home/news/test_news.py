import xml.etree.ElementTree as ET

import pytest
import wagtail_factories

from tests.home.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from tests.home.queries import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def _translate(page, locale, title, slug):
    translation = page.copy_for_translation(locale)
    translation.title = title
    translation.slug = slug
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def test_news_page_shows_lead_and_date(client, news_index):
    news = NewsPageFactory(parent=news_index, lead="Sapo riêng của bài.")
    html = client.get(news.url).content.decode()
    assert "Sapo riêng của bài." in html
    assert news.date.strftime("%d/%m/%Y") in html


def test_news_page_main_image_has_srcset(client, news_index):
    news = NewsPageFactory(parent=news_index, main_image=wagtail_factories.ImageFactory())
    html = client.get(news.url).content.decode()
    assert "srcset=" in html
    assert "width-800" in html


def test_other_news_excludes_current_article(news_index):
    first = NewsPageFactory(parent=news_index)
    second = NewsPageFactory(parent=news_index)
    assert [row["id"] for row in first.other_news()] == [second.id]


def test_other_news_newest_first(news_index):
    current = NewsPageFactory(parent=news_index)
    older = NewsPageFactory(parent=news_index)
    newer = NewsPageFactory(parent=news_index)
    assert [row["id"] for row in current.other_news()] == [newer.id, older.id]


def test_other_news_stays_in_its_section(home_page, news_index):
    other_section = NewsIndexPageFactory(parent=home_page, slug="tin-dia-phuong")
    current = NewsPageFactory(parent=news_index)
    NewsPageFactory(parent=other_section)
    assert current.other_news() == []


def test_other_news_respects_language(client, locales, news_index):
    current = NewsPageFactory(parent=news_index, title="Tin tiếng Việt A")
    sibling = NewsPageFactory(parent=news_index, title="Tin tiếng Việt B")
    NewsPageFactory(parent=news_index, title="Tin tiếng Việt C")
    _translate(news_index, locales["en"], "News", "news")
    english = _translate(current, locales["en"], "English news A", "english-news-a")
    english_sibling = _translate(sibling, locales["en"], "English news B", "english-news-b")
    html = client.get(english.url).content.decode()
    assert "English news B" in html
    assert "Tin tiếng Việt" not in html
    assert [row["id"] for row in english.other_news()] == [english_sibling.id]


def test_other_news_box_lists_sibling_on_page(client, news_index):
    current = NewsPageFactory(parent=news_index, title="Bài đang đọc")
    NewsPageFactory(parent=news_index, title="Bài bên cạnh")
    html = client.get(current.url).content.decode()
    box = html[html.index("Các tin khác") :]
    assert "Bài bên cạnh" in box
    assert "Bài đang đọc" not in box


def test_news_index_lists_newest_first(client, news_index):
    NewsPageFactory(parent=news_index, title="Tin cũ")
    NewsPageFactory(parent=news_index, title="Tin mới")
    html = client.get(news_index.url).content.decode()
    assert html.index("Tin mới") < html.index("Tin cũ")


def test_news_index_filters_by_category(client, news_index):
    category = NewsCategoryFactory(name="Khen thưởng", slug="khen-thuong")
    NewsPageFactory(parent=news_index, title="Tin có chuyên mục", categories=[category])
    NewsPageFactory(parent=news_index, title="Tin không chuyên mục")
    html = client.get(news_index.url + "?chuyen-muc=khen-thuong").content.decode()
    assert "Tin có chuyên mục" in html
    assert "Tin không chuyên mục" not in html


@pytest.mark.parametrize("query", ["?chuyen-muc=khong-co", "?page=abc", "?page=999", "?page=-1"])
def test_news_index_bad_parameters_answer_200(client, news_index, query):
    NewsPageFactory(parent=news_index)
    assert client.get(news_index.url + query).status_code == 200


def test_news_feed_is_rss_with_items(client, news_index):
    NewsPageFactory(parent=news_index, title="Tin trong RSS")
    response = client.get(news_index.url + "rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    titles = [item.findtext("title") for item in root.iter("item")]
    assert titles == ["Tin trong RSS"]


def test_news_index_links_its_feed(client, news_index):
    html = client.get(news_index.url).content.decode()
    assert 'type="application/rss+xml"' in html
    assert f'href="{news_index.url}rss/"' in html


def test_news_page_has_breadcrumb_and_print_button(client, news_index):
    news = NewsPageFactory(parent=news_index)
    html = client.get(news.url).content.decode()
    assert 'class="breadcrumb"' in html
    assert f'<a href="{news_index.url}">{news_index.title}</a>' in html
    assert "data-print" in html


def _add_news(index, count):
    for _ in range(count):
        NewsPageFactory(parent=index, main_image=wagtail_factories.ImageFactory())


def test_news_index_queries_do_not_grow(client, news_index):
    _add_news(news_index, 2)
    small = count_queries(client, news_index.url)
    _add_news(news_index, 10)
    assert count_queries(client, news_index.url) == small


def test_news_page_queries_do_not_grow_with_siblings(client, news_index):
    news = NewsPageFactory(parent=news_index, main_image=wagtail_factories.ImageFactory())
    _add_news(news_index, 2)
    small = count_queries(client, news.url)
    _add_news(news_index, 10)
    assert count_queries(client, news.url) == small


def test_news_feed_queries_do_not_grow(client, news_index):
    _add_news(news_index, 2)
    small = count_queries(client, news_index.url + "rss/")
    _add_news(news_index, 10)
    assert count_queries(client, news_index.url + "rss/") == small


def test_other_news_rows_carry_the_address_get_url_gives(rf, news_index):
    current = NewsPageFactory(parent=news_index)
    sibling = NewsPageFactory(parent=news_index)
    request = rf.get(current.url)
    assert current.other_news(request)[0]["url"] == sibling.get_url(request)
