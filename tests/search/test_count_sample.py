"""A search without filters counts its first matches before every match: past
COUNT_LIMIT, or holding every match, the sample is the answer and PostgreSQL never
lists every match of a common word; the archive's keyword filter becomes a list of
ids when the sample holds every match, a subquery of every match under LIST_ROWS,
a test of each page past it (search.matching.matching_sample, cheapest_matches;
issue #25).
Those that read PostgreSQL's statements run there only; the others on SQLite too,
whose sample is the newest FTS5 matches (test_sqlite_plans.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from documents.models import OfficialDocumentPage
from search import matching, service
from search.fences.modelsearch.postgres import ALL_ROWS

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.database("postgresql")


def _api(client, **params):
    with CaptureQueriesContext(connection) as queries:
        data = client.get("/api/search/", params).json()
    return data, [query["sql"] for query in queries.captured_queries]


def _listed_every_match(statements):
    return any(str(ALL_ROWS) in sql for sql in statements)


def test_count_past_the_limit_comes_from_the_sample(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 4)
    monkeypatch.setattr(matching, "LIST_ROWS", 4)
    data, _statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (3, True)


@postgresql_only
def test_count_past_the_limit_never_lists_every_match(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 4)
    monkeypatch.setattr(matching, "LIST_ROWS", 4)
    _data, statements = _api(client, q="giao ước")
    assert not _listed_every_match(statements)


@postgresql_only
def test_sample_holding_every_match_is_the_count(client, pledges):
    data, statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (5, False)
    assert not _listed_every_match(statements)


def test_sample_short_of_every_match_counts_every_match(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    data, _statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (5, False)


@postgresql_only
def test_sample_short_of_every_match_tests_pages_instead_of_listing(
    client, pledges, monkeypatch
):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    _data, statements = _api(client, q="giao ước")
    assert not _listed_every_match(statements)


def test_facets_from_a_whole_sample_equal_every_match(client, pledges, monkeypatch):
    sampled, _statements = _api(client, q="giao ước")
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    counted, _statements = _api(client, q="giao ước")
    assert sampled["facets"] == counted["facets"]


def _keyword(text):
    return service.keyword_filter(
        text, locale=Locale.get_default(), models=[OfficialDocumentPage]
    ).pages


@postgresql_only
def test_archive_keyword_held_by_the_sample_is_a_list_of_ids(pledges):
    assert "search_candidates" not in str(_keyword("giao ước").query)


@postgresql_only
def test_archive_keyword_past_the_sample_is_a_test_per_page(pledges, monkeypatch):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    assert "search_candidates" not in str(_keyword("giao ước").query)


@postgresql_only
def test_archive_keyword_past_the_sample_but_few_is_a_subquery_of_its_matches(
    pledges, monkeypatch
):
    # Under LIST_ROWS, every match listed once costs less than a test of each page.
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    assert "search_candidates" in str(_keyword("giao ước").query)


def test_archive_keyword_list_holds_every_match(pledges, monkeypatch):
    listed = set(_keyword("giao ước").values_list("pk", flat=True))
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    assert listed == set(_keyword("giao ước").values_list("pk", flat=True))


def test_archive_keyword_list_holds_the_numbered_document(pledges):
    numbered = OfficialDocumentPage.objects.get(number="1/KH-UBND")
    assert numbered.pk in set(_keyword("1/KH-UBND").values_list("pk", flat=True))
