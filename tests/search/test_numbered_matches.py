"""A query shaped like a document number ("12/KH-UBND") or a code ("KH-UBND") at
scale (issue #25 point 5): its matches are the text's and the numbered documents',
read as one list of ids (search.matching.or_numbered), and a code's documents are
found through a trigram index on PostgreSQL (documents migration 0012). Before,
both were tested on every page of the site: 67 ms for the facets of "KH-UBND" at
100,000 documents."""

import pytest
from django.db import connection
from wagtail.models import Locale, Page

from search import matching
from search.query import parse_query

pytestmark = pytest.mark.django_db


def _vi_pages():
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="vi"))


def _sample(query):
    parsed = parse_query(query)
    return matching.matching_sample(parsed, _vi_pages(), "and")


def _plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # The test's few rows make a scan the cheapest plan whatever the indexes;
        # forbidding it shows whether the statement can be answered without one.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_code_query_matches_the_text_and_the_numbered_documents(pledges):
    found = set(_sample("KH-UBND").pages.values_list("pk", flat=True))
    assert {plan.pk for plan in pledges["plans"]} <= found


def test_number_query_matches_its_document(pledges):
    found = set(_sample("2/KH-UBND").pages.values_list("pk", flat=True))
    assert pledges["plans"][1].pk in found


def test_code_query_matches_no_other_code(pledges):
    found = set(_sample("KH-UBND").pages.values_list("pk", flat=True))
    assert not {decision.pk for decision in pledges["decisions"]} & found


@pytest.mark.database("postgresql")
def test_code_lookup_reads_the_trigram_index(pledges):
    plan = _plan(matching.number_ids(parse_query("KH-UBND")))
    assert "document_number_suffix_trgm" in plan


@pytest.mark.database("postgresql")
def test_code_query_sample_tests_no_page_against_each_list(pledges):
    # "(hashed SubPlan 1) OR (hashed SubPlan 2)": every page of the locale read.
    assert "SubPlan" not in _plan(_sample("KH-UBND").pages)
