"""Many readers at once: no beacon may be lost by the direct database upsert.

On PostgreSQL the live server's threads each hold a connection; on SQLite they queue
for the single writer under the settings' IMMEDIATE transactions and busy timeout."""

import json
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import BROWSER, fresh_cache, views_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fresh_cache"),
]
__all__ = ["fresh_cache"]

WRITERS = 50
BEACONS_EACH = 20


class _WideBacklogServer(ThreadedWSGIServer):
    # Django's default backlog of 10 makes the kernel reset some of 50 simultaneous
    # connections; a real server (gunicorn) listens with a backlog of 2048.
    request_queue_size = 128


class _BeaconServerThread(LiveServerThread):
    server_class = _WideBacklogServer


@pytest.fixture
def beacon_server(transactional_db):
    """Django's live test server (as pytest-django's `live_server`), wider backlog."""
    thread = _BeaconServerThread("127.0.0.1", StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


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


def test_concurrent_beacons_are_all_counted(beacon_server, home_page, settings):
    settings.VIEWS_RATE_LIMIT = "0"
    page = StandardPageFactory(parent=home_page)
    url = beacon_server + "/api/views/"
    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        results = list(pool.map(_send_beacons, [url] * WRITERS, [page.pk] * WRITERS))
    assert {status for statuses in results for status in statuses} == {204}
    assert views_of(page) == WRITERS * BEACONS_EACH
