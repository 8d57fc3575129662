"""The capped database backends (search.backends): few candidates ranked, the
indexed columns searched, the service's order unchanged on top."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search.service import search
from tests.documents.factories import DocumentArchivePageFactory, PlanPageFactory

pytestmark = pytest.mark.django_db

IS_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def small_cap(monkeypatch):
    """Caps of two candidates, so a handful of pages exceeds them."""
    if IS_POSTGRES:
        from search.fences.modelsearch.postgres import CappedPostgresSearchQueryCompiler

        monkeypatch.setattr(CappedPostgresSearchQueryCompiler, "title_share", 1)
        monkeypatch.setattr(CappedPostgresSearchQueryCompiler, "body_share", 1)
    else:
        from search.fences.modelsearch.sqlite import CappedSQLiteSearchQueryCompiler

        monkeypatch.setattr(CappedSQLiteSearchQueryCompiler, "candidate_cap", 2)


@pytest.fixture
def plans(home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    return [
        PlanPageFactory(
            parent=archive,
            title=f"Kế hoạch số {n} của tỉnh",
            number=f"{n}/KH-UBND",
            subject="Bảo tồn nghề gốm Bàu Trúc",
        )
        for n in range(1, 7)
    ]


def _live_pages():
    return Page.objects.live().filter(locale=Locale.objects.get(language_code="vi"))


def test_settings_name_the_capped_backend_of_the_database():
    expected = "CappedPostgresSearchBackend" if IS_POSTGRES else "CappedSQLiteSearchBackend"
    assert type(get_search_backend()).__name__ == expected


def test_backend_ranks_no_more_than_the_cap(plans, small_cap):
    results = get_search_backend().search(PlainText("gom bau truc"), _live_pages())
    assert 1 <= len(list(results)) <= 2


def test_backend_without_cap_reached_finds_every_match(plans):
    results = get_search_backend().search(PlainText("gom bau truc"), _live_pages())
    assert {page.pk for page in results} == {plan.pk for plan in plans}


def test_exact_number_comes_first_when_candidates_are_capped(plans, small_cap):
    results = search("3/KH-UBND", locale=Locale.objects.get(language_code="vi"))
    assert results.hits[0].page.pk == plans[2].pk


@pytest.mark.database("postgresql")  # only PostgreSQL reserves a share for titles
def test_title_match_stays_a_candidate_when_body_matches_fill_their_share(
    home_page, monkeypatch
):
    from search.fences.modelsearch.postgres import CappedPostgresSearchQueryCompiler

    monkeypatch.setattr(CappedPostgresSearchQueryCompiler, "body_share", 1)
    archive = DocumentArchivePageFactory(parent=home_page)
    titled = PlanPageFactory(parent=archive, title="Kế hoạch khen thưởng năm 2025")
    for n in range(3):
        PlanPageFactory(parent=archive, title=f"Kế hoạch {n}", subject="Về khen thưởng")
    results = get_search_backend().search(PlainText("khen thuong"), _live_pages())
    assert titled.pk in {page.pk for page in results}


@pytest.mark.database("postgresql")  # the GIN indexes are PostgreSQL's
def test_postgres_takes_candidates_from_search_candidates_not_title_or_body(plans):
    with CaptureQueriesContext(connection) as queries:
        list(get_search_backend().search(PlainText("gom bau truc"), _live_pages()))
    sql = queries.captured_queries[-1]["sql"]
    assert "search_candidates(" in sql
    assert '"title" || ' not in sql


@pytest.mark.database("postgresql")  # the GIN indexes are PostgreSQL's
def test_search_candidates_leaves_the_planner_only_index_bitmaps():
    with connection.cursor() as cursor:
        cursor.execute("SELECT proconfig FROM pg_proc WHERE proname = 'search_candidates'")
        settings = cursor.fetchone()[0]
    assert set(settings) == {"enable_seqscan=off", "enable_indexscan=off"}


@pytest.mark.database("sqlite")  # FTS5 is SQLite's
def test_sqlite_reads_the_newest_matches_by_rowid(plans):
    with CaptureQueriesContext(connection) as queries:
        list(get_search_backend().search(PlainText("gom bau truc"), _live_pages()))
    candidates = next(q["sql"] for q in queries.captured_queries if " MATCH " in q["sql"])
    assert "ORDER BY" in candidates and "rowid" in candidates and "LIMIT" in candidates
