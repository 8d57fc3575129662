"""portal/dates.py's Year, computed by SQLite itself, gives the years Django's own
extraction gives, in time zones with and without summer time, around New Years
before and after a zone's offset last changed."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.db.models import DateField, DateTimeField, Value
from django.db.models.functions import ExtractYear
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from portal.dates import Year, steady_new_year

pytestmark = [pytest.mark.django_db, pytest.mark.database("sqlite")]

ZONES = ["Asia/Ho_Chi_Minh", "America/New_York", "Pacific/Auckland", "Pacific/Kiritimati"]
YEARS = [1960, 1970, 1975, 1976, 1995, 1996, 2025, 2099]
# Hours from a UTC New Year: either side of every zone's local one.
AROUND = [-14.5, -13, -7.5, -7, -6.5, -1, 0, 1, 6.5, 7, 7.5, 13, 14.5]


def _instants():
    for year in YEARS:
        new_year = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
        yield new_year + datetime.timedelta(days=182)
        for hours in AROUND:
            yield new_year + datetime.timedelta(hours=hours)


def _year(expression):
    return Locale.objects.annotate(year=expression).values_list("year", flat=True).first()


@pytest.mark.parametrize("zone", ZONES)
def test_datetime_years_are_djangos(zone):
    with timezone.override(ZoneInfo(zone)):
        ours = [_year(Year(Value(at, DateTimeField()))) for at in _instants()]
        theirs = [_year(ExtractYear(Value(at, DateTimeField()))) for at in _instants()]
    assert ours == theirs


def test_a_recent_datetimes_year_is_read_without_python():
    at = datetime.datetime(2025, 12, 31, 17, 30, tzinfo=datetime.UTC)
    with (
        timezone.override(ZoneInfo("Asia/Ho_Chi_Minh")),
        CaptureQueriesContext(connection) as captured,
    ):
        assert _year(Year(Value(at, DateTimeField()))) == 2026
    sql = captured.captured_queries[0]["sql"]
    assert "strftime('%Y', '2025-12-31 17:30:00', '+25200 seconds')" in sql


def test_a_date_before_the_steady_offset_keeps_djangos_function():
    # Vietnam was at UTC+8 at New Year 1970: 16:30 UTC was 00:30 on 1 January.
    at = datetime.datetime(1969, 12, 31, 16, 30, tzinfo=datetime.UTC)
    with timezone.override(ZoneInfo("Asia/Ho_Chi_Minh")):
        assert _year(Year(Value(at, DateTimeField()))) == 1970


def test_vietnams_new_years_are_steady_since_1976():
    since, offset = steady_new_year(ZoneInfo("Asia/Ho_Chi_Minh"))
    assert (since.year, offset) == (1975, datetime.timedelta(hours=7))


def test_date_years_are_their_first_four_characters():
    day = datetime.date(2024, 12, 31)
    with CaptureQueriesContext(connection) as captured:
        assert _year(Year(Value(day, DateField()))) == 2024
    assert "django_date_extract" not in captured.captured_queries[0]["sql"]
