"""Logs: one line per request with method, path, status and duration; errors with
their traceback on stderr; no password, cookie, token or secret key in any log."""

import logging
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import MiddlewareNotUsed

from portal.request_log import RequestLogMiddleware
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]
PASSWORD = "Mat-khau-bi-mat-9f3a"
LINE = re.compile(r'^"(?P<method>[A-Z]+) (?P<path>\S+)" (?P<status>\d{3}) (?P<ms>\d+)ms$')


def _request_lines(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "portal.requests"]


def test_a_request_logs_one_line_with_method_path_status_and_duration(client, caplog):
    caplog.set_level(logging.INFO)
    client.get("/healthz")
    (line,) = _request_lines(caplog)
    match = LINE.match(line)
    assert match["method"] == "GET"
    assert match["path"] == "/healthz"
    assert match["status"] == "200"


def test_a_missing_page_logs_its_status_in_the_one_line(client, home_page, caplog):
    caplog.set_level(logging.INFO)
    client.get("/khong-co-trang-nay/")
    assert [LINE.match(line)["status"] for line in _request_lines(caplog)] == ["404"]
    assert len(caplog.records) == 1


def test_the_query_string_is_not_logged(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.get("/healthz", {"token": "token-in-the-query-5b1e"})
    assert "token-in-the-query-5b1e" not in caplog.text


def test_a_line_break_in_the_path_cannot_forge_a_log_line(client, caplog):
    caplog.set_level(logging.INFO)
    client.get('/a%0A"GET /admin/" 200 1ms/')
    (line,) = _request_lines(caplog)
    assert "\n" not in line
    assert LINE.match(line)["status"] == "404"


def test_the_middleware_is_off_when_request_log_is_off(settings):
    settings.REQUEST_LOG = False
    with pytest.raises(MiddlewareNotUsed):
        RequestLogMiddleware(lambda request: None)


def test_a_login_post_leaves_no_password_in_the_logs(client, home_page, settings, caplog):
    settings.AXES_ENABLED = True
    UserFactory(username="bientapvien", is_staff=True, password=PASSWORD)
    caplog.set_level(logging.DEBUG)
    client.post("/admin/login/", {"username": "bientapvien", "password": PASSWORD + "-sai"})
    client.post("/admin/login/", {"username": "bientapvien", "password": PASSWORD})
    assert _request_lines(caplog)
    assert PASSWORD not in caplog.text


def test_a_session_cookie_and_authorization_header_leave_no_trace(client, home_page, caplog):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    session_id = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    caplog.set_level(logging.DEBUG)
    client.get("/admin/", HTTP_AUTHORIZATION="Bearer bearer-token-3c9d")
    client.get("/khong-co-trang-nay/", HTTP_AUTHORIZATION="Bearer bearer-token-3c9d")
    assert _request_lines(caplog)
    assert session_id not in caplog.text
    assert "bearer-token-3c9d" not in caplog.text


FAILING_REQUEST = """
import django
django.setup()
from django.test import Client
from django.test.utils import override_settings
with override_settings(ROOT_URLCONF="tests.portal.failing_urls"):
    Client(raise_request_exception=False).get(
        "/hong/?token=query-token-71aa",
        HTTP_COOKIE="sessionid=cookie-value-4e2f",
        HTTP_AUTHORIZATION="Bearer bearer-token-3c9d",
    )
"""


@pytest.fixture(scope="module")
def failing_request_output():
    """stdout and stderr of a separate process whose one request fails."""
    result = subprocess.run(
        [sys.executable, "-c", FAILING_REQUEST],
        cwd=BASE_DIR,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout, result.stderr


@pytest.mark.slow
def test_an_error_logs_its_traceback_to_stderr(failing_request_output):
    stdout, stderr = failing_request_output
    assert "Traceback (most recent call last)" in stderr
    assert "RuntimeError: portal-test-failure" in stderr
    assert '"GET /hong/" 500 ' in stderr
    assert "Traceback" not in stdout


@pytest.mark.slow
def test_an_error_log_holds_no_cookie_token_or_secret_key(failing_request_output):
    _, stderr = failing_request_output
    for secret in ("cookie-value-4e2f", "bearer-token-3c9d", "query-token-71aa"):
        assert secret not in stderr
    assert django_settings.SECRET_KEY not in stderr


def test_gunicorn_access_line_has_method_path_status_and_duration_only(monkeypatch):
    # Running the config file sets REQUEST_LOG by default; keep it out of this process.
    monkeypatch.setenv("REQUEST_LOG", "1")
    config = runpy.run_path(str(BASE_DIR / "portal" / "gunicorn.conf.py"))
    line_format = config["access_log_format"]
    for atom in ("%(m)s", "%(U)s", "%(s)s", "%(M)s"):
        assert atom in line_format
    # q: query string, r: request line with it, {…}i: request headers such as Cookie.
    for atom in ("%(q)s", "%(r)s", "}i)s", "}e)s"):
        assert atom not in line_format
