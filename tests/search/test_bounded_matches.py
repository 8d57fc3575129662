"""A common word's matches, past what the sample holds, are never listed whole: the
archive's keyword filter and a filtered search test each page as the database reads
it and count to COUNT_LIMIT + 1, and the counts stay true or say "more than"
(search.matching.cheapest_matches, issue #25, #22 point 6). A small SAMPLE_ROWS makes
"giao ước" (five documents) such a word. Only the PostgreSQL backend takes samples."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import matching
from search.fences.modelsearch.postgres import ALL_ROWS

pytestmark = [pytest.mark.django_db, pytest.mark.database("postgresql")]


@pytest.fixture
def common_word(monkeypatch):
    """Two title and two body matches sampled: "giao ước" is past the sample."""
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)


@pytest.fixture
def low_limit(monkeypatch):
    """Counts stop at three; the sample of four title matches is past that."""
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 4)
    monkeypatch.setattr(matching, "LIST_ROWS", 4)


def _get(client, path, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, params)
    return response, [query["sql"] for query in queries.captured_queries]


def _listed_every_match(statements):
    return any(str(ALL_ROWS) in sql for sql in statements)


def _archive(client, pledges, **params):
    return _get(client, pledges["archive"].url, {"q": "giao ước", **params})


def _api(client, **params):
    response, statements = _get(client, "/api/search/", {"q": "giao ước", **params})
    return response.json(), statements


def test_archive_common_word_count_is_every_match(client, pledges, common_word):
    response, _statements = _archive(client, pledges)
    assert (response.context["page_obj"].paginator.count, response.context["count_more"]) == (
        5,
        False,
    )


def test_archive_common_word_never_lists_every_match(client, pledges, common_word):
    _response, statements = _archive(client, pledges)
    assert not _listed_every_match(statements)


def test_archive_common_word_lists_the_newest_first(client, pledges, common_word):
    response, _statements = _archive(client, pledges)
    listed = [document.pk for document in response.context["documents"]]
    newest = sorted(
        [*pledges["plans"], *pledges["decisions"]], key=lambda page: page.issued_on, reverse=True
    )
    assert listed == [document.pk for document in newest]


def test_archive_common_word_with_a_filter_counts_its_matches(client, pledges, common_word):
    response, _statements = _archive(client, pledges, year=2024)
    assert response.context["page_obj"].paginator.count == 2


def test_archive_common_word_facets_equal_the_exact_ones(client, pledges, monkeypatch):
    exact, _statements = _archive(client, pledges)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    bounded, _statements = _archive(client, pledges)
    counts = {
        name: [(option.value, option.count) for option in options]
        for name, options in exact.context["facets"].items()
    }
    assert counts == {
        name: [(option.value, option.count) for option in options]
        for name, options in bounded.context["facets"].items()
    }


def test_archive_past_the_limit_says_more_than(client, pledges, low_limit):
    response, _statements = _archive(client, pledges)
    assert "Hơn 3 văn bản" in response.content.decode()


def test_archive_past_the_limit_marks_each_option_at_least(client, pledges, low_limit):
    response, _statements = _archive(client, pledges)
    assert all(option.more for option in response.context["facets"]["year"])


def test_archive_past_the_limit_never_lists_every_match(client, pledges, low_limit):
    _response, statements = _archive(client, pledges)
    assert not _listed_every_match(statements)


def test_filtered_search_common_word_count_is_every_match(client, pledges, common_word):
    data, _statements = _api(client, year="2025")
    assert (data["count"], data["count_more"]) == (3, False)


def test_filtered_search_common_word_never_lists_every_match(client, pledges, common_word):
    _data, statements = _api(client, year="2025")
    assert not _listed_every_match(statements)


def test_filtered_search_common_word_facets_equal_the_exact_ones(
    client, pledges, monkeypatch
):
    exact, _statements = _api(client, year="2025")
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 2)
    monkeypatch.setattr(matching, "LIST_ROWS", 2)
    bounded, _statements = _api(client, year="2025")
    assert exact["facets"] == bounded["facets"]


def test_filtered_search_past_the_limit_says_more_than(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 2)
    monkeypatch.setattr(matching, "SAMPLE_ROWS", 4)
    monkeypatch.setattr(matching, "LIST_ROWS", 4)
    data, _statements = _api(client, year="2025")
    assert (data["count"], data["count_more"]) == (2, True)


def test_filtered_search_past_the_limit_never_lists_every_match(client, pledges, low_limit):
    _data, statements = _api(client, type="documents.PlanPage")
    assert not _listed_every_match(statements)


def test_archive_and_filtered_search_agree_on_a_common_word(client, pledges, common_word):
    archive, _statements = _archive(client, pledges, year=2025)
    data, _statements = _api(client, year="2025")
    assert archive.context["page_obj"].paginator.count == data["count"]
