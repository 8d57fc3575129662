"""The categories a news section offers as filters (NewsIndexPage.categories): those
its own public news carry, once each."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
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


def _categories_plan(section):
    with CaptureQueriesContext(connection) as captured:
        section.categories()
    sql = next(query["sql"] for query in captured if "home_newscategory" in query["sql"])
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        cursor.execute(explain + sql)
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


@pytest.mark.database("postgresql")
def test_categories_probe_the_section_news_one_category_at_a_time_on_postgresql(section):
    NewsPageFactory(parent=section, categories=[NewsCategoryFactory(slug="khen-thuong")])
    # A subplan run per category stops at its first news; a join read every news.
    assert "SubPlan" in _categories_plan(section)


@pytest.mark.database("sqlite")
def test_categories_probe_the_section_news_one_category_at_a_time_on_sqlite(section):
    NewsPageFactory(parent=section, categories=[NewsCategoryFactory(slug="khen-thuong")])
    assert "CORRELATED SCALAR SUBQUERY" in _categories_plan(section)
