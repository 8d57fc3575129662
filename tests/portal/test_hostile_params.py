"""Hostile query parameters that once answered 500 on PostgreSQL (issue #26) now
answer 400 with a message: the site's page in Vietnamese (English under /en/), a
JSON message on the APIs."""

import pytest

from tests.documents.factories import (
    DocumentArchivePageFactory,
    OfficialDocumentPageFactory,
)
from tests.home.factories import NewsIndexPageFactory

pytestmark = pytest.mark.django_db

HUGE = str(10**20)
NUL_MESSAGE = "Địa chỉ chứa ký tự không hợp lệ"


@pytest.fixture
def documents(home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    return OfficialDocumentPageFactory(parent=archive)


def _api_message(response):
    assert response.status_code == 400
    return response.json()["message"]


def test_nul_in_news_category_is_a_vietnamese_400(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    response = client.get(news.url, {"chuyen-muc": "thi\x00dua"})
    assert response.status_code == 400
    assert NUL_MESSAGE in response.content.decode()


def test_nul_on_an_english_page_is_explained_in_english(client, home_page):
    response = client.get("/en/", {"page": "\x00"})
    assert response.status_code == 400
    assert "invalid character" in response.content.decode()


def test_nul_in_a_page_path_is_a_400(client, home_page):
    assert client.get("/tin-tuc%00/").status_code == 400


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_nul_in_api_search_is_a_json_400(client, home_page, endpoint):
    response = client.get(f"/api/v2/{endpoint}/", {"search": "\x00"})
    assert NUL_MESSAGE in _api_message(response)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v2/pages/", {"locale": "vi\x00"}),
        ("/api/v2/pages/", {"site": "localhost\x00"}),
        ("/api/v2/pages/find/", {"html_path": "/\x00/"}),
    ],
)
def test_nul_in_api_parameters_is_a_json_400(client, home_page, path, params):
    assert NUL_MESSAGE in _api_message(client.get(path, params))


def test_nul_in_most_viewed_language_is_a_json_400(client, home_page):
    response = client.get("/api/most-viewed/", {"lang": "\x00"})
    assert response.status_code == 400
    assert NUL_MESSAGE in response.json()["error"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_api_offset_beyond_any_integer_is_a_400(client, home_page, endpoint):
    response = client.get(f"/api/v2/{endpoint}/", {"offset": HUGE})
    assert "offset" in _api_message(response)


def test_api_negative_offset_is_a_400(client, home_page):
    assert "offset" in _api_message(client.get("/api/v2/pages/", {"offset": "-1"}))


def test_api_garbage_date_filter_is_a_400(client, documents):
    response = client.get(
        "/api/v2/pages/", {"type": "documents.OfficialDocumentPage", "issued_on": "garbage"}
    )
    assert "garbage" in _api_message(response)


def test_api_date_time_outside_utc_is_a_400(client, documents):
    response = client.get("/api/v2/pages/", {"first_published_at": "0001-01-01T00:00:00+14:00"})
    assert "first_published_at" in _api_message(response)


@pytest.mark.parametrize("value", [HUGE, "-" + HUGE])
def test_api_foreign_key_beyond_any_integer_is_a_400(client, documents, value):
    response = client.get(
        "/api/v2/pages/", {"type": "documents.OfficialDocumentPage", "replaced_by_id": value}
    )
    assert "replaced_by_id" in _api_message(response)


def test_api_integer_filter_beyond_any_integer_is_a_400(client, documents):
    response = client.get("/api/v2/pages/", {"id": HUGE})
    assert "id" in _api_message(response)


def test_api_unknown_search_operator_is_a_400(client, home_page):
    response = client.get("/api/v2/pages/", {"search": "thi đua", "search_operator": "xor"})
    assert "search_operator" in _api_message(response)


def test_api_find_by_non_numeric_id_is_a_400(client, home_page):
    assert "id" in _api_message(client.get("/api/v2/images/find/", {"id": "abc"}))


def test_api_deeply_nested_fields_are_a_400(client, home_page):
    response = client.get("/api/v2/pages/", {"fields": "a(" * 3000})
    assert "fields" in _api_message(response)


def test_api_valid_offset_still_pages(client, documents):
    response = client.get("/api/v2/pages/", {"offset": "1", "limit": "1"})
    assert response.status_code == 200
    assert len(response.json()["items"]) == 1


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "django_language"])
def test_cookie_holding_nul_is_ignored(client, home_page, cookie):
    response = client.get("/", HTTP_COOKIE=f'{cookie}="abcdefgh\\000ijk"')
    assert response.status_code == 200


def test_djangos_own_400_uses_the_portals_page(client, home_page):
    response = client.get("/", HTTP_HOST="khong-phai-cong.example")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
