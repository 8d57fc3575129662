"""A plausible year of daily view counts for the demo site, so the boxes and the
report have something to show. Deterministic: the numbers come from each page's path."""

import random
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale, Page

from home.analytics import totals
from home.demo import ensure_child, ensure_translation
from home.models import DailyPageViews, HomePage, MostViewedPage

DAYS = 365


def ensure_most_viewed_page(home):
    """The "Xem nhiều nhất" page under the home page, with its English translation."""
    page = ensure_child(home, MostViewedPage, "xem-nhieu-nhat", title="Xem nhiều nhất")
    english = Locale.objects.filter(language_code="en").first()
    if english is not None and home.get_translation_or_none(english) is not None:
        ensure_translation(page, english, title="Most viewed", slug="most-viewed")
    return page


def _daily_views(page, today):
    rng = random.Random(page.url_path)
    # A few pages are read far more than the rest, as on any news site.
    base = rng.paretovariate(1.6) * 4
    for age in range(DAYS):
        day = today - timedelta(days=age)
        weekend = 0.5 if day.weekday() >= 5 else 1.0
        # Newer pages get more readers than old ones.
        freshness = 1.0 + (DAYS - age) / DAYS
        views = int(base * weekend * freshness * rng.uniform(0.4, 1.6))
        if views:
            yield DailyPageViews(page_id=page.pk, day=day, views=views)


def build_view_counts():
    """Fill a year of counts for every live page that has none yet."""
    today = timezone.localdate()
    counted = DailyPageViews.objects.values("page_id")
    pages = (
        Page.objects.live()
        .exclude(depth=1)
        .exclude(pk__in=counted)
        .not_type(HomePage, MostViewedPage)
        .only("id", "url_path")
    )
    rows = [row for page in pages for row in _daily_views(page, today)]
    DailyPageViews.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
    # bulk_create sends no signals: the running totals are recomputed for these pages.
    totals.rebuild({row.page_id for row in rows})
    return len(rows)
