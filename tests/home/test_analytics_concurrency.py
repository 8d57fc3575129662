"""Many readers at once: no beacon may be lost by the direct database upsert.

On PostgreSQL the live server's threads each hold a connection; on SQLite they queue
for the single writer under the settings' IMMEDIATE transactions and busy timeout."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.factories import StandardPageFactory
from tests.home.analytics_support import BROWSER, fresh_cache, views_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fresh_cache"),
]
__all__ = ["fresh_cache"]

WRITERS = 50
BEACONS_EACH = 20


def _send_beacons(url, page_id):
    statuses = []
    body = json.dumps({"page": page_id}).encode()
    for _ in range(BEACONS_EACH):
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "User-Agent": BROWSER},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            statuses.append(response.status)
    return statuses


def test_concurrent_beacons_are_all_counted(live_server, home_page, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    page = StandardPageFactory(parent=home_page)
    url = live_server.url + "/api/views/"
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        results = list(pool.map(_send_beacons, [url] * WRITERS, [page.pk] * WRITERS))
    assert {status for statuses in results for status in statuses} == {204}
    assert views_of(page) == WRITERS * BEACONS_EACH
