"""`{% open_consultations_box %}`: the home page's notice of the consultations open
now (home/consultations)."""

from django import template
from django.conf import settings
from django.core.cache import caches
from django.utils import timezone
from django.utils.translation import get_language

from home.consultations import periods
from home.consultations.models import ConsultationPage
from portal.page_cache import current_generation
from portal.view_restrictions import public_pages

register = template.Library()


def _not_closed(request):
    """The live public consultations of this language that have not closed, from
    the cache once read: keyed by the page cache generation, so publishing retires
    it, and filtered again by the clock at every render, so one that opens or
    closes meanwhile appears or goes without a query."""
    key = f"consultations:not-closed:{current_generation(request)}:{get_language()}"
    cache = caches["default"]
    rows = cache.get(key)
    if rows is None:
        pages = public_pages(ConsultationPage.objects.all()).filter(
            locale__language_code=get_language(), closes_on__gte=timezone.localdate()
        )
        rows = [
            {
                "title": page.title,
                "url": page.get_url(request),
                "opens_on": page.opens_on,
                "closes_on": page.closes_on,
            }
            for page in pages.order_by("closes_on", "pk").only(
                "title", "url_path", "locale_id", "opens_on", "closes_on"
            )
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
