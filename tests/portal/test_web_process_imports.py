"""The web process stays lean: serving a page does not import the libraries only the
background jobs' worker and the admin's importers need (OCR, PDF, spreadsheets, Word
files, the browser driver), each several MiB per gunicorn worker."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
WORKER_AND_ADMIN_ONLY = [
    "ocrmypdf", "pypdfium2", "openpyxl", "reportlab", "docx", "playwright", "pytesseract",
]
SERVE_HOME = """
import sys
from portal.wsgi import application
from django.test import Client
status = Client().get("/").status_code
print(status, *sorted(set(sys.argv[1:]) & set(sys.modules)))
"""


def _database_url():
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST'] or 'localhost'}"
        f":{database['PORT'] or 5432}/{database['NAME']}"
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_serving_the_home_page_imports_no_ocr_pdf_or_spreadsheet_library(home_page):
    result = subprocess.run(
        [sys.executable, "-c", SERVE_HOME, *WORKER_AND_ADMIN_ONLY],
        cwd=BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": _database_url(),
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["200"]
