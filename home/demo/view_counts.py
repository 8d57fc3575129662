"""A plausible year of daily view counts for the demo's pages, so the boxes and the
report have something to show, and never where real counts exist.

The numbers are invented from each page's path and the date alone, so a row can be
recognised as the demo's whenever it was written; any other row (a beacon's count, a
page outside the demo, a download) is real and leaves the view statistics untouched.
"""

import random
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from home.analytics import totals
from home.demo import names
from home.demo.inventory import page_paths
from home.demo.pages import ensure_child, ensure_translation
from home.models import (
    DailyDocumentDownloads,
    DailyPageViews,
    HomePage,
    MostViewedPage,
)

DAYS = 365
# The demo never writes fewer views than this on a day, so the few a developer's own
# clicks count on a new day cannot pass for the demo's.
MIN_VIEWS = 5


def ensure_most_viewed_page(home):
    """The "Xem nhiều nhất" page under the home page, with its English translation."""
    page = ensure_child(home, MostViewedPage, names.MOST_VIEWED, title="Xem nhiều nhất")
    english = Locale.objects.filter(language_code="en").first()
    if english is not None and home.get_translation_or_none(english) is not None:
        ensure_translation(page, english, title="Most viewed", slug=names.MOST_VIEWED_EN)
    return page


def demo_views(url_path, day):
    """The views the demo invents for the page at `url_path` on `day`."""
    # A few pages are read far more than the rest, as on any news site.
    base = random.Random(url_path).paretovariate(1.6) * 4
    weekend = 0.5 if day.weekday() >= 5 else 1.0
    spread = random.Random(f"{url_path}|{day.isoformat()}").uniform(0.4, 1.6)
    return MIN_VIEWS + int(base * weekend * spread)


def _demo_pages():
    """{id: url_path} of the demo's pages that are live."""
    pages = Page.objects.live().filter(url_path__in=page_paths())
    return dict(pages.not_type(HomePage, MostViewedPage).values_list("pk", "url_path"))


def real_counts_exist():
    """True when a count exists that the demo did not invent: a download, a row for a
    page outside the demo, or a demo page's row whose number is not the demo's (a
    beacon added to it, or counted a day of its own)."""
    if DailyDocumentDownloads.objects.exists():
        return True
    demo_pages = _demo_pages()
    if DailyPageViews.objects.exclude(page_id__in=demo_pages).exists():
        return True
    rows = DailyPageViews.objects.filter(page_id__in=demo_pages)
    return any(
        views != demo_views(demo_pages[page_id], day)
        for page_id, day, views in rows.values_list("page_id", "day", "views").iterator()
    )


def build_view_counts():
    """Fill a year of counts for every demo page that has none yet; returns the rows
    written, None when real counts exist and nothing was written."""
    if real_counts_exist():
        return None
    today = timezone.localdate()
    demo_pages = _demo_pages()
    counted = set(
        DailyPageViews.objects.filter(page_id__in=demo_pages).values_list("page_id", flat=True)
    )
    rows = [
        DailyPageViews(page_id=page_id, day=day, views=demo_views(url_path, day))
        for page_id, url_path in demo_pages.items()
        if page_id not in counted
        for day in (today - timedelta(days=age) for age in range(DAYS))
    ]
    DailyPageViews.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
    # bulk_create sends no signals: the running totals are recomputed for these pages.
    totals.rebuild({row.page_id for row in rows})
    return len(rows)
