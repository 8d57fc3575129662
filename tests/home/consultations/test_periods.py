"""The period rules (home/consultations/periods.py): working days and the moment a
consultation opens and closes in Vietnamese time."""

import datetime as dt
from zoneinfo import ZoneInfo

from home.consultations import periods

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = dt.date(2026, 12, 7)


def test_two_full_weeks_count_ten_working_days():
    assert periods.working_days(MONDAY, MONDAY + dt.timedelta(days=11)) == 10


def test_weekend_days_are_not_counted():
    saturday = MONDAY + dt.timedelta(days=5)
    assert periods.working_days(saturday, saturday + dt.timedelta(days=1)) == 0


def test_closing_before_opening_counts_no_day():
    assert periods.working_days(MONDAY, MONDAY - dt.timedelta(days=1)) == 0


def test_open_in_the_last_minute_of_the_closing_day():
    last_minute = dt.datetime(2026, 12, 18, 23, 59, tzinfo=VIETNAM)
    assert periods.is_open(MONDAY, dt.date(2026, 12, 18), last_minute)


def test_closed_at_midnight_after_the_closing_day_in_vietnam():
    # 17:00 UTC is midnight in Hà Nội, still the closing day in UTC.
    midnight = dt.datetime(2026, 12, 18, 17, 0, tzinfo=dt.UTC)
    assert not periods.is_open(MONDAY, dt.date(2026, 12, 18), midnight)


def test_not_open_before_the_opening_day():
    evening_before = dt.datetime(2026, 12, 6, 23, 0, tzinfo=VIETNAM)
    assert not periods.is_open(MONDAY, dt.date(2026, 12, 18), evening_before)


def test_next_change_is_the_nearest_opening_or_closing():
    now = dt.datetime(2026, 12, 10, 12, 0, tzinfo=VIETNAM)
    change = periods.next_change([(MONDAY, dt.date(2026, 12, 18))], now)
    assert change == dt.datetime(2026, 12, 19, 0, 0, tzinfo=VIETNAM)
