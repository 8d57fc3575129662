"""{% parent_url page %}: the section's address as {% pageurl page.get_parent %} gives
it, without reading the parent page."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tests.home.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def _render(page, source, request=None):
    request = request or RequestFactory().get("/")
    return Template("{% load wagtailcore_tags navigation_tags %}" + source).render(
        Context({"request": request, "page": page})
    )


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page, slug="tin-tuc")
    return NewsPageFactory(parent=index, slug="tin-co-chuyen-muc")


def test_parent_url_is_the_parents_pageurl(news):
    assert _render(news, "{% parent_url page %}") == _render(news, "{% pageurl page.get_parent %}")


def test_parent_url_reads_no_page(news, django_assert_num_queries):
    request = RequestFactory().get("/")
    # The request's site and the site root paths, read for the first address.
    _render(news, "{% pageurl page %}", request)
    with django_assert_num_queries(0):
        assert _render(news, "{% parent_url page %}", request) == "/tin-tuc/"


def test_category_link_goes_to_the_section(client, news):
    category = NewsCategoryFactory(slug="khen-thuong")
    news.categories.add(category)
    news.save_revision().publish()
    html = client.get("/tin-tuc/tin-co-chuyen-muc/").content.decode()
    assert 'href="/tin-tuc/?chuyen-muc=khen-thuong"' in html
