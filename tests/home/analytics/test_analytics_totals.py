from datetime import timedelta

import pytest
from django.utils import timezone

from home.analytics import totals
from home.analytics.storage import add_page_views
from home.models import DailyPageViews, PageViewTotals
from tests.factories import DailyPageViewsFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def _today():
    return timezone.localdate()


def _row(page):
    row = PageViewTotals.objects.get(page=page)
    return row.views_7, row.views_30, row.views_all


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page)


def test_upsert_adds_to_every_window(page):
    add_page_views({(page.pk, _today()): 3})
    add_page_views({(page.pk, _today()): 2})
    assert _row(page) == (5, 5, 5)


def test_old_views_count_only_in_the_windows_they_fall_in(page):
    add_page_views({(page.pk, _today() - timedelta(days=10)): 4})
    add_page_views({(page.pk, _today() - timedelta(days=100)): 7})
    assert _row(page) == (0, 4, 11)


def test_rows_saved_through_the_orm_are_added(page):
    DailyPageViewsFactory(page=page, day=_today(), views=6)
    assert _row(page) == (6, 6, 6)


def test_changed_row_recomputes_the_page(page):
    row = DailyPageViewsFactory(page=page, day=_today(), views=6)
    row.views = 1
    row.save()
    assert _row(page) == (1, 1, 1)


def test_deleted_row_recomputes_the_page(page):
    DailyPageViewsFactory(page=page, day=_today(), views=6)
    DailyPageViewsFactory(page=page, day=_today() - timedelta(days=1), views=2).delete()
    assert _row(page) == (6, 6, 6)


def test_roll_moves_the_windows_to_a_new_day(page):
    DailyPageViewsFactory(page=page, day=_today() - timedelta(days=6), views=5)
    totals.roll(_today() + timedelta(days=1))
    assert _row(page) == (0, 5, 5)


def test_rebuild_matches_the_daily_rows(page):
    rows = [
        DailyPageViews(page=page, day=_today() - timedelta(days=age), views=age + 1)
        for age in (0, 8, 40)
    ]
    DailyPageViews.objects.bulk_create(rows)
    totals.rebuild([page.pk])
    assert _row(page) == (1, 1 + 9, 1 + 9 + 41)


def test_totals_row_goes_with_its_page(page):
    DailyPageViewsFactory(page=page, views=3)
    page.delete()
    assert not PageViewTotals.objects.exists()
