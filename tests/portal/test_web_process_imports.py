"""The web process stays lean: serving a page does not import the libraries only the
background jobs' worker and the admin's importers need (OCR, PDF, spreadsheets, Word
files, the browser driver), each several MiB per gunicorn worker, nor the framework of
Wagtail's v3 API, which the site does not serve (portal/wagtail_apps.py). gunicorn runs
it without docstrings and asserts (portal/gunicorn.conf.py), and it serves so."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
WORKER_AND_ADMIN_ONLY = [
    "ocrmypdf", "pypdfium2", "openpyxl", "reportlab", "docx", "playwright", "pytesseract",
]
SERVE = """
import sys
from portal.wsgi import application
from django.test import Client
statuses = [Client().get(path).status_code for path in ("/", "/api/v2/pages/")]
print(*statuses, *sorted(set(sys.argv[1:]) & set(sys.modules)))
"""


def _database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST'] or 'localhost'}"
        f":{database['PORT'] or 5432}/{database['NAME']}"
    )


def _serve(*modules, **env):
    """Serves the home page and the pages API in a new process; their statuses and
    which of `modules` the process imported."""
    result = subprocess.run(
        [sys.executable, "-c", SERVE, *modules],
        cwd=BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": _database_url(),
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_serving_the_home_page_imports_no_ocr_pdf_or_spreadsheet_library(home_page):
    assert _serve(*WORKER_AND_ADMIN_ONLY) == ["200", "200"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_serving_imports_neither_ninja_nor_wagtail_v3_api(home_page):
    assert _serve("ninja", "wagtail.api.v3.api") == ["200", "200"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_site_serves_without_docstrings_and_asserts(home_page):
    assert _serve(PYTHONOPTIMIZE="2", PYTHONNODEBUGRANGES="1") == ["200", "200"]


def _flags_after_reading_gunicorn_config(run_name):
    code = (
        "import runpy, sys\n"
        f"runpy.run_path('portal/gunicorn.conf.py', run_name={run_name!r})\n"
        "print(sys.flags.optimize)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env={"PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True,
    )
    return result.stdout.split()


def test_gunicorn_restarts_itself_without_docstrings_and_asserts():
    assert _flags_after_reading_gunicorn_config("__config__") == ["2"]


def test_other_readers_of_the_gunicorn_config_are_not_restarted():
    assert _flags_after_reading_gunicorn_config("<run_path>") == ["0"]
