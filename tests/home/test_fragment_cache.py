"""Cached page furniture ({% cached_fragment %}: header, breadcrumb, footer, home
boxes) and its purge through the page cache's generation token."""

import pytest

from documents.models import OfficialDocumentPage
from home.models import NewsIndexPage, NewsPage, PortalSettings
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory
from tests.factories import UserFactory
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Tin gốc về thi đua")


def _publish(model, page, title):
    page = model.objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()


def _retitle_silently(model, page, title):
    """Change a live title without any signal, as if no purge had happened."""
    model.objects.filter(pk=page.pk).update(title=title)


def test_menu_comes_from_cache_until_purged(client, fragment_cache, news_index, news):
    client.get(news.url)
    _retitle_silently(NewsIndexPage, news_index, "Tên mục chưa được làm mới")
    assert "Tên mục chưa được làm mới" not in client.get(news.url).content.decode()


def test_home_boxes_come_from_cache_until_purged(client, fragment_cache, news):
    client.get("/")
    _retitle_silently(NewsPage, news, "Tin đổi tên âm thầm")
    assert "Tin đổi tên âm thầm" not in client.get("/").content.decode()


def test_fragment_cache_off_renders_every_request(
    client, settings, fragment_cache, news_index, news
):
    settings.FRAGMENT_CACHE = False
    client.get(news.url)
    _retitle_silently(NewsIndexPage, news_index, "Tên mục hiện ngay")
    assert "Tên mục hiện ngay" in client.get(news.url).content.decode()


def test_published_menu_title_reaches_other_pages(
    client, fragment_cache, news_index, news, django_capture_on_commit_callbacks
):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        _publish(NewsIndexPage, news_index, "Tin tức đã đổi tên")
    assert "Tin tức đã đổi tên" in client.get(news.url).content.decode()


def test_published_title_reaches_breadcrumb(
    client, fragment_cache, news, django_capture_on_commit_callbacks
):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        _publish(NewsPage, news, "Tin đã sửa trong đường dẫn")
    html = client.get(news.url).content.decode()
    assert '<span aria-current="page">Tin đã sửa trong đường dẫn</span>' in html


def test_unpublished_news_leaves_home_boxes(
    client, fragment_cache, news, django_capture_on_commit_callbacks
):
    assert "Tin gốc về thi đua" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).unpublish()
    assert "Tin gốc về thi đua" not in client.get("/").content.decode()


def test_settings_change_reaches_footer(
    client, fragment_cache, news, django_capture_on_commit_callbacks
):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        portal = PortalSettings.objects.get()
        portal.editorial_head = "Lê Văn Biên Tập Mới"
        portal.save()
    assert "Lê Văn Biên Tập Mới" in client.get(news.url).content.decode()


def test_preview_never_fills_fragments(client, fragment_cache, news):
    page = NewsPage.objects.get(pk=news.pk)
    page.title = "Tiêu đề chỉ có trong xem trước"
    page.make_preview_request()
    assert "Tiêu đề chỉ có trong xem trước" not in client.get(news.url).content.decode()


def test_preview_never_reads_fragments(client, fragment_cache, news):
    client.get(news.url)
    page = NewsPage.objects.get(pk=news.pk)
    page.title = "Tiêu đề trong bản xem trước"
    html = page.make_preview_request().content.decode()
    assert '<span aria-current="page">Tiêu đề trong bản xem trước</span>' in html


def test_editor_never_reads_fragments(client, fragment_cache, news):
    client.get(news.url)
    _retitle_silently(NewsPage, news, "Tiêu đề biên tập viên thấy")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(news.url).content.decode()
    assert '<span aria-current="page">Tiêu đề biên tập viên thấy</span>' in html


@pytest.fixture
def document(home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    return OfficialDocumentPageFactory(parent=archive, subject="Về việc trích yếu gốc")


def test_article_content_comes_from_cache_until_purged(client, fragment_cache, news):
    client.get(news.url)
    NewsPage.objects.filter(pk=news.pk).update(lead="Sapo đổi âm thầm")
    assert "Sapo đổi âm thầm" not in client.get(news.url).content.decode()


def test_document_content_comes_from_cache_until_purged(client, fragment_cache, document):
    client.get(document.url)
    OfficialDocumentPage.objects.filter(pk=document.pk).update(subject="Trích yếu đổi âm thầm")
    assert "Trích yếu đổi âm thầm" not in client.get(document.url).content.decode()


def test_published_document_change_shows(
    client, fragment_cache, document, django_capture_on_commit_callbacks
):
    client.get(document.url)
    with django_capture_on_commit_callbacks(execute=True):
        page = OfficialDocumentPage.objects.get(pk=document.pk)
        page.subject = "Về việc trích yếu đã xuất bản"
        page.save_revision().publish()
    assert "Về việc trích yếu đã xuất bản" in client.get(document.url).content.decode()


def test_search_page_menu_comes_from_cache_until_purged(client, fragment_cache, news_index):
    client.get("/tim-kiem/", {"q": "thi đua"})
    _retitle_silently(NewsIndexPage, news_index, "Tên mục chưa được làm mới")
    assert "Tên mục chưa được làm mới" not in client.get(
        "/tim-kiem/", {"q": "khen thưởng"}
    ).content.decode()


def test_search_page_menu_shows_a_published_menu_title(
    client, fragment_cache, news_index, django_capture_on_commit_callbacks
):
    client.get("/tim-kiem/", {"q": "thi đua"})
    with django_capture_on_commit_callbacks(execute=True):
        _publish(NewsIndexPage, news_index, "Mục mới đăng")
    assert "Mục mới đăng" in client.get("/tim-kiem/", {"q": "thi đua"}).content.decode()


def test_search_page_box_shows_each_requests_words(client, fragment_cache, news_index):
    client.get("/tim-kiem/", {"q": "thi đua"})
    html = client.get("/tim-kiem/", {"q": "khen thưởng"}).content.decode()
    assert 'value="khen thưởng"' in html
