"""Per-page running totals behind "most viewed" (home.models.PageViewTotals).

Summing a year of daily rows for 100,000 pages takes seconds; reading the first
rows of an index takes a millisecond. The totals follow the daily table:

- every write to the daily table adds the same views to the page's totals (the
  upsert in `storage`, and a signal for rows saved through the ORM);
- rows changed or removed any other way have their page recomputed;
- once a day the 7- and 30-day windows move on: rows whose `as_of` is before today
  are recomputed from the daily rows of the last 30 days (`flush_view_counts` does
  it from cron, and the first ranking of a day if cron has not);
- bulk loads (demo data, `generate_load_data`) call `rebuild()` afterwards.
"""

from datetime import timedelta

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from home.models.analytics import DailyPageViews, PageViewTotals

ROLLED_KEY = "views:totals-rolled-on"
BATCH_SIZE = 500


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _day(value):
    return connection.ops.adapt_datefield_value(value)


def window_starts(today):
    return today - timedelta(days=6), today - timedelta(days=29)


def add(counts, today=None):
    """Add {(page_id, day): views} to the pages' totals, atomically per statement."""
    today = today or timezone.localdate()
    week, month = window_starts(today)
    per_page = {}
    for (page_id, day), views in counts.items():
        if views <= 0 or day > today:
            continue
        row = per_page.setdefault(page_id, [0, 0, 0])
        row[0] += views if day >= week else 0
        row[1] += views if day >= month else 0
        row[2] += views
    rows = [(page_id, _day(today), *sums) for page_id, sums in per_page.items()]
    table = _table(PageViewTotals)
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start : start + BATCH_SIZE]
        values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(batch))
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (page_id, as_of, views_7, views_30, views_all) "
                f"VALUES {values} ON CONFLICT (page_id) DO UPDATE SET "
                f"views_7 = {table}.views_7 + excluded.views_7, "
                f"views_30 = {table}.views_30 + excluded.views_30, "
                f"views_all = {table}.views_all + excluded.views_all",
                [value for row in batch for value in row],
            )


def rebuild(page_ids=None, today=None):
    """Recompute the totals of `page_ids` (all pages when None) from the daily rows."""
    today = today or timezone.localdate()
    week, month = window_starts(today)
    daily = _table(DailyPageViews)
    table = _table(PageViewTotals)
    params = [_day(today), _day(week), _day(month), _day(today)]
    where = "day <= %s"
    if page_ids is not None:
        page_ids = list(page_ids)
        if not page_ids:
            return
        where += f" AND page_id IN ({', '.join(['%s'] * len(page_ids))})"
        params.extend(page_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (page_id, as_of, views_7, views_30, views_all) "
            f"SELECT page_id, %s, "
            f"SUM(CASE WHEN day >= %s THEN views ELSE 0 END), "
            f"SUM(CASE WHEN day >= %s THEN views ELSE 0 END), SUM(views) "
            f"FROM {daily} WHERE {where} GROUP BY page_id "
            f"ON CONFLICT (page_id) DO UPDATE SET as_of = excluded.as_of, "
            f"views_7 = excluded.views_7, views_30 = excluded.views_30, "
            f"views_all = excluded.views_all",
            params,
        )


def recompute_existing(page_id, today=None):
    """Recompute one page's row if it has one (never creates it: the page may be
    being deleted, and its totals row with it)."""
    today = today or timezone.localdate()
    week, month = window_starts(today)
    daily = _table(DailyPageViews)
    table = _table(PageViewTotals)
    window = f"SELECT COALESCE(SUM(views), 0) FROM {daily} WHERE page_id = %s AND day >= %s"
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET as_of = %s, views_7 = ({window}), views_30 = ({window}), "
            f"views_all = (SELECT COALESCE(SUM(views), 0) FROM {daily} WHERE page_id = %s) "
            f"WHERE page_id = %s",
            [_day(today), page_id, _day(week), page_id, _day(month), page_id, page_id],
        )


def roll(today=None):
    """Move the 7- and 30-day windows of every row computed before `today`."""
    today = today or timezone.localdate()
    week, month = window_starts(today)
    daily = _table(DailyPageViews)
    table = _table(PageViewTotals)
    window = (
        f"SELECT COALESCE(SUM(views), 0) FROM {daily} "
        f"WHERE {daily}.page_id = {table}.page_id AND day >= %s AND day <= %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET as_of = %s, views_7 = ({window}), views_30 = ({window}) "
            f"WHERE as_of < %s",
            [_day(today), _day(week), _day(today), _day(month), _day(today), _day(today)],
        )
        return cursor.rowcount


def ensure_rolled():
    """Roll the windows at most once a day per cache; no query once done today."""
    today = timezone.localdate()
    if cache.get(ROLLED_KEY) == today.isoformat():
        return
    roll(today)
    cache.set(ROLLED_KEY, today.isoformat(), 24 * 3600)


def daily_row_saved(sender, instance, created, raw=False, **kwargs):
    if created:
        add({(instance.page_id, instance.day): instance.views})
    else:
        recompute_existing(instance.page_id)


def daily_row_deleted(sender, instance, **kwargs):
    recompute_existing(instance.page_id)
