"""The archive's column facets counted in the database: one row per option reaches
Python, however many combinations of options the documents make."""

import datetime

import pytest
from django.db import connection
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.test.utils import CaptureQueriesContext

from documents.archive.grouped import column_counts, option_rows
from documents.archive.query import COLUMN_FACETS
from documents.choices import DocumentStatus, DocumentType
from documents.models import OfficialDocumentPage
from portal.dates import Year
from tests.documents.factories import IssuingBodyFactory, add_documents_fast

pytestmark = pytest.mark.django_db

TYPES = [DocumentType.DECISION, DocumentType.PLAN, DocumentType.NOTICE]


@pytest.fixture
def bodies():
    return [
        IssuingBodyFactory(name="Ủy ban nhân dân tỉnh", short_code="UBND"),
        IssuingBodyFactory(name="Sở Nội vụ", short_code="SNV"),
    ]


@pytest.fixture
def every_combination(archive, bodies):
    """Twelve documents, one per type, issuer and year: 12 combinations of 8 options."""
    pages = [
        OfficialDocumentPage(
            title=f"Văn bản số {index}",
            slug=f"van-ban-{index}",
            number=f"{index}/QĐ-UBND",
            document_type=document_type,
            issuing_body=body,
            issued_on=datetime.date(year, 3, 1),
            status=DocumentStatus.IN_FORCE,
        )
        for index, (document_type, body, year) in enumerate(
            (document_type, body, year)
            for document_type in TYPES
            for body in bodies
            for year in (2025, 2026)
        )
    ]
    return add_documents_fast(archive, pages)


def _documents():
    return OfficialDocumentPage.objects.live().annotate(year=Year("issued_on"))


def test_one_row_per_option_reaches_python(every_combination):
    assert len(option_rows(_documents(), COLUMN_FACETS)) == 3 + 1 + 2 + 2


def test_each_option_counts_its_documents(every_combination, bodies):
    counts = column_counts(_documents(), COLUMN_FACETS)
    assert counts == {
        "type": dict.fromkeys(TYPES, 4),
        "status": {DocumentStatus.IN_FORCE: 12},
        "issuer": {body.pk: 6 for body in bodies},
        "year": {2025: 6, 2026: 6},
    }


def test_rows_that_can_match_nothing_cost_no_query(every_combination):
    with CaptureQueriesContext(connection) as queries:
        assert option_rows(_documents().none(), COLUMN_FACETS) == []
    assert len(queries) == 0


def test_date_year_agrees_with_the_databases_own_extraction(every_combination):
    years = OfficialDocumentPage.objects.annotate(
        ours=Year("issued_on"), theirs=ExtractYear("issued_on")
    ).values_list("ours", "theirs")
    assert all(ours == theirs for ours, theirs in years)


def test_date_year_of_no_date_is_none(archive):
    page = add_documents_fast(archive, [OfficialDocumentPage(title="Chưa có ngày", slug="x")])
    years = OfficialDocumentPage.objects.annotate(year=Year("issued_on"))
    assert years.get(pk=page[0].pk).year is None


@pytest.mark.database("sqlite")
def test_sqlite_counts_calls_no_python_per_row(every_combination):
    # Django's year extraction on SQLite is a Python function run for every row.
    with CaptureQueriesContext(connection) as queries:
        option_rows(_documents(), COLUMN_FACETS)
    assert "django_date_extract" not in queries.captured_queries[0]["sql"]


@pytest.mark.database("sqlite")
def test_sqlite_counts_read_the_index_alone(archive, every_combination):
    # SQLite has no INCLUDE: the counted columns are in the index itself
    # (documents migration 0013), or each document's row is read.
    rows = archive.documents().annotate(year=Year("issued_on"))
    grouped = rows.values(*COLUMN_FACETS.values()).annotate(n=Count("pk")).order_by()
    sql, params = grouped.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    assert "COVERING INDEX document_archive_counts_sqlite" in plan


# ANALYZE's figures for the documents' indexes at 100,000 documents in one archive.
LARGE_ARCHIVE_STATISTICS = {
    "document_archive_counts_sqlite": "101406 101406 14 3 2 1",
    "document_archive_type": "101406 101406 11268 3",
    "document_archive_status": "101406 101406 33802 7",
    "document_archive_issuer": "101406 101406 2741 2",
    "document_archive_date": "101406 101406 14",
    "documents_officialdocumentpage_document_type_a46d5bb1": "101406 11268",
    "documents_officialdocumentpage_status_9b89918b": "101406 33802",
}


def _with_large_archive_statistics():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute(
            "DELETE FROM sqlite_stat1 WHERE tbl = 'documents_officialdocumentpage'"
        )
        for index, stat in LARGE_ARCHIVE_STATISTICS.items():
            cursor.execute(
                "INSERT INTO sqlite_stat1 VALUES ('documents_officialdocumentpage', %s, %s)",
                [index, stat],
            )
        # Makes the planner read the statistics again.
        cursor.execute("ANALYZE sqlite_schema")


@pytest.mark.database("sqlite")
def test_sqlite_filtered_counts_read_the_covering_index_with_statistics(
    archive, every_combination
):
    _with_large_archive_statistics()
    rows = archive.documents().filter(status=DocumentStatus.IN_FORCE)
    with CaptureQueriesContext(connection) as queries:
        option_rows(rows, {"type": COLUMN_FACETS["type"]})
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + queries.captured_queries[0]["sql"])
        plan = " ".join(str(row[-1]) for row in cursor.fetchall())
    # The type index spares the GROUP BY's sort and reads every document's row.
    assert "COVERING INDEX document_archive_counts_sqlite" in plan
