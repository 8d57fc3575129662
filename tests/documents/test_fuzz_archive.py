"""Fuzz: the archive page and its RSS feed under random values for every filter,
the sort, the page number and unknown parameters answer 200; never 5xx, never an
exception, and nothing stored changes."""

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from documents.archive import FILTER_NAMES, SORTS
from documents.choices import DocumentStatus, DocumentType
from tests.fuzz import FUZZ, PARAM_VALUE, RAW_QUERY_STRING, params_strategy, stored_state
from tests.search.corpus import build_corpus

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

ARCHIVE_PARAMS = [*FILTER_NAMES, "q", "sort", "page"]
# Valid values are mixed in, so the fuzzer reaches the filtered and sorted paths too.
KNOWN_VALUES = st.sampled_from(
    [*DocumentType.values, *DocumentStatus.values, *SORTS, "2024", "2025", "thi-dua", "1"]
)


@pytest.fixture
def archive_url(home_page):
    corpus = build_corpus(home_page)
    return corpus["plan_movement"].get_parent().url


def _holds_nul(params):
    values = [[value] if isinstance(value, str) else value for value in params.values()]
    return any("\x00" in text for text in [*params, *sum(values, [])])


def _check(response, before, nul):
    """200 with the filters it could use; a NUL byte anywhere in the address is
    refused with a 400 before the archive (portal.middleware)."""
    assert response.status_code == (400 if nul else 200)
    assert stored_state() == before


@FUZZ
@given(params=params_strategy(ARCHIVE_PARAMS, st.one_of(KNOWN_VALUES, PARAM_VALUE)))
def test_archive_answers_any_filter_values(archive_url, fuzz_inputs, params):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get(archive_url, params)
    _check(response, before, _holds_nul(params))


@FUZZ
@given(params=params_strategy(ARCHIVE_PARAMS, st.one_of(KNOWN_VALUES, PARAM_VALUE)))
def test_archive_feed_answers_any_filter_values(archive_url, fuzz_inputs, params):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get(archive_url + "rss/", params)
    _check(response, before, _holds_nul(params))


@FUZZ
@given(query_string=RAW_QUERY_STRING, feed=st.booleans())
def test_archive_answers_malformed_query_strings(archive_url, fuzz_inputs, query_string, feed):
    fuzz_inputs.count()
    before = stored_state()
    response = Client().get(archive_url + ("rss/" if feed else ""), QUERY_STRING=query_string)
    _check(response, before, "%00" in query_string)
