"""The read side: "most viewed" rankings and the visit statistics box."""

from datetime import date, timedelta

from django.apps import apps
from django.core.cache import cache
from django.db.models import Exists, F, OuterRef, Q, Sum
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from home.analytics import totals
from home.analytics.counters import get_view_counter
from home.models.analytics import DailyPageViews, PageViewTotals
from portal.content_types import content_type_ids
from portal.page_versions import site_version

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


def _in_private_section():
    """True for rows whose page is, or sits under, a page with a view restriction:
    their titles must not appear in public lists. A subquery, so no extra query."""
    restrictions = PageViewRestriction.objects.annotate(path_length=Length("page__path")).filter(
        page__path=Substr(OuterRef("page__path"), 1, F("path_length"))
    )
    return Exists(restrictions)


# The totals column that ranks each period.
TOTALS_COLUMNS = {"7": "views_7", "30": "views_30", "all": "views_all"}


def ranking_queryset(period, *, model=None, locale_id=None, content_only=True):
    """Live pages with their views over the period, most viewed first.

    Read from the per-page running totals (home.analytics.totals), walked in the
    order of the period's index. Pages unpublished since drop out because only live
    pages are counted; private sections never show. Readers' lists rank content
    only (portal.content_types): the home page and section indexes are where they
    came from, not what they read; the editors' dashboard asks for every page."""
    totals.ensure_rolled()
    column = TOTALS_COLUMNS[period]
    rows = PageViewTotals.objects.filter(page__live=True, **{f"{column}__gt": 0}).exclude(
        _in_private_section()
    )
    if model is not None:
        rows = rows.filter(page__in=model.objects.all().values("pk"))
    if locale_id is not None:
        rows = rows.filter(page__locale_id=locale_id)
    if content_only:
        rows = rows.filter(page__content_type_id__in=content_type_ids())
    # Title and path come with the totals, so a ranking costs one query.
    return (
        rows.values("page_id", "page__title", "page__url_path")
        .annotate(total=F(column))
        .order_by(f"-{column}", "page_id")
    )


def most_viewed(period, *, limit=10, model=None, locale_id=None, request=None, content_only=True):
    """[{"id", "title", "url", "views"}] for the top pages, cached for five minutes."""
    # The page cache's generation and site token are part of the key, so a page
    # unpublished or renamed leaves the rankings on the next request, as it leaves
    # the pages.
    key = ":".join(
        str(part)
        for part in (
            "views:most-viewed",
            site_version(request),
            period,
            limit,
            model._meta.label_lower if model else "",
            locale_id or "",
            int(content_only),
        )
    )
    cached = cache.get(key)
    if cached is not None:
        return cached
    top = list(
        ranking_queryset(period, model=model, locale_id=locale_id, content_only=content_only)[
            :limit
        ]
    )
    result = []
    for row in top:
        # get_url() needs only the path; the site root paths it uses are cached.
        page = Page(pk=row["page_id"], title=row["page__title"], url_path=row["page__url_path"])
        url = page.get_url(request)
        result.append({"id": page.pk, "title": page.title, "url": url, "views": row["total"]})
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
