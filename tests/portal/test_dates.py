"""portal/dates.py writes a date as the `|date` filter would."""

import datetime

from django.utils import formats

from portal.dates import day_texts


def test_day_texts_match_the_date_filter_for_a_year_below_1000():
    day = datetime.date(987, 3, 4)
    assert day_texts(day) == (formats.date_format(day, "Y-m-d"), formats.date_format(day, "d/m/Y"))
