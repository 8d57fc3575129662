"""Scoped purges (portal/page_scopes.py, portal/cache_purge.py) on a real Redis: a
publish retires the pages it reaches and leaves the rest of the site cached."""

import uuid

import pytest

from documents.models import IssuingBody
from home.models import AwardSearchPage, NewsPage
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory
from tests.home.awards.factories import AwardDecisionPageFactory
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.redis_pages import delete_prefixed, deliver_purges, redis_pages_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_pages(settings, monkeypatch):
    prefix = f"test-scopes-{uuid.uuid4().hex}"
    settings.CACHES = {**settings.CACHES, "pages": redis_pages_settings(prefix)}
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True
    deliver_purges(monkeypatch)
    yield
    delete_prefixed(prefix)


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Tin gốc về thi đua")


@pytest.fixture
def sibling(news_index):
    return NewsPageFactory(parent=news_index, title="Tin bên cạnh")


@pytest.fixture
def document(home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    return OfficialDocumentPageFactory(parent=archive, subject="Về việc khen thưởng năm")


def _publish_title(page, title):
    page = NewsPage.objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()


def _filled(client, *urls):
    for url in urls:
        assert client.get(url)["X-Page-Cache"] in ("MISS", "HIT")


def _status(client, url):
    return client.get(url)["X-Page-Cache"]


@pytest.fixture
def published(client, redis_pages, news, sibling, document, django_capture_on_commit_callbacks):
    """Every page of interest cached, then the article published with a new title."""
    urls = ["/", news.get_parent().url, news.url, sibling.url, document.url]
    _filled(client, *urls, document.get_parent().url)
    with django_capture_on_commit_callbacks(execute=True):
        _publish_title(news, "Tin đã sửa và xuất bản")


def test_publish_keeps_unrelated_document_cached(client, published, document):
    assert _status(client, document.url) == "HIT"


def test_publish_keeps_another_section_listing_cached(client, published, document):
    assert _status(client, document.get_parent().url) == "HIT"


def test_publish_purges_the_article(client, published, news):
    response = client.get(news.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Tin đã sửa và xuất bản" in response.content.decode()


def test_publish_purges_the_section_index(client, published, news_index):
    response = client.get(news_index.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Tin đã sửa và xuất bản" in response.content.decode()


def test_publish_purges_the_home_page(client, published):
    assert _status(client, "/") == "MISS"


def test_publish_purges_siblings_that_list_the_article(client, published, sibling):
    response = client.get(sibling.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Tin đã sửa và xuất bản" in response.content.decode()


def test_issuer_change_purges_the_document_that_names_it(
    client, redis_pages, document, django_capture_on_commit_callbacks
):
    _filled(client, document.url)
    body = IssuingBody.objects.get(pk=document.issuing_body_id)
    body.name = "Sở Nội vụ đã đổi tên"
    with django_capture_on_commit_callbacks(execute=True):
        body.save()
    response = client.get(document.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "Sở Nội vụ đã đổi tên" in response.content.decode()


def test_menu_page_publish_purges_the_whole_site(
    client, redis_pages, news_index, document, django_capture_on_commit_callbacks
):
    _filled(client, document.url)
    news_index.show_in_menus = True
    news_index.title = "Tin tức đã đổi tên"
    with django_capture_on_commit_callbacks(execute=True):
        news_index.save_revision().publish()
    response = client.get(document.url)
    assert response["X-Page-Cache"] == "MISS"


def test_decision_publish_purges_the_award_lookup(
    client, redis_pages, document, news, django_capture_on_commit_callbacks
):
    lookup = AwardSearchPage(title="Tra cứu khen thưởng", slug="tra-cuu-khen-thuong")
    document.get_parent().get_parent().add_child(instance=lookup)
    decision = AwardDecisionPageFactory(parent=document.get_parent())
    _filled(client, lookup.url, news.url)
    with django_capture_on_commit_callbacks(execute=True):
        decision.save_revision().publish()
    assert (_status(client, lookup.url), _status(client, news.url)) == ("MISS", "HIT")
