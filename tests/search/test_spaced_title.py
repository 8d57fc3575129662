"""The query's own accents found in a title rank it first ("bão", not "báo"): on
PostgreSQL the ranking reads the title's words from a column stored with the index
entry (search migration 0006) instead of spacing each candidate's title again
(issue #25 point 5: a third of the ranking statement at 100,000 documents)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.database_ranking import rank_in_database
from search.query import parse_query
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def storm_and_press(home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    # The shorter title would rank first without the accents: it is mostly the query.
    press = OfficialDocumentPageFactory(parent=archive, title="Khen thưởng báo chí")
    storm = OfficialDocumentPageFactory(
        parent=archive, title="Khen thưởng tập thể, cá nhân phòng chống bão lũ"
    )
    return storm, press


def _ranked(query):
    ranking = rank_in_database(parse_query(query), Locale.objects.get(language_code="vi"))
    return [page.pk for page, _score in ranking.pages]


def test_title_with_the_query_accents_ranks_first(storm_and_press):
    storm, press = storm_and_press
    assert _ranked("bão") == [storm.pk, press.pk]


@pytest.mark.database("postgresql")
def test_entry_stores_its_title_lower_case_and_spaced(storm_and_press):
    storm, _press = storm_and_press
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title_spaced FROM wagtailsearch_indexentry WHERE object_id = %s "
            "AND content_type_id = %s",
            [str(storm.pk), storm.content_type_id],
        )
        assert cursor.fetchone()[0] == " khen thưởng tập thể cá nhân phòng chống bão lũ "


@pytest.mark.database("postgresql")
def test_ranking_spaces_no_title_itself(storm_and_press):
    with CaptureQueriesContext(connection) as captured:
        _ranked("bão")
    assert not any("regexp_replace" in query["sql"] for query in captured.captured_queries)

