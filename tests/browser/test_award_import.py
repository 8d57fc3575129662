"""An editor of the board imports an award list in a real Chromium: uploads the
spreadsheet, reads the preview, saves the decision and publishes it; the public page
then lists the awardees without any personal data (issue #20, point 10)."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from home.awards.models import AwardDecisionPage
from tests.browser.test_editors import LEADERS, _footer_action, _log_in, _member
from tests.home.awards.files import CITIZEN_ID, LIST_MERGES, LIST_ROWS, xlsx_bytes

pytestmark = pytest.mark.browser


def _list_for(number):
    rows = [list(row) for row in LIST_ROWS]
    rows[3] = [f"(Kèm theo Quyết định số {number} ngày 12 tháng 3 năm 2024 của Chủ tịch UBND tỉnh)"]
    return xlsx_bytes(rows, merge=LIST_MERGES)


@pytest.fixture
def board_leader(transactional_db):
    return _member(LEADERS)


def test_leader_imports_a_spreadsheet_and_publishes_the_decision(new_page, board_leader):
    number = f"{uuid.uuid4().int % 90000 + 10000}/QĐ-UBND"
    page = new_page()
    _log_in(page, board_leader)
    page.goto("/admin/awards/import/")
    page.locator("#award-import-source-form input[type=file]").set_input_files(
        files=[
            {
                "name": "danh-sach-bang-khen.xlsx",
                "mimeType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "buffer": _list_for(number),
            }
        ]
    )
    page.locator("#award-import-preview").click()
    expect(page.locator("main")).to_contain_text("2 tập thể, 3 cá nhân")
    expect(page.locator("#id_number")).to_have_value(number)
    assert CITIZEN_ID not in page.content()
    page.locator("#award-import-create").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    _footer_action(page, "button[name=action-publish]")
    expect(page.locator(".messages")).to_contain_text("Đã xuất bản trang")

    decision = AwardDecisionPage.objects.get(number=number)
    assert decision.live
    reader = new_page()
    reader.goto(decision.get_url())
    expect(reader.locator("main")).to_contain_text("Nguyễn Thị Thu Hường")
    expect(reader.locator("main")).to_contain_text("02 tập thể và 03 cá nhân")
    assert CITIZEN_ID not in reader.content()
