"""A news article right after a purge (issue #25 point 3): what it reads, it reads
from queries compiled once per process, and nothing it shows costs a query per item."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.page_cache import purge
from tests.compile_support import compiled_queries
from tests.home.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from tests.home.queries import count_cold_queries
from tests.home.test_english_listings import translated, with_english_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tin cũ hơn")
    page = NewsPageFactory(parent=index, main_image=wagtail_factories.ImageFactory())
    page.categories = [NewsCategoryFactory(), NewsCategoryFactory()]
    page.save_revision().publish()
    return page


def _english_article(home_page, locales, category_count):
    index = NewsIndexPageFactory(parent=home_page, slug=f"tin-{category_count}")
    page = NewsPageFactory(parent=index)
    page.categories = [
        with_english_name(NewsCategoryFactory(), locales, f"Category {category_count}.{number}")
        for number in range(category_count)
    ]
    page.save_revision().publish()
    translated(index, locales, title="News", slug=f"news-{category_count}")
    return translated(page, locales, title=f"Article {category_count}")


def test_cold_article_compiles_none_of_its_queries_again(client, article, monkeypatch):
    """Its categories and its main image with the image's renditions included: a query
    built per request again fails here."""
    client.get(article.url)
    purge()
    client.get(article.url)
    purge()
    with compiled_queries(monkeypatch) as compiled, CaptureQueriesContext(connection) as sent:
        assert client.get(article.url).status_code == 200
    assert (len(sent), len(compiled)) == (len(sent), 0)


def test_english_article_names_its_categories_in_one_query(client, home_page, locales):
    """Their English names come with them: none is looked up one by one."""
    one = _english_article(home_page, locales, 1)
    three = _english_article(home_page, locales, 3)
    assert count_cold_queries(client, three.url) == count_cold_queries(client, one.url)
    assert "Category 3.2" in client.get(three.url).content.decode()


def test_a_preview_shows_the_drafts_categories(rf, article):
    """The prepared query reads the published categories; a draft's are on the page."""
    from django.template import Context, Template

    draft = NewsCategoryFactory(name="Chuyên mục bản nháp")
    article.categories = [draft]
    request = rf.get(article.url)
    request.is_preview = True
    template = Template(
        "{% load content_tags %}{% category_links page as categories %}"
        "{% for category in categories %}{{ category.name }}{% endfor %}"
    )
    assert template.render(Context({"page": article, "request": request})) == draft.name
