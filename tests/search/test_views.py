import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_live_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Quy chế thi đua khen thưởng")
    response = client.get("/tim-kiem/", {"q": "Quy chế"})
    assert response.status_code == 200
    assert "Quy chế thi đua khen thưởng" in response.content.decode()


def test_search_page_is_not_indexed(client, home_page):
    html = client.get("/tim-kiem/", {"q": "thi đua"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_search_too_long_query_is_a_clear_400(client, home_page):
    response = client.get("/tim-kiem/", {"q": "a" * 2000})
    assert response.status_code == 400
    assert "Từ khóa quá dài" in response.content.decode()


def test_search_ignores_nul_bytes(client, home_page):
    assert client.get("/tim-kiem/", {"q": "thi\x00đua"}).status_code == 200


def test_search_out_of_range_page_shows_last_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Quy chế thi đua")
    assert client.get("/tim-kiem/", {"q": "Quy chế", "page": "999"}).status_code == 200


def test_english_search_path_is_translated(client, home_page):
    response = client.get("/en/search/", {"q": "board"})
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


@pytest.mark.parametrize("query", ['"thi đua', "khen*", "(thi", "a OR b", "x' AND 1=1", "^:-"])
def test_search_treats_query_syntax_as_plain_words(client, home_page, query):
    assert client.get("/tim-kiem/", {"q": query}).status_code == 200
