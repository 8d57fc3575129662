"""The read side: "most viewed" rankings and the visit statistics box."""

from datetime import timedelta

from django.apps import apps
from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.analytics.counters import get_view_counter
from home.models.analytics import DailyPageViews

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


def _listed_out_types():
    from home.models import HomePage, MostViewedPage

    return [HomePage, MostViewedPage]


def ranking_queryset(period, *, model=None, locale_id=None, listed_only=False):
    """Live pages with their views summed over the period, most viewed first.

    Pages unpublished since drop out because only live pages are joined."""
    rows = DailyPageViews.objects.filter(page__live=True)
    start = first_day(period)
    if start is not None:
        rows = rows.filter(day__gte=start)
    if model is not None:
        rows = rows.filter(page__in=model.objects.all().values("pk"))
    if locale_id is not None:
        rows = rows.filter(page__locale_id=locale_id)
    if listed_only:
        for excluded in _listed_out_types():
            rows = rows.exclude(page__in=excluded.objects.all().values("pk"))
    return (
        rows.values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "page_id")
    )


def most_viewed(period, *, limit=10, model=None, locale_id=None, request=None,
                listed_only=False):
    """[{"id", "title", "url", "views"}] for the top pages, cached for five minutes."""
    key = ":".join(
        str(part)
        for part in (
            "views:most-viewed",
            period,
            limit,
            model._meta.label_lower if model else "",
            locale_id or "",
            int(listed_only),
        )
    )
    cached = cache.get(key)
    if cached is not None:
        return cached
    top = list(
        ranking_queryset(period, model=model, locale_id=locale_id, listed_only=listed_only)[
            :limit
        ]
    )
    pages = Page.objects.in_bulk([row["page_id"] for row in top])
    result = []
    for row in top:
        page = pages.get(row["page_id"])
        if page is None:
            continue
        result.append(
            {
                "id": page.pk,
                "title": page.title,
                "url": page.get_url(request),
                "views": row["total"],
            }
        )
    cache.set(key, result, MOST_VIEWED_TTL)
    return result


def visit_stats():
    """{"online", "today", "month", "total"}: visitors seen in the last five minutes and
    page views today, this month and ever (flushed and still in the counter)."""
    cached = cache.get("views:visit-stats")
    if cached is not None:
        return cached
    counter = get_view_counter()
    today = timezone.localdate()
    month_start = today.replace(day=1)

    def views_since(day):
        rows = DailyPageViews.objects.all()
        if day is not None:
            rows = rows.filter(day__gte=day)
        flushed = rows.aggregate(total=Sum("views"))["total"] or 0
        return flushed + counter.pending_page_views(day or today.min)

    stats = {
        "online": counter.online(),
        "today": views_since(today),
        "month": views_since(month_start),
        "total": views_since(None),
    }
    cache.set("views:visit-stats", stats, VISIT_STATS_TTL)
    return stats
