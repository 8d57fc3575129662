"""The categories a news section offers as filters (NewsIndexPage.categories): those
its own public news carry, once each."""

import pytest
from wagtail.models import PageViewRestriction

from tests.home.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home_page):
    return NewsIndexPageFactory(parent=home_page)


def _slugs(section):
    return [category.slug for category in section.categories()]


def test_lists_a_category_its_news_carry(section):
    NewsPageFactory(parent=section, categories=[NewsCategoryFactory(slug="khen-thuong")])
    assert _slugs(section) == ["khen-thuong"]


def test_leaves_out_another_sections_category(home_page, section):
    other = NewsIndexPageFactory(parent=home_page, slug="tin-khac")
    NewsPageFactory(parent=other, categories=[NewsCategoryFactory(slug="thi-dua")])
    assert _slugs(section) == []


def test_leaves_out_a_category_only_private_news_carry(section):
    news = NewsPageFactory(parent=section, categories=[NewsCategoryFactory(slug="noi-bo")])
    PageViewRestriction.objects.create(page=news, restriction_type="login")
    assert _slugs(section) == []


def test_lists_a_category_once_for_many_news(section):
    category = NewsCategoryFactory(slug="khen-thuong")
    for _ in range(3):
        NewsPageFactory(parent=section, categories=[category])
    assert _slugs(section) == ["khen-thuong"]
