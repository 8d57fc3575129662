import datetime as dt

import pytest
from django.utils import timezone

from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def test_home_page_shows_news_events_and_profiles(client, home_page):
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Tin trang chủ")
    CongressEventPageFactory(
        parent=CongressEventIndexPageFactory(parent=home_page),
        title="Đại hội sắp tới",
        starts_at=timezone.now() + dt.timedelta(days=5),
        ends_at=timezone.now() + dt.timedelta(days=5, hours=3),
    )
    ModelProfilePageFactory(
        parent=ModelProfileIndexPageFactory(parent=home_page),
        title="Điển hình nổi bật",
        featured=True,
    )
    html = client.get("/").content.decode()
    for text in ("Tin trang chủ", "Đại hội sắp tới", "Sắp diễn ra", "Điển hình nổi bật"):
        assert text in html


def test_home_page_leaves_out_profiles_not_featured(client, home_page):
    ModelProfilePageFactory(
        parent=ModelProfileIndexPageFactory(parent=home_page), title="Chưa nổi bật"
    )
    assert "Chưa nổi bật" not in client.get("/").content.decode()


def test_english_home_page_shows_only_english_content(client, home_page):
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Chỉ tiếng Việt")
    assert "Chỉ tiếng Việt" not in client.get("/en/").content.decode()


@pytest.mark.parametrize("factory", [ModelProfilePageFactory, CongressEventPageFactory])
def test_article_pages_have_breadcrumb_and_print_button(client, home_page, factory):
    index_factory = {
        ModelProfilePageFactory: ModelProfileIndexPageFactory,
        CongressEventPageFactory: CongressEventIndexPageFactory,
    }[factory]
    index = index_factory(parent=home_page)
    page = factory(parent=index)
    html = client.get(page.url).content.decode()
    assert f'<a href="{index.url}">{index.title}</a>' in html
    assert f'<span aria-current="page">{page.title}</span>' in html
    assert "data-print" in html


def test_home_page_shows_most_viewed_box(client, home_page):
    assert "Xem nhiều nhất" in client.get("/").content.decode()


def test_home_page_shows_visit_statistics_box(client, home_page):
    assert "Thống kê truy cập" in client.get("/").content.decode()


def test_home_page_shows_documents_box(client, home_page):
    assert "Văn bản – tài liệu" in client.get("/").content.decode()
