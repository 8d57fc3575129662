"""Fuzz: the search page, the search API and the suggestions under any query text
and any extra parameters answer 200, or 400 with a clear message; never 5xx, never
an exception, and a refused request stores nothing."""

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import (
    FUZZ,
    PARAM_VALUE,
    QUERY_TEXT,
    RAW_QUERY_STRING,
    params_strategy,
    stored_state,
)
from tests.search.corpus import build_corpus

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

SEARCH_PARAMS = ["q", "page", "type", "issuer", "year", "lang", "field", "status", "sort"]
ENDPOINTS = ["/tim-kiem/", "/en/search/", "/api/search/", "/api/search/suggest/"]


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def _check(response, before):
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert stored_state() == before
        if response["Content-Type"].startswith("application/json"):
            assert response.json()["error"]


@FUZZ
@given(query=QUERY_TEXT, params=params_strategy(SEARCH_PARAMS))
def test_search_page_answers_any_query(corpus, fuzz_inputs, query, params):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get("/tim-kiem/", {**params, "q": query})
    _check(response, before)


@FUZZ
@given(query=QUERY_TEXT, params=params_strategy(SEARCH_PARAMS))
def test_search_api_answers_any_query(corpus, fuzz_inputs, query, params):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get("/api/search/", {**params, "q": query})
    _check(response, before)
    if response.status_code == 200:
        assert set(response.json()) >= {"count", "results", "facets"}


@FUZZ
@given(query=QUERY_TEXT, lang=PARAM_VALUE)
def test_suggestions_answer_any_query(corpus, fuzz_inputs, query, lang):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get("/api/search/suggest/", {"q": query, "lang": lang})
    _check(response, before)


@FUZZ
@given(path=st.sampled_from(ENDPOINTS), query_string=RAW_QUERY_STRING)
def test_search_endpoints_answer_malformed_query_strings(corpus, fuzz_inputs, path, query_string):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get(path, QUERY_STRING=query_string)
    _check(response, before)
