"""The "Xem nhiều nhất" ranking follows what real browsers read: each page sends its
own view beacon, and the ranking moves once the counts are flushed."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from home.models import DailyPageViews

pytestmark = pytest.mark.browser

# Read 3, 2 and 1 times: the ranking must come out in this order.
ARTICLES = [
    "/tin-tuc/tap-huan-nghiep-vu-thi-dua/",
    "/tin-tuc/bac-si-tram-y-te-xa/",
    "/tin-tuc/so-ket-thi-dua-6-thang/",
]


def _is_beacon(request):
    return request.method == "POST" and request.url.endswith("/api/views/")


def _read(new_page, path):
    """Open `path` in a fresh browser session and wait for its view beacon."""
    page = new_page()
    with page.expect_request(_is_beacon) as beacon:
        page.goto(path)
    response = beacon.value.response()
    assert response is not None and response.status == 204
    return page.get_by_role("heading", level=1).inner_text()


def _ranking(page):
    page.goto("/")
    box = page.locator(".most-viewed")
    return box.locator("#most-viewed-panel-7 .most-viewed__list a").all_inner_texts()


@pytest.fixture
def no_counts(transactional_db):
    """No views counted yet: pending counts flushed, the daily table and the cached
    rankings emptied."""
    call_command("flush_view_counts", verbosity=0)
    DailyPageViews.objects.all().delete()
    cache.clear()


def test_ranking_changes_after_browsers_read_articles_and_counts_are_flushed(new_page, no_counts):
    before = _ranking(new_page())
    titles = []
    for times, path in zip((3, 2, 1), ARTICLES, strict=True):
        for _ in range(times):
            title = _read(new_page, path)
        titles.append(title)
    call_command("flush_view_counts", verbosity=0)
    # The rankings are cached for five minutes; this stands for those minutes passing.
    cache.clear()
    after = _ranking(new_page())
    assert before != after
    assert after[:3] == titles
