"""The read side: "most viewed" rankings and the visit statistics box."""

from datetime import date, timedelta

from django.apps import apps
from django.core.cache import cache
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.analytics import totals
from home.analytics.counters import get_view_counter
from home.models.analytics import DailyPageViews, PageViewTotals
from portal.content_types import content_type_ids
from portal.id_lists import pk_in_any
from portal.page_addresses import page_urls
from portal.page_versions import site_version
from portal.prepared_queries import PreparedQuery
from portal.view_restrictions import private_q, restricted_paths

# (key, label): the periods a ranking can cover; "all" means every day counted.
PERIODS = [("7", _("Tuần")), ("30", _("Tháng")), ("all", _("Tất cả"))]
PERIOD_KEYS = [key for key, _label in PERIODS]
# At most this stale: rankings change slowly and the query sums many rows.
MOST_VIEWED_TTL = 300
VISIT_STATS_TTL = 30
MAX_LIMIT = 50


def first_day(period):
    """The first day a period covers ("7" → the last 7 days including today)."""
    if period == "all":
        return None
    return timezone.localdate() - timedelta(days=int(period) - 1)


def page_type(label):
    """The page model for an "app.Model" label, or None when it is not a page type."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    return model if issubclass(model, Page) else None


# The totals column that ranks each period.
TOTALS_COLUMNS = {"7": "views_7", "30": "views_30", "all": "views_all"}


def _rankings_queryset(periods, limit, model_label, locale_id, content_types, restricted):
    """Live pages in the first `limit` of any of `periods`, with their views over
    each: one query for every list a box or page shows, compiled once per process
    (`_RANKINGS`, keyed by these arguments).

    Read from the per-page running totals (home.analytics.totals), walked in the
    order of each period's index. Pages unpublished since drop out because only live
    pages are counted; private sections never show. Readers' lists rank content
    only (`content_types`, portal.content_types): the home page and section indexes
    are where they came from, not what they read; the editors' dashboard asks for
    every page. `restricted`: the paths of the pages with a view restriction
    (portal.view_restrictions), whose sections are left out by their paths: a
    subquery on the restrictions made SQLite scan every page's path for each row
    it ranked (200 ms at 100,000 documents)."""
    rows = PageViewTotals.objects.filter(page__live=True)
    if restricted:
        rows = rows.exclude(private_q(restricted, prefix="page__"))
    if model_label:
        rows = rows.filter(page__in=apps.get_model(model_label).objects.all().values("pk"))
    if locale_id is not None:
        rows = rows.filter(page__locale_id=locale_id)
    if content_types is not None:
        rows = rows.filter(page__content_type_id__in=content_types)
    lists = []
    for period in periods:
        column = TOTALS_COLUMNS[period]
        top = rows.filter(**{f"{column}__gt": 0}).order_by(f"-{column}", "page_id")
        lists.append(top.values("pk")[:limit])
    picked = pk_in_any(lists)
    columns = sorted({TOTALS_COLUMNS[period] for period in periods})
    return PageViewTotals.objects.filter(picked).values(
        "page_id", "page__title", "page__url_path", *columns
    )


_RANKINGS = PreparedQuery(_rankings_queryset)


def most_viewed_lists(
    periods, *, limit=10, model=None, locale_id=None, request=None, content_only=True
):
    """{period: [{"id", "title", "url", "views"}]} for the top pages of each period,
    from one query, cached for five minutes."""
    # The page cache's generation and site token are part of the key, so a page
    # unpublished or renamed leaves the rankings on the next request, as it leaves
    # the pages.
    key = ":".join(
        str(part)
        for part in (
            "views:most-viewed",
            site_version(request),
            ",".join(periods),
            limit,
            model._meta.label_lower if model else "",
            locale_id or "",
            int(content_only),
        )
    )
    cached = cache.get(key)
    if cached is not None:
        return cached
    totals.ensure_rolled()
    content_types = tuple(content_type_ids()) if content_only else None
    rows = _RANKINGS.rows(
        (
            tuple(periods),
            limit,
            model._meta.label if model else "",
            locale_id,
            content_types,
            restricted_paths(),
        )
    )
    urls = dict(
        zip(
            (row["page_id"] for row in rows),
            page_urls([row["page__url_path"] for row in rows], request),
            strict=True,
        )
    )
    result = {}
    for period in periods:
        column = TOTALS_COLUMNS[period]
        ranked = sorted(
            (row for row in rows if row[column] > 0),
            key=lambda row, column=column: (-row[column], row["page_id"]),
        )[:limit]
        result[period] = [
            {
                "id": row["page_id"],
                "title": row["page__title"],
                "url": urls[row["page_id"]],
                "views": row[column],
            }
            for row in ranked
        ]
    cache.set(key, result, MOST_VIEWED_TTL)
    return result


def most_viewed(period, *, limit=10, model=None, locale_id=None, request=None, content_only=True):
    """[{"id", "title", "url", "views"}] for the top pages, cached for five minutes."""
    return most_viewed_lists(
        (period,),
        limit=limit,
        model=model,
        locale_id=locale_id,
        request=request,
        content_only=content_only,
    )[period]


def visit_stats():
    """{"online", "today", "month", "total"}: visitors seen in the last five minutes and
    page views today, this month and ever (flushed and still in the counter)."""
    cached = cache.get("views:visit-stats")
    if cached is not None:
        return cached
    counter = get_view_counter()
    today = timezone.localdate()
    month_start = today.replace(day=1)

    flushed = DailyPageViews.objects.aggregate(
        today=Sum("views", filter=Q(day__gte=today)),
        month=Sum("views", filter=Q(day__gte=month_start)),
        total=Sum("views"),
    )
    stats = {
        "online": counter.online(),
        "today": (flushed["today"] or 0) + counter.pending_page_views(today),
        "month": (flushed["month"] or 0) + counter.pending_page_views(month_start),
        "total": (flushed["total"] or 0) + counter.pending_page_views(date.min),
    }
    cache.set("views:visit-stats", stats, VISIT_STATS_TTL)
    return stats
