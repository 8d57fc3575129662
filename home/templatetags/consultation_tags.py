"""`{% open_consultations_box %}`: the home page's notice of the consultations open
now (home/consultations)."""

from django import template
from django.conf import settings
from django.core.cache import caches
from django.db.models import DateField
from django.utils import timezone
from django.utils.translation import get_language

from home.consultations import periods
from home.consultations.models import ConsultationPage
from portal.page_addresses import page_urls
from portal.page_cache import current_generation
from portal.prepared_queries import Parameter, PreparedQuery
from portal.view_restrictions import public_pages, restricted_paths

register = template.Library()


def _not_closed_queryset(language_code, restricted):
    pages = public_pages(ConsultationPage.objects.all(), restricted).filter(
        locale__language_code=language_code,
        closes_on__gte=Parameter("today", DateField()),
    )
    return pages.order_by("closes_on", "pk").values("title", "url_path", "opens_on", "closes_on")


_NOT_CLOSED = PreparedQuery(_not_closed_queryset)


def _not_closed(request):
    """The live public consultations of this language that have not closed, from
    the cache once read: keyed by the page cache generation, so publishing retires
    it, and filtered again by the clock at every render, so one that opens or
    closes meanwhile appears or goes without a query. Read as values, with a query
    compiled once per process."""
    key = f"consultations:not-closed:{current_generation(request)}:{get_language()}"
    cache = caches["default"]
    rows = cache.get(key)
    if rows is None:
        found = _NOT_CLOSED.rows(
            (get_language(), restricted_paths()), today=timezone.localdate()
        )
        urls = page_urls([row["url_path"] for row in found], request)
        rows = [
            {
                "title": row["title"],
                "url": url,
                "opens_on": row["opens_on"],
                "closes_on": row["closes_on"],
            }
            for row, url in zip(found, urls, strict=True)
        ]
        cache.set(key, rows, settings.PAGE_CACHE_SECONDS)
    return rows


@register.inclusion_tag("home/consultations/home_box.html", takes_context=True)
def open_consultations_box(context):
    now = timezone.now()
    rows = [
        row
        for row in _not_closed(context.get("request"))
        if periods.is_open(row["opens_on"], row["closes_on"], now)
    ]
    return {"consultations": rows}
