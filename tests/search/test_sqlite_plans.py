"""SQLite at scale (issue #25 point 5, "SQLite within twice that"): the ranking
statement reads each matched page through its key, checks the allowed pages per
candidate, and walks the FTS5 matches from the newest down to the oldest candidate
only; a search without filters counts a sample of the newest matches first, as on
PostgreSQL (search.matching.matching_sample). Before, "thi đua" cost 5 s of SQLite
at 1,000 generated documents (tests/benchmarks/README.md, "SQLite at scale")."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search import matching
from search.database_ranking import rank_in_database
from search.query import parse_query

pytestmark = [pytest.mark.django_db, pytest.mark.database("sqlite")]


def _vi():
    return Locale.objects.get(language_code="vi")


def _plan(sql):
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql)
        return [row[-1] for row in cursor.fetchall()]


def _ranking_plan(narrow=None):
    with CaptureQueriesContext(connection) as captured:
        rank_in_database(parse_query("giao ước thi đua"), _vi(), narrow)
    statements = [query["sql"] for query in captured.captured_queries]
    [ranking] = [sql for sql in statements if "body_score" in sql]
    return _plan(ranking)


def _api(client, **params):
    with CaptureQueriesContext(connection) as captured:
        data = client.get("/api/search/", params).json()
    return data, [query["sql"] for query in captured.captured_queries]


def test_ranking_reads_each_matched_page_by_its_key(pledges):
    assert "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)" in _ranking_plan()


def test_ranking_lists_no_page_of_the_locale(pledges):
    assert not any("locale_id" in line for line in _ranking_plan())


def test_unfiltered_ranking_starts_its_match_scan_at_the_oldest_candidate(pledges):
    [scan] = [line for line in _ranking_plan() if line.startswith("SCAN f VIRTUAL TABLE")]
    assert ">" in scan.split(":")[-1]


def test_filtered_ranking_still_finds_every_match(pledges):
    ranking = rank_in_database(
        parse_query("giao ước thi đua"), _vi(), lambda pages: pages.filter(title__icontains="đợt")
    )
    assert len(ranking.pages) == 3


def test_count_and_facets_read_the_newest_matches_only(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 5)
    _data, statements = _api(client, q="giao ước")
    [grouped] = [sql for sql in statements if "GROUP BY" in sql]
    assert '"rowid" DESC LIMIT 5' in grouped


def test_sample_short_of_every_match_counts_every_match(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    data, _statements = _api(client, q="giao ước")
    assert (data["count"], data["count_more"]) == (5, False)


def test_facets_read_a_dated_types_year_without_python(client, pledges):
    # Django's SQLite year of a date is a Python function called once per row, here
    # for each of the first 1,001 matches of a common word (portal.dates).
    _data, statements = _api(client, q="giao ước")
    [grouped] = [sql for sql in statements if "GROUP BY" in sql]
    assert 'SUBSTR("documents_officialdocumentpage"."issued_on", 1, 4)' in grouped
    assert "django_date_extract" not in grouped


def test_ranking_counts_no_word_over_the_whole_table(pledges):
    # bm25() counts the rows holding each word over the whole FTS5 table first: 17 of
    # the 24 ms that ranking "thi đua" took at 100,000 documents.
    with CaptureQueriesContext(connection) as captured:
        rank_in_database(parse_query("giao ước thi đua"), _vi())
    assert not any("bm25(" in query["sql"] for query in captured.captured_queries)
