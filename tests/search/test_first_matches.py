"""A common word under a filter: where every match is a test of each page through its
index entry (PostgreSQL, past the samples), the filtered matches are read once per
combination of filters, testing only the pages the filters keep, and the ranked
candidates, the count and every facet use those ids (search.matching.FirstMatches,
issue #25 point 5, #22 point 6). A small SAMPLE_ROWS and LIST_ROWS make "giao ước"
(five documents) such a word; the counts must equal the exact ones, or say "more
than" past COUNT_LIMIT."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import matching
from search.fences.modelsearch.postgres import CappedPostgresSearchQueryCompiler

pytestmark = [pytest.mark.django_db, pytest.mark.database("postgresql")]


@pytest.fixture
def common_word(monkeypatch):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)


def _api(client, **params):
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/search/", {"q": "giao ước", **params}).json()
    return data, [query["sql"] for query in queries.captured_queries]


def _tests_of_each_page(statements):
    """The statements testing pages against the index one by one (the condition of
    search.backends.capping.matching_condition)."""
    return [sql for sql in statements if '"body" @@' in sql]


def test_a_filter_tests_pages_once_per_combination_of_filters(client, pledges, common_word):
    # The year filter (its pages: for the count, the candidates, the type and issuer
    # facets) and no filter (the year facet): two, not one per count and facet.
    _data, statements = _api(client, year="2025")
    assert len(_tests_of_each_page(statements)) == 2


def test_the_year_is_applied_before_any_page_is_tested(client, pledges, common_word):
    # In one statement PostgreSQL tests every page of the site before computing its
    # year from the page types' tables: the year's pages are read first, ids only.
    _data, statements = _api(client, year="2025")
    assert [sql for sql in _tests_of_each_page(statements) if "EXTRACT" in sql] == []


def test_count_and_facets_equal_the_exact_ones(client, pledges, monkeypatch):
    exact, _statements = _api(client, year="2025")
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    bounded, _statements = _api(client, year="2025")
    assert (bounded["count"], bounded["count_more"], bounded["facets"]) == (
        exact["count"],
        exact["count_more"],
        exact["facets"],
    )


def test_two_filters_count_and_facets_equal_the_exact_ones(client, pledges, monkeypatch):
    filters = {"year": "2025", "issuer": str(pledges["body"].pk)}
    exact, _statements = _api(client, **filters)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    bounded, _statements = _api(client, **filters)
    assert (bounded["count"], bounded["facets"]) == (exact["count"], exact["facets"])


def test_a_filter_keeping_many_pages_walks_the_test_to_the_same_counts(
    client, pledges, monkeypatch
):
    exact, _statements = _api(client, year="2025")
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    # The year keeps more pages than are tested from a list of their ids.
    monkeypatch.setattr(matching, "FILTERED_ROWS", 1)
    walked, _statements = _api(client, year="2025")
    assert (walked["count"], walked["facets"]) == (exact["count"], exact["facets"])


def test_past_the_limit_the_count_says_more_than(client, pledges, common_word, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 2)
    data, _statements = _api(client, year="2025")
    assert (data["count"], data["count_more"]) == (2, True)


def test_past_the_limit_each_option_says_at_least(client, pledges, common_word, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 2)
    data, _statements = _api(client, year="2025")
    issuers = data["facets"]["issuer"].values()
    assert [option["count_more"] for option in issuers] == [True]


def test_within_the_limit_no_option_says_more(client, pledges, common_word):
    data, _statements = _api(client, year="2025")
    options = [option for facet in data["facets"].values() for option in facet.values()]
    assert not any(option["count_more"] for option in options)


def test_filtered_matches_beyond_the_capped_candidates_are_ranked(
    client, pledges, common_word, monkeypatch
):
    # The index's capped candidates hold one title and one body match: the year's
    # other matches are ranked from the filtered matches' ids.
    monkeypatch.setattr(CappedPostgresSearchQueryCompiler, "title_share", 1)
    monkeypatch.setattr(CappedPostgresSearchQueryCompiler, "body_share", 1)
    data, _statements = _api(client, year="2025")
    assert sorted(result["id"] for result in data["results"]) == sorted(
        plan.pk for plan in pledges["plans"]
    )


def test_archive_and_filtered_search_agree(client, pledges, common_word):
    archive = client.get(pledges["archive"].url, {"q": "giao ước", "year": 2025})
    data, _statements = _api(client, year="2025")
    assert archive.context["page_obj"].paginator.count == data["count"] == 3


def _samples_read(statements):
    """The (title rows, body rows) of each search_candidates() call."""
    return [
        tuple(int(rows) for rows in found)
        for sql in statements
        for found in re.findall(r"search_candidates\(.*?(\d+), (\d+)\)::integer", sql)
    ]


def test_a_word_in_as_many_titles_as_the_wider_sample_reads_no_wider_sample(
    client, pledges, monkeypatch
):
    # "giao ước" is in five titles: past three, the titles' index tells it is past
    # the wider sample without reading three body matches too.
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 3)
    _data, statements = _api(client, year="2025")
    assert (3, 3) not in _samples_read(statements)


def test_a_word_in_fewer_titles_than_the_wider_sample_reads_it(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 6)
    _data, statements = _api(client, year="2025")
    assert (6, 6) in _samples_read(statements)
