import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.documents.factories import OfficialDocumentPageFactory
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def test_api_answers_the_documented_shape(client, corpus):
    data = client.get("/api/search/", {"q": "12 kh ubnd"}).json()
    assert set(data) >= {"count", "results", "facets"}
    first = data["results"][0]
    assert set(first) == {"id", "title", "url", "type", "number", "issued_on", "snippet"}
    assert first["number"] == "12/KH-UBND"
    assert first["issued_on"] == "2025-02-10"
    assert first["type"] == "documents.PlanPage"


def test_api_code_lists_documents_with_that_code(client, corpus):
    data = client.get("/api/search/", {"q": "KH-UBND"}).json()
    top = {result["number"] for result in data["results"][:2]}
    assert top == {"12/KH-UBND", "21/KH-UBND"}


def test_api_facets_count_types_years_and_issuers(client, corpus):
    facets = client.get("/api/search/", {"q": "khen thưởng"}).json()["facets"]
    assert facets["year"]["2023"]["count"] == 3
    assert facets["type"]["documents.DirectivePage"]["count"] == 1
    assert any(
        option["label"] == "Ủy ban nhân dân tỉnh Sông Xanh"
        for option in facets["issuer"].values()
    )


def test_api_issuer_filter(client, corpus):
    issuer = corpus["guidance_title"].issuing_body_id
    data = client.get("/api/search/", {"q": "danh hiệu", "issuer": issuer}).json()
    assert {result["number"] for result in data["results"]} == {"77/HD-SNV", "88/QĐ-SNV"}


def test_api_year_filter(client, corpus):
    data = client.get("/api/search/", {"q": "khen thưởng", "year": "2023"}).json()
    assert data["count"] == 3


def test_api_unknown_language_is_a_clear_400(client, corpus):
    response = client.get("/api/search/", {"q": "thi đua", "lang": "xx"})
    assert response.status_code == 400
    assert "error" in response.json()


def test_api_too_long_query_is_a_clear_400(client, corpus):
    response = client.get("/api/search/", {"q": "a" * 2000})
    assert response.status_code == 400
    assert "Từ khóa quá dài" in response.json()["error"]


def test_suggest_ignores_accents(client, corpus):
    titles = [item["title"] for item in client.get(
        "/api/search/suggest/", {"q": "ke hoach kiem"}
    ).json()["results"]]
    assert "Kế hoạch kiểm tra công tác thi đua tại xã Đông Hòa" in titles


def test_suggest_is_capped(client, corpus):
    results = client.get("/api/search/suggest/", {"q": "kh"}).json()["results"]
    assert len(results) <= 8


def _api_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, {"q": "thử nghiệm"}).status_code == 200
    return len(queries)


@pytest.mark.parametrize("path", ["/api/search/", "/api/search/suggest/"])
def test_api_query_count_is_constant(client, home_page, path):
    from tests.documents.factories import DocumentArchivePageFactory

    archive = DocumentArchivePageFactory(parent=home_page)
    for _ in range(3):
        OfficialDocumentPageFactory(parent=archive)
    client.get(path, {"q": "thử nghiệm"})
    few = _api_queries(client, path)
    for _ in range(12):
        OfficialDocumentPageFactory(parent=archive)
    assert _api_queries(client, path) == few
