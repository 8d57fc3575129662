"""Purges sent to a CDN or reverse proxy (wagtail.contrib.frontend_cache)."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from home.models import NewsPage
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

BASE_DIR = Path(__file__).resolve().parents[2]
PURGER_PORT = 8201


@pytest.fixture
def purger(settings):
    """A real HTTP server standing in for Varnish: it records every PURGE it gets."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", PURGER_PORT), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{PURGER_PORT}",
        }
    }
    yield received
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_publish_purges_parents_from_the_proxy(
    purger, home_page, django_capture_on_commit_callbacks
):
    news_index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=news_index)
    with django_capture_on_commit_callbacks(execute=True):
        NewsPage.objects.get(pk=news.pk).save_revision().publish()
    assert {path for _host, path in purger} >= {"/", news_index.url}


def _production_settings(env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps({'apps': 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS,"
        " 'cache': settings.WAGTAILFRONTENDCACHE}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": "frontend-cache-test-key-6b1d9e3f7a2c4e8b0d5f1a3c7e9b2d4f",
            "ALLOWED_HOSTS": "thidua.example.gov.vn",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_production_wires_a_varnish_purger():
    loaded = _production_settings({"FRONTEND_CACHE_URL": "http://varnish.internal:6081"})
    assert loaded["apps"]
    assert loaded["cache"]["proxy"]["LOCATION"] == "http://varnish.internal:6081"


@pytest.mark.slow
def test_production_wires_cloudflare():
    loaded = _production_settings(
        {"CLOUDFLARE_ZONEID": "zone-123", "CLOUDFLARE_BEARER_TOKEN": "token-abc"}
    )
    assert loaded["cache"]["cloudflare"]["ZONEID"] == "zone-123"
    assert loaded["cache"]["cloudflare"]["BEARER_TOKEN"] == "token-abc"


@pytest.mark.slow
def test_production_without_a_cdn_purges_nothing():
    assert _production_settings({})["cache"] == {}
