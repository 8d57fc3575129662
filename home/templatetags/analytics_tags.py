"""Boxes fed by the view statistics: "Xem nhiều nhất" and "Thống kê truy cập"."""

from django import template
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale, Page

from home.analytics.stats import MOST_VIEWED_TTL, PERIODS, most_viewed, visit_stats
from portal.page_cache import current_generation
from portal.view_restrictions import public_pages

register = template.Library()


def _locale_id(context):
    page = context.get("page")
    if isinstance(page, Page):
        return page.locale_id
    return Locale.get_active().pk


@register.inclusion_tag("components/most_viewed_box.html", takes_context=True)
def most_viewed_box(context, limit=5):
    """Top pages of the current language this week and this month, as two tabs."""
    request = context.get("request")
    locale_id = _locale_id(context)
    periods = [
        {
            "key": key,
            "label": label,
            "items": most_viewed(
                key, limit=limit, locale_id=locale_id, request=request
            ),
        }
        for key, label in PERIODS
        if key != "all"
    ]
    return {"periods": periods, "more_url": _most_viewed_page_url(locale_id, request)}


def _most_viewed_page_url(locale_id, request):
    """The address of the "Xem nhiều nhất" page in this language, cached like the lists."""
    from home.models import MostViewedPage

    key = f"views:most-viewed-page-url:{current_generation()}:{locale_id}"
    url = cache.get(key)
    if url is None:
        page = (
            public_pages(MostViewedPage.objects)
            .filter(locale_id=locale_id)
            .only("id", "url_path")
            .first()
        )
        url = page.get_url(request) if page else ""
        cache.set(key, url, MOST_VIEWED_TTL)
    return url or None


@register.inclusion_tag("components/visit_stats_box.html")
def visit_stats_box():
    """Online now, today, this month and total; the script refreshes them when the
    page itself came from a cache."""
    return {"stats": visit_stats(), "endpoint": reverse("visit_stats")}
