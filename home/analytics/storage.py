"""Atomic additions to the daily tables, and the visitors seen lately.

Django's `bulk_create(update_conflicts=True)` can only replace a value with the
incoming one, not add to it, so the upsert is written in SQL. The statement

    INSERT INTO t (key, day, n) VALUES (...) ON CONFLICT (key, day)
    DO UPDATE SET n = t.n + excluded.n

is spelled the same on PostgreSQL (9.5+) and SQLite (3.24+), and each one is atomic:
concurrent writers add to the row, none overwrites another's count.
"""

from collections.abc import Mapping
from datetime import date, timedelta

from django.db import connection, transaction
from wagtail.documents import get_document_model
from wagtail.models import Page

from home.analytics import totals
from home.models.analytics import ActiveVisitor, DailyDocumentDownloads, DailyPageViews

# Keeps each statement well below SQLite's bound-parameter limit.
BATCH_SIZE = 500


def _upsert(model, key_field, count_field, counts):
    """One statement per batch; several batches commit together or not at all."""
    table = connection.ops.quote_name(model._meta.db_table)
    key_column = connection.ops.quote_name(model._meta.get_field(key_field).column)
    count_column = connection.ops.quote_name(count_field)
    day_column = connection.ops.quote_name("day")
    rows = [
        (key, connection.ops.adapt_datefield_value(day), amount)
        for (key, day), amount in counts.items()
        if amount > 0
    ]
    if len(rows) > BATCH_SIZE:
        with transaction.atomic():
            _execute_batches(table, key_column, day_column, count_column, rows)
    else:
        # A single statement is atomic by itself; no transaction keeps the write lock short.
        _execute_batches(table, key_column, day_column, count_column, rows)


def _execute_batches(table, key_column, day_column, count_column, rows):
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start : start + BATCH_SIZE]
        values = ", ".join(["(%s, %s, %s)"] * len(batch))
        sql = (
            f"INSERT INTO {table} ({key_column}, {day_column}, {count_column}) "
            f"VALUES {values} "
            f"ON CONFLICT ({key_column}, {day_column}) "
            f"DO UPDATE SET {count_column} = {table}.{count_column} + excluded.{count_column}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [value for row in batch for value in row])


def _existing(model, ids):
    return set(model.objects.filter(pk__in=ids).values_list("pk", flat=True))


def add_page_views(counts: Mapping[tuple[int, date], int], *, verified=False):
    """Add `counts` ({(page_id, day): views}) to the daily page table.

    Counts for pages deleted in the meantime are dropped rather than failing the
    whole batch on the foreign key; `verified=True` skips that look-up when the caller
    has just checked the pages."""
    if not counts:
        return
    kept = counts
    if not verified:
        existing = _existing(Page, {page_id for page_id, _ in counts})
        kept = {key: n for key, n in counts.items() if key[0] in existing}
    # Inside a caller's transaction (a beacon's) no savepoint: an error fails the
    # whole transaction anyway, and the savepoint cost two more statements.
    with transaction.atomic(savepoint=False):
        _upsert(DailyPageViews, "page", "views", kept)
        totals.add(kept)


def add_document_downloads(counts: Mapping[tuple[int, date], int]):
    """Add `counts` ({(document_id, day): downloads}) to the daily document table."""
    if not counts:
        return
    existing = _existing(get_document_model(), {doc_id for doc_id, _ in counts})
    kept = {key: n for key, n in counts.items() if key[0] in existing}
    _upsert(DailyDocumentDownloads, "document", "downloads", kept)


# A visitor's last-seen time is rewritten at most this often. Every rewrite leaves
# a dead row version and new index entries behind (last_seen is indexed), so one
# reader's beacons rewrote the same row again and again; "online now" counts the
# last five minutes, which half a minute's lag does not change in any way a reader
# could notice.
LAST_SEEN_STEP = timedelta(seconds=30)


def mark_visitor_seen(visitor, now):
    """Insert the visitor, or move its last_seen to now if that is more than
    LAST_SEEN_STEP later: one statement, the same on PostgreSQL and SQLite."""
    quote = connection.ops.quote_name
    table = quote(ActiveVisitor._meta.db_table)
    visitor_column = quote(ActiveVisitor._meta.get_field("visitor").column)
    seen_column = quote(ActiveVisitor._meta.get_field("last_seen").column)
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({visitor_column}, {seen_column}) VALUES (%s, %s) "
            f"ON CONFLICT ({visitor_column}) DO UPDATE SET {seen_column} = excluded.{seen_column} "
            f"WHERE {table}.{seen_column} < %s",
            [visitor, adapt(now), adapt(now - LAST_SEEN_STEP)],
        )
