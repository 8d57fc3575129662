"""The statistics sub-page: counts by year, award, level and kind from the database,
drawn as SVG with a table each, and downloadable as CSV."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.awards import statistics

pytestmark = pytest.mark.django_db


def counts(key):
    chart = next(chart for chart in statistics.charts() if chart.key == key)
    return {bar.label: bar.count for bar in chart.bars}


def test_counts_by_year(decisions):
    assert counts("year") == {"2023": 3, "2024": 1}


def test_counts_by_award(decisions):
    assert counts("award") == {"Bằng khen của Chủ tịch UBND tỉnh": 3, "Chiến sĩ thi đua cơ sở": 1}


def test_counts_by_level(decisions):
    assert counts("level") == {"Cấp tỉnh": 3, "Cơ sở": 1}


def test_counts_by_kind(decisions):
    assert counts("kind") == {"Cá nhân": 3, "Tập thể": 1}


def test_a_draft_decision_is_not_counted(decisions):
    decisions["older"].unpublish()
    assert counts("kind") == {"Cá nhân": 1}


def test_the_longest_bar_fills_the_space(decisions):
    chart = next(chart for chart in statistics.charts() if chart.key == "kind")
    assert [bar.width for bar in chart.bars] == [
        statistics.BAR_SPACE,
        round(statistics.BAR_SPACE / 3),
    ]


def test_the_page_draws_each_chart_with_its_table(client, lookup_page, decisions):
    html = client.get(lookup_page.url + "thong-ke/").content.decode()
    assert html.count("<svg") >= 4 and html.count("<table") >= 4
    assert "Chiến sĩ thi đua cơ sở" in html


def test_the_csv_holds_every_count(client, lookup_page, decisions):
    response = client.get(lookup_page.url + "thong-ke/csv/")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"].startswith("text/csv")
    assert ["Theo đối tượng", "Tập thể", "1"] in rows
    assert len(rows) == 1 + 2 + 2 + 2 + 2


def test_without_decisions_the_page_says_so(client, lookup_page):
    html = client.get(lookup_page.url + "thong-ke/").content.decode()
    assert "Chưa có số liệu." in html


def test_the_four_charts_read_the_rows_once(decisions):
    # Four GROUP BY queries read every row four times (issue #25).
    with CaptureQueriesContext(connection) as queries:
        statistics.charts()
    assert sum('"home_awardrow"' in query["sql"] for query in queries.captured_queries) == 1


def test_an_unlisted_award_counts_under_its_printed_text(decisions):
    row = decisions["older"].rows.first()
    type(row).objects.filter(pk=row.pk).update(award=None, award_text="Giấy khen của Giám đốc Sở")
    assert counts("award")["Giấy khen của Giám đốc Sở"] == 1


def test_a_row_without_an_award_counts_as_unknown_level(decisions):
    row = decisions["older"].rows.first()
    type(row).objects.filter(pk=row.pk).update(award=None, award_text="")
    assert counts("level")["Chưa xác định"] == 1
