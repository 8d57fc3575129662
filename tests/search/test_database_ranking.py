"""The database backends rank in SQL (issue #25, point 5): the ranking reads no page,
only the hits shown are loaded, and a search without filters counts its matches
and every facet in one query, with the same figures as the filtered path."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search import facets, matching, service
from search.database_ranking import rank_in_database
from search.query import parse_query
from tests.documents.factories import OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db


def _vi():
    return Locale.objects.get(language_code="vi")


def test_ranking_reads_no_page_nor_its_text(pledges):
    with CaptureQueriesContext(connection) as captured:
        ranking = rank_in_database(parse_query("giao ước thi đua"), _vi())
    read = " ".join(query["sql"] for query in captured.captured_queries)
    assert len(ranking.pages) == 5
    assert "search_foldedtext" not in read and "documents_planpage" not in read


def test_titles_holding_the_phrase_rank_first(pledges):
    ranking = rank_in_database(parse_query("ke hoach giao uoc"), _vi())
    first = [page.pk for page, _score in ranking.pages[:3]]
    assert sorted(first) == sorted(plan.pk for plan in pledges["plans"])


def test_only_the_hits_shown_are_loaded(pledges):
    results = service.search("giao ước thi đua", locale=_vi(), per_page=2)
    with CaptureQueriesContext(connection) as captured:
        list(results.page_obj.paginator.object_list[0:2])
    [read] = [q["sql"] for q in captured.captured_queries]
    ids = re.search(r'"id" IN \(([^)]*)\)', read).group(1).split(",")
    assert "search_foldedtext" in read and len(ids) == 2


def test_unfiltered_count_and_facets_match_the_filtered_path(pledges):
    matches = rank_in_database(parse_query("giao ước"), _vi()).matches
    count, counted = facets.count_unfiltered(matches)
    assert count == matching.bounded_count(matches)
    assert counted == facets.count_facets(matches, {})


def test_unfiltered_search_counts_and_facets_in_one_query(client, pledges):
    with CaptureQueriesContext(connection) as captured:
        data = client.get("/api/search/", {"q": "giao ước"}).json()
    grouped = [q for q in captured.captured_queries if "GROUP BY" in q["sql"]]
    assert data["count"] == 5 and len(grouped) == 1


def test_a_body_about_the_words_ranks_above_one_naming_them_in_passing(home_page):
    passing, about = (
        OfficialDocumentPageFactory(
            parent=home_page, title=f"Quyết định số {n}/QĐ-UBND", subject=subject
        )
        for n, subject in (
            (1, "Hỗ trợ kinh phí tổ chức hội thi văn nghệ quần chúng, thể dục thể thao "
                "và các hoạt động văn hóa của huyện, trong đó có bài chòi."),
            (2, "Bài chòi dân gian: giữ gìn bài chòi, truyền dạy bài chòi cho học sinh."),
        )
    )
    ranking = rank_in_database(parse_query("bài chòi"), _vi())
    assert [page.pk for page, _score in ranking.pages[:2]] == [about.pk, passing.pk]
