"""The full-page cache for anonymous readers (portal/page_cache.py) and its purges."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage, PortalSettings
from tests.factories import DailyPageViewsFactory, UserFactory
from tests.home.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Tin gốc về thi đua")


@pytest.fixture
def editor_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _retitle_silently(page, title):
    """Change the live title without any signal, as if the cache had not been told."""
    NewsPage.objects.filter(pk=page.pk).update(title=title)


def _publish_title(page, title):
    page = NewsPage.objects.get(pk=page.pk)
    page.title = title
    page.save_revision().publish()


def test_second_anonymous_request_costs_no_query(client, page_cache, news):
    client.get(news.url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(news.url)
    assert response.status_code == 200
    assert len(captured) == 0


def test_second_anonymous_request_is_a_hit(client, page_cache, news):
    assert client.get(news.url)["X-Page-Cache"] == "MISS"
    assert client.get(news.url)["X-Page-Cache"] == "HIT"


def test_cached_page_keeps_its_content(client, page_cache, news):
    first = client.get(news.url).content
    assert client.get(news.url).content == first


def test_head_request_is_answered_from_the_get_entry(client, page_cache, news):
    client.get(news.url)
    assert client.head(news.url)["X-Page-Cache"] == "HIT"


def test_cached_page_carries_content_security_policy(client, page_cache, news):
    client.get(news.url)
    response = client.get(news.url)
    assert response["X-Page-Cache"] == "HIT"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_cached_page_carries_security_headers(client, page_cache, news):
    client.get(news.url)
    response = client.get(news.url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_public_page_cache_control_is_public_and_short(client, settings, page_cache, news):
    settings.CACHE_CONTROL_MAX_AGE = 45
    directives = set(client.get(news.url)["Cache-Control"].split(", "))
    assert directives == {"public", "max-age=45"}


def test_page_cache_off_renders_every_request(client, settings, page_cache, news):
    settings.PAGE_CACHE = False
    client.get(news.url)
    _retitle_silently(news, "Tiêu đề mới khi tắt bộ đệm")
    response = client.get(news.url)
    assert "Tiêu đề mới khi tắt bộ đệm" in response.content.decode()
    assert "X-Page-Cache" not in response


def test_publish_shows_change_on_next_request(
    client, page_cache, news, django_capture_on_commit_callbacks
):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        _publish_title(news, "Tin đã sửa và xuất bản")
    assert "Tin đã sửa và xuất bản" in client.get(news.url).content.decode()


def test_publish_updates_parent_listing(
    client, page_cache, news_index, news, django_capture_on_commit_callbacks
):
    client.get(news_index.url)
    with django_capture_on_commit_callbacks(execute=True):
        _publish_title(news, "Tin đã sửa trong danh sách")
    assert "Tin đã sửa trong danh sách" in client.get(news_index.url).content.decode()


def test_unpublished_page_leaves_home_page(
    client, page_cache, news, django_capture_on_commit_callbacks
):
    assert "Tin gốc về thi đua" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).unpublish()
    assert "Tin gốc về thi đua" not in client.get("/").content.decode()


def test_unpublished_page_leaves_listing(
    client, page_cache, news_index, news, django_capture_on_commit_callbacks
):
    assert "Tin gốc về thi đua" in client.get(news_index.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).unpublish()
    assert "Tin gốc về thi đua" not in client.get(news_index.url).content.decode()


def test_unpublished_page_is_gone_on_next_request(
    client, page_cache, news, django_capture_on_commit_callbacks
):
    url = news.url
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).unpublish()
    assert client.get(url).status_code == 404


def test_deleted_page_leaves_listing(
    client, page_cache, news_index, news, django_capture_on_commit_callbacks
):
    client.get(news_index.url)
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).delete()
    assert "Tin gốc về thi đua" not in client.get(news_index.url).content.decode()


def test_moved_page_leaves_old_listing(
    client, page_cache, home_page, news_index, news, django_capture_on_commit_callbacks
):
    other = NewsIndexPageFactory(parent=home_page, title="Tin địa phương", slug="tin-dia-phuong")
    client.get(news_index.url)
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).move(other, pos="last-child")
    assert "Tin gốc về thi đua" not in client.get(news_index.url).content.decode()


def test_site_settings_change_reaches_every_page(
    client, page_cache, news, django_capture_on_commit_callbacks
):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        portal = PortalSettings.objects.get()
        portal.editorial_head = "Lê Văn Biên Tập Mới"
        portal.save()
    assert "Lê Văn Biên Tập Mới" in client.get(news.url).content.decode()


def test_snippet_change_purges(client, page_cache, news, django_capture_on_commit_callbacks):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        NewsCategoryFactory()
    assert client.get(news.url)["X-Page-Cache"] == "MISS"


def test_draft_save_does_not_purge(client, page_cache, news, django_capture_on_commit_callbacks):
    client.get(news.url)
    with django_capture_on_commit_callbacks(execute=True):
        page = NewsPage.objects.get(pk=news.pk)
        page.title = "Bản nháp chưa xuất bản"
        page.save_revision()
    response = client.get(news.url)
    assert response["X-Page-Cache"] == "HIT"
    assert "Bản nháp chưa xuất bản" not in response.content.decode()


def test_editor_never_sees_cached_page(client, page_cache, news):
    client.get(news.url)
    _retitle_silently(news, "Tiêu đề biên tập viên thấy")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(news.url)
    assert "Tiêu đề biên tập viên thấy" in response.content.decode()
    assert "X-Page-Cache" not in response


def test_editor_never_fills_cache(client, page_cache, editor_client, news):
    editor_client.get(news.url)
    _retitle_silently(news, "Tiêu đề sau lượt biên tập viên")
    editor_client.logout()
    editor_client.cookies.clear()
    assert "Tiêu đề sau lượt biên tập viên" in client.get(news.url).content.decode()


def test_editor_gets_private_no_cache(editor_client, page_cache, news):
    directives = set(editor_client.get(news.url)["Cache-Control"].split(", "))
    assert {"private", "no-cache"} <= directives
    assert "public" not in directives


def test_preview_never_sees_cached_page(client, page_cache, news):
    client.get(news.url)
    page = NewsPage.objects.get(pk=news.pk)
    page.title = "Tiêu đề trong bản xem trước"
    response = page.make_preview_request()
    assert "Tiêu đề trong bản xem trước" in response.content.decode()


def test_preview_never_fills_cache(client, page_cache, news):
    page = NewsPage.objects.get(pk=news.pk)
    page.title = "Tiêu đề chỉ có trong xem trước"
    page.make_preview_request()
    assert "Tiêu đề chỉ có trong xem trước" not in client.get(news.url).content.decode()


def test_admin_preview_view_never_fills_cache(client, page_cache, editor_client, news):
    edit_url = f"/admin/pages/{news.pk}/edit/preview/"
    editor_client.get(edit_url)
    editor_client.logout()
    editor_client.cookies.clear()
    response = client.get(news.url)
    assert response["X-Page-Cache"] == "MISS"


def test_post_is_never_answered_from_cache(client, page_cache, news):
    client.get(news.url)
    response = client.post(news.url)
    assert "X-Page-Cache" not in response


def test_filtered_listing_is_cached_per_query(client, page_cache, news_index, news):
    url = news_index.url + "?page=1"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "HIT"
    assert client.get(news_index.url)["X-Page-Cache"] == "MISS"


def test_free_text_query_is_not_cached(client, page_cache, home_page):
    client.get("/tim-kiem/?q=thi+%C4%91ua")
    assert "X-Page-Cache" not in client.get("/tim-kiem/?q=thi+%C4%91ua")


def test_unknown_query_parameter_is_not_cached(client, page_cache, news):
    client.get(news.url + "?utm_source=zalo")
    assert "X-Page-Cache" not in client.get(news.url + "?utm_source=zalo")


def test_long_filter_value_is_not_cached(client, page_cache, news_index):
    url = news_index.url + "?chuyen-muc=" + "a" * 200
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)


@pytest.mark.parametrize(
    "query",
    ["?page=%00", "?page=-1", "?page=abc&page=2", "?chuyen-muc=%FF%FE", "?page=" + "9" * 400],
)
def test_bad_query_is_not_a_server_error(client, page_cache, news_index, query):
    for _ in range(2):
        assert client.get(news_index.url + query).status_code < 500


def test_missing_page_is_not_cached(client, page_cache, home_page):
    client.get("/khong-co-trang-nay/")
    assert "X-Page-Cache" not in client.get("/khong-co-trang-nay/")


def test_english_and_vietnamese_pages_are_separate_entries(client, page_cache, home_page):
    vietnamese = client.get("/").content
    english = client.get("/en/").content
    assert vietnamese != english
    assert client.get("/en/")["X-Page-Cache"] == "HIT"


def test_search_api_may_be_kept_briefly_by_anyone(client, settings, home_page):
    settings.CACHE_CONTROL_MAX_AGE = 30
    response = client.get("/api/search/?q=thi+%C4%91ua")
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=30"}


def test_unpublished_page_leaves_most_viewed_api(
    client, page_cache, news, django_capture_on_commit_callbacks
):
    DailyPageViewsFactory(page=news, views=50)
    assert news.pk in [row["id"] for row in client.get("/api/most-viewed/").json()]
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).unpublish()
    assert news.pk not in [row["id"] for row in client.get("/api/most-viewed/").json()]


def test_entry_stored_before_a_purge_is_not_served(client, page_cache, news):
    from portal.page_cache import purge

    client.get(news.url)
    purge()
    assert client.get(news.url)["X-Page-Cache"] == "MISS"
