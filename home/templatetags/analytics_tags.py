"""Boxes fed by the view statistics: "Xem nhiều nhất" and "Thống kê truy cập"."""

from django import template
from django.core.cache import cache
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from home.analytics.stats import (
    MOST_VIEWED_TTL,
    PERIODS,
    most_viewed_lists,
    visit_stats,
)
from portal.page_addresses import page_urls
from portal.page_cache import current_generation
from portal.prepared_queries import PreparedQuery
from portal.view_restrictions import public_pages, restricted_paths

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
    shown = [(key, label) for key, label in PERIODS if key != "all"]
    lists = most_viewed_lists(
        [key for key, _label in shown], limit=limit, locale_id=locale_id, request=request
    )
    periods = [
        {"key": key, "label": label, "items": _with_views_labels(lists[key])}
        for key, label in shown
    ]
    return {"periods": periods, "more_url": _most_viewed_page_url(locale_id, request)}


def views_label(count):
    """What `{% blocktrans count counter=views %}` writes in the box, in Python: the
    box has up to ten rows and a translation node costs several times a formatted
    string (issue #25, the cold home page)."""
    # The same message as the template's plural phrase, so one translation serves both.
    text = ngettext("%(counter)s lượt xem", "%(counter)s lượt xem", count)
    return mark_safe(text % {"counter": conditional_escape(localize(count))})


def _with_views_labels(items):
    # New dicts: the lists may be the cached objects shared by other renderings.
    return [{**item, "views_label": views_label(item["views"])} for item in items]


def _most_viewed_page_queryset(locale_id, restricted):
    from home.models import MostViewedPage

    pages = public_pages(MostViewedPage.objects, restricted).filter(locale_id=locale_id)
    return pages.order_by("path").values("url_path")[:1]


_MOST_VIEWED_PAGE = PreparedQuery(_most_viewed_page_queryset)


def _most_viewed_page_url(locale_id, request):
    """The address of the "Xem nhiều nhất" page in this language, cached like the lists."""
    key = f"views:most-viewed-page-url:{current_generation()}:{locale_id}"
    url = cache.get(key)
    if url is None:
        rows = _MOST_VIEWED_PAGE.rows((locale_id, restricted_paths()))
        url = (page_urls([rows[0]["url_path"]], request)[0] if rows else None) or ""
        cache.set(key, url, MOST_VIEWED_TTL)
    return url or None


@register.inclusion_tag("components/visit_stats_box.html")
def visit_stats_box():
    """Online now, today, this month and total; the script refreshes them when the
    page itself came from a cache."""
    return {"stats": visit_stats(), "endpoint": reverse("visit_stats")}
