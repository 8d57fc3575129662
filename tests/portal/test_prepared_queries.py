import datetime

import pytest
from django.db import connection
from django.db.models import DateField, IntegerField, Q
from django.db.models.functions import ExtractYear
from django.test.utils import CaptureQueriesContext

from home.models import NewsPage
from portal.page_cache import purge
from portal.prepared_queries import ListParameter, Parameter, PreparedQuery, SubqueryParameter
from tests.compile_support import compiled_queries
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return [
        NewsPageFactory(parent=index, title=f"Tin ngày {day}", date=datetime.date(2026, 3, day))
        for day in (1, 10, 20)
    ]


def _since_queryset(order):
    return (
        NewsPage.objects.filter(date__gte=Parameter("since", DateField()))
        .order_by(order)
        .values("title", "date")
    )


def test_rows_are_what_the_queryset_reads(news):
    prepared = PreparedQuery(_since_queryset)
    since = datetime.date(2026, 3, 5)
    expected = list(
        NewsPage.objects.filter(date__gte=since).order_by("date").values("title", "date")
    )
    assert prepared.rows(("date",), since=since) == expected


def test_parameter_takes_each_runs_value(news):
    prepared = PreparedQuery(_since_queryset)
    assert len(prepared.rows(("date",), since=datetime.date(2026, 3, 5))) == 2
    assert len(prepared.rows(("date",), since=datetime.date(2026, 3, 15))) == 1


def test_values_are_converted_to_python(news):
    rows = PreparedQuery(_since_queryset).rows(("date",), since=datetime.date(2026, 3, 1))
    assert rows[0]["date"] == datetime.date(2026, 3, 1)


def test_a_key_is_built_once(news):
    built = []

    def build(order):
        built.append(order)
        return _since_queryset(order)

    prepared = PreparedQuery(build)
    prepared.rows(("date",), since=datetime.date(2026, 3, 1))
    prepared.rows(("date",), since=datetime.date(2026, 3, 15))
    assert built == ["date"]


def test_a_new_key_builds_its_own_query(news):
    prepared = PreparedQuery(_since_queryset)
    since = datetime.date(2026, 3, 1)
    oldest_first = prepared.rows(("date",), since=since)
    newest_first = prepared.rows(("-date",), since=since)
    assert [row["title"] for row in newest_first] == [
        row["title"] for row in reversed(oldest_first)
    ]


def test_a_query_that_can_match_nothing_returns_no_rows(news, django_assert_num_queries):
    prepared = PreparedQuery(lambda: NewsPage.objects.filter(Q(pk__in=[])).values("title"))
    with django_assert_num_queries(0):
        assert prepared.rows(()) == []


def _titles_of(ids_or_matches):
    return NewsPage.objects.filter(pk__in=ids_or_matches).order_by("date").values("title")


def test_a_list_parameter_takes_each_runs_values(news):
    prepared = PreparedQuery(lambda: _titles_of(ListParameter("ids", IntegerField())))
    rows = prepared.rows((), ids=[news[0].pk, news[2].pk])
    assert [row["title"] for row in rows] == [news[0].title, news[2].title]


def test_an_empty_list_parameter_reads_nothing(news, django_assert_num_queries):
    prepared = PreparedQuery(lambda: _titles_of(ListParameter("ids", IntegerField())))
    with django_assert_num_queries(0):
        assert prepared.rows((), ids=[]) == []


def test_a_subquery_parameter_takes_each_runs_queryset(news):
    prepared = PreparedQuery(lambda: _titles_of(SubqueryParameter("matches")))
    later = NewsPage.objects.filter(date__gte=datetime.date(2026, 3, 5)).values("pk")
    assert [row["title"] for row in prepared.rows((), matches=later)] == [
        news[1].title, news[2].title
    ]


def test_a_subquery_parameter_that_can_match_nothing_reads_nothing(
    news, django_assert_num_queries
):
    prepared = PreparedQuery(lambda: _titles_of(SubqueryParameter("matches")))
    with django_assert_num_queries(0):
        assert prepared.rows((), matches=NewsPage.objects.none().values("pk")) == []


def test_tuples_are_the_rows_values_in_order(news):
    prepared = PreparedQuery(_since_queryset)
    since = datetime.date(2026, 3, 15)
    assert prepared.tuples(("date",), since=since) == [(news[2].title, news[2].date)]


def test_past_the_kept_keys_all_are_compiled_anew(news):
    built = []

    def build(order):
        built.append(order)
        return _since_queryset(order)

    prepared = PreparedQuery(build, kept=1)
    since = datetime.date(2026, 3, 1)
    for order in ("date", "-date", "date"):
        prepared.rows((order,), since=since)
    assert built == ["date", "-date", "date"]

def _since_pages(order):
    return NewsPage.objects.filter(date__gte=Parameter("since", DateField())).order_by(order)


def test_objects_are_the_instances_the_queryset_reads(news):
    since = datetime.date(2026, 3, 5)
    pages = PreparedQuery(_since_pages).objects(("date",), since=since)
    expected = NewsPage.objects.filter(date__gte=since).order_by("date")
    assert [(type(page), page.pk, page.title, page.date, page.path) for page in pages] == [
        (type(page), page.pk, page.title, page.date, page.path) for page in expected
    ]


def test_objects_of_no_match_are_an_empty_list(news):
    since = datetime.date(2027, 1, 1)
    assert PreparedQuery(_since_pages).objects(("date",), since=since) == []


def test_cold_article_reads_route_frame_and_other_news_without_compiling(
    client, news, monkeypatch
):
    """The cold reads prepared once per process (the site, route prefixes, the
    specific page, view restrictions, site settings, the header's pages, other news)
    are not compiled again after a purge: a query built per request again fails
    here."""
    client.get(news[0].url)
    purge()
    with (
        compiled_queries(monkeypatch) as compiled,
        CaptureQueriesContext(connection) as executed,
    ):
        assert client.get(news[0].url).status_code == 200
    assert len(executed.captured_queries) - len(compiled) >= 7


def test_objects_fill_select_related_objects(news, django_assert_num_queries):
    prepared = PreparedQuery(
        lambda: NewsPage.objects.filter(pk=news[0].pk).select_related("locale")
    )
    page = prepared.objects(())[0]
    with django_assert_num_queries(0):
        assert page.locale.language_code == news[0].locale.language_code


def test_rows_name_columns_in_the_order_values_selects_them(news):
    prepared = PreparedQuery(
        lambda: NewsPage.objects.annotate(year=ExtractYear("date"))
        .filter(pk=news[0].pk)
        .values("title", "year", "date")
    )
    assert prepared.rows(()) == [
        {"title": news[0].title, "year": 2026, "date": datetime.date(2026, 3, 1)}
    ]
