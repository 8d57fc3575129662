"""Any text typed into the search page, the API or the suggestions answers 200, or
400 with a clear message, and never 500."""

import unicodedata

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db

HOSTILE = st.sampled_from(
    [
        '"', '"thi đua', "(", ")(", "[", "{", "*", "thi*", "NEAR", "a NEAR b", "NEAR(a b)",
        "AND", "OR", "NOT", "thi AND", "OR đua", "NOT NOT", "-", "^", ":", "'", "\\",
        "\x00", "🎉", "👨‍👩‍👧", "12/KH-UBND", "KH-UBND", "%", "_", ";--",
        unicodedata.normalize("NFD", "kế hoạch thi đua"), "a" * 2000, " ",
    ]
)
QUERIES = st.lists(st.one_of(HOSTILE, st.text(max_size=40)), max_size=4).map(" ".join)
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def _query_param(query):
    # A test client cannot send what a browser cannot put in a URL either.
    return query.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


@SETTINGS
@given(query=QUERIES)
def test_search_page_never_fails(corpus, query):
    response = Client().get("/tim-kiem/", {"q": _query_param(query)})
    assert response.status_code in (200, 400)


@SETTINGS
@given(query=QUERIES, page=st.text(max_size=5), year=st.text(max_size=5))
def test_search_api_never_fails(corpus, query, page, year):
    response = Client().get(
        "/api/search/", {"q": _query_param(query), "page": page, "year": _query_param(year)}
    )
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["error"]


@SETTINGS
@given(query=QUERIES)
def test_suggest_never_fails(corpus, query):
    response = Client().get("/api/search/suggest/", {"q": _query_param(query)})
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("lang", ["\x00", "vi\x00", "xx"])
def test_search_api_refuses_unknown_language_codes(client, lang):
    assert client.get("/api/search/", {"q": "thi đua", "lang": lang}).status_code == 400


def test_a_superscript_year_filters_to_nothing(client, corpus):
    assert client.get("/api/search/", {"q": "thi đua", "year": "²"}).json()["count"] == 0
