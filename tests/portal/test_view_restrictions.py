"""Private pages stay private with the restriction check cached
(portal/view_restrictions.py) and the page cache on."""

import pytest
from wagtail.models import PageViewRestriction

from portal import view_restrictions
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

SECRET = "Nội dung chỉ dành cho cán bộ"


@pytest.fixture
def section(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def article(section):
    return NewsPageFactory(parent=section, title=SECRET)


def _restrict(page, capture):
    with capture(execute=True):
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
        )


def test_page_without_restriction_is_public(client, article):
    assert SECRET in client.get(article.url).content.decode()


def test_restricted_page_asks_for_password(
    client, article, django_capture_on_commit_callbacks
):
    client.get(article.url)
    _restrict(article, django_capture_on_commit_callbacks)
    html = client.get(article.url).content.decode()
    assert 'name="password"' in html
    assert "Sapo của tin." not in html


def test_page_under_restricted_section_asks_for_password(
    client, section, article, django_capture_on_commit_callbacks
):
    client.get(article.url)
    _restrict(section, django_capture_on_commit_callbacks)
    assert 'name="password"' in client.get(article.url).content.decode()


def test_restriction_reaches_a_page_cached_before_it(
    client, page_cache, article, django_capture_on_commit_callbacks
):
    client.get(article.url)
    client.get(article.url)
    _restrict(article, django_capture_on_commit_callbacks)
    response = client.get(article.url)
    assert 'name="password"' in response.content.decode()
    assert "X-Page-Cache" not in response


def test_alias_of_restricted_page_asks_for_password(
    client, home_page, section, article, django_capture_on_commit_callbacks
):
    other = NewsIndexPageFactory(parent=home_page, slug="tin-khac")
    _restrict(article, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        alias = article.create_alias(parent=other)
    assert 'name="password"' in client.get(alias.url).content.decode()


def test_later_asks_of_a_generation_need_neither_cache_nor_database(
    article, django_assert_num_queries, monkeypatch
):
    first = view_restrictions.restricted_and_alias_paths()
    monkeypatch.setattr(view_restrictions.cache, "get", _unreachable)
    with django_assert_num_queries(0):
        assert view_restrictions.restricted_and_alias_paths() == first


def test_a_new_generation_reads_the_restrictions_again(
    article, django_capture_on_commit_callbacks
):
    view_restrictions.restricted_and_alias_paths()
    _restrict(article, django_capture_on_commit_callbacks)
    restricted, _aliases = view_restrictions.restricted_and_alias_paths()
    assert restricted == (article.path,)


def _unreachable(*args, **kwargs):
    raise AssertionError("the cache was asked again within one generation")
