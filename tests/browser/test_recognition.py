"""An editor uploads a scan in a real Chromium and follows its recognition: the
documents listing says it waits, and once the background worker has run, that it
is done."""

import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from playwright.sync_api import expect

from tests.documents.recognition.scans import DATABASE_TASKS, png_scan, require_ocr

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-nghiem-9"


@pytest.fixture
def superuser(transactional_db):
    return get_user_model().objects.create_superuser(
        f"admin-{uuid.uuid4().hex[:10]}", password=PASSWORD
    )


@pytest.fixture
def database_tasks(settings):
    """The live server enqueues as in production; the test plays the worker."""
    settings.TASKS = DATABASE_TASKS


def test_uploaded_scan_shows_waiting_then_done(new_page, superuser, database_tasks):
    require_ocr()
    title = f"Quyết định khen thưởng bản quét {uuid.uuid4().hex[:6]}"
    page = new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", superuser.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto("/admin/documents/add/")
    page.fill("#id_title", title)
    page.locator("#id_file").set_input_files(
        files=[
            {
                "name": "quyet-dinh.png",
                "mimeType": "image/png",
                "buffer": png_scan("QUYẾT ĐỊNH", "Tặng Bằng khen cho tập thể xuất sắc"),
            }
        ]
    )
    page.locator("form:has(#id_file) button[type=submit]").click()
    row = page.locator("tr", has_text=title)
    expect(row).to_contain_text("Đang chờ nhận dạng")

    call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay")
    page.reload()
    expect(page.locator("tr", has_text=title)).to_contain_text("Đã nhận dạng 1 trang")
