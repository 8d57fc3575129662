"""With the database unreachable (a PostgreSQL address nothing listens on, in a
process of its own; the shared server is never stopped), /healthz says so with 503
and pages answer at once with the static error page, never hang."""

import json
import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings

SCRIPT = """
import json, time
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client(raise_request_exception=False)
answers = {}
for path in ("/healthz", "/", "/tin-tuc/"):
    started = time.monotonic()
    response = client.get(path)
    answers[path] = {
        "status": response.status_code,
        "seconds": time.monotonic() - started,
        "body": response.content.decode(),
    }
print(json.dumps(answers))
"""


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def answers():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{_closed_port()}/portal",
        "REDIS_URL": "",
        "LOG_LEVEL": "CRITICAL",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=settings.BASE_DIR,
        capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_healthz_says_the_database_is_down(answers):
    healthz = answers["/healthz"]
    assert healthz["status"] == 503
    assert json.loads(healthz["body"])["checks"]["database"] == "down"


@pytest.mark.parametrize("path", ["/", "/tin-tuc/"])
def test_page_answers_with_the_error_page(answers, path):
    assert answers[path]["status"] == 500
    assert "Đã có lỗi xảy ra" in answers[path]["body"]


@pytest.mark.parametrize("path", ["/healthz", "/", "/tin-tuc/"])
def test_nothing_waits_for_the_database(answers, path):
    assert answers[path]["seconds"] < 1.0
