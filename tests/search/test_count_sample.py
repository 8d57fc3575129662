"""A search without filters counts its first matches before every match: past
COUNT_LIMIT, or holding every match, the sample is the answer and PostgreSQL never
lists every match of a common word (search.matching.matching_sample, issue #25
point 5). Only the PostgreSQL backend takes samples."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import matching
from search.fences.modelsearch.postgres import ALL_ROWS

pytestmark = [pytest.mark.django_db, pytest.mark.database("postgresql")]


def _api(client, **params):
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/search/", params).json()
    return data, [query["sql"] for query in queries.captured_queries]


def _listed_every_match(statements):
    return any(str(ALL_ROWS) in sql for sql in statements)


def test_count_past_the_limit_comes_from_the_sample(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 4)
    data, _statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (3, True)


def test_count_past_the_limit_never_lists_every_match(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 4)
    _data, statements = _api(client, q="giao ước")
    assert not _listed_every_match(statements)


def test_sample_holding_every_match_is_the_count(client, pledges):
    data, statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (5, False)
    assert not _listed_every_match(statements)


def test_sample_short_of_every_match_counts_every_match(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    data, statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (5, False)
    assert _listed_every_match(statements)


def test_facets_from_a_whole_sample_equal_every_match(client, pledges, monkeypatch):
    sampled, _statements = _api(client, q="giao ước")
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    counted, _statements = _api(client, q="giao ước")
    assert sampled["facets"] == counted["facets"]
