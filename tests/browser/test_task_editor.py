"""A plan's task table in the Wagtail editor, in a real Chromium: one compact row per
task, so that a plan of 34 tasks fits in about two 1366 × 768 screens; rows are added,
moved and deleted with the list's own controls, and saving keeps their order."""

import datetime
import uuid

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from documents.models import DocumentArchivePage, PlanPage

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-thu-nghiem-9"
SCREEN_HEIGHT = 768
# Quý I and Quý II with 9 tasks, Quý III and Quý IV with 8: 34 in all.
GROUPS = (("I", 9), ("II", 9), ("III", 8), ("IV", 8))


def _task(label):
    return {
        "text": (
            f"Nhiệm vụ {label}: tổ chức phát động phong trào thi đua yêu nước, sơ kết và "
            "khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc"
        ),
        "units": ["Sở Nội vụ", "Các sở, ban, ngành"],
        "deadline": datetime.date(2026, 12, 15),
    }


@pytest.fixture
def plan(transactional_db):
    schedule = [
        (
            "group",
            {
                "title": f"Quý {quarter}",
                "tasks": [_task(f"{quarter}.{n}") for n in range(1, count + 1)],
            },
        )
        for quarter, count in GROUPS
    ]
    page = PlanPage(
        title=f"Kế hoạch 34 nhiệm vụ {uuid.uuid4().hex[:6]}",
        number="34/KH-UBND",
        subject="Thi đua năm 2026",
        issued_on=datetime.date(2026, 1, 5),
        task_schedule=schedule,
    )
    DocumentArchivePage.objects.get(slug="van-ban").add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def editor_page(new_page, plan):
    user = get_user_model().objects.create_superuser(
        f"bien-tap-{uuid.uuid4().hex[:8]}", password=PASSWORD
    )
    page = new_page(viewport={"width": 1366, "height": SCREEN_HEIGHT})
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page.locator("#wagtail-sidebar")).to_be_attached()
    page.goto(f"/admin/pages/{plan.pk}/edit/")
    page.get_by_role("tab", name="Lịch thực hiện nhiệm vụ").click()
    expect(page.locator(".task-row")).to_have_count(34)
    return page


def _rows(page, group):
    return page.locator(".task-table").nth(group).locator(":scope [data-streamfield-child]")


def _saved_texts(plan):
    saved = PlanPage.objects.get(pk=plan.pk).get_latest_revision_as_object()
    return [[text.split(":")[0] for _n, text, _u, _d in rows] for _t, rows in saved.task_groups()]


def test_34_tasks_fit_in_about_two_screens(editor_page):
    height = editor_page.locator("#task_schedule-root").bounding_box()["height"]
    assert height <= 2 * SCREEN_HEIGHT


def test_rows_added_moved_and_deleted_are_saved_in_their_order(editor_page, plan):
    first = _rows(editor_page, 0)
    first.nth(0).locator("[data-streamfield-action=MOVE_DOWN]").click()
    editor_page.locator(".task-table").nth(0).locator("[data-streamfield-list-add]").last.click()
    expect(first).to_have_count(10)
    first.nth(9).locator(".task-row__cell--text textarea").fill("Nhiệm vụ mới: tổng kết năm")
    first.nth(9).locator(".task-row__cell--units textarea").fill("Ban Thi đua\nCác cụm thi đua")
    _rows(editor_page, 1).nth(0).locator("[data-streamfield-action=DELETE]").click()
    editor_page.locator("footer .action-save").first.click()
    expect(editor_page.locator(".messages")).to_contain_text(plan.title)

    groups = _saved_texts(plan)
    assert groups[0] == [
        "Nhiệm vụ I.2",
        "Nhiệm vụ I.1",
        *[f"Nhiệm vụ I.{n}" for n in range(3, 10)],
        "Nhiệm vụ mới",
    ]
    assert groups[1] == [f"Nhiệm vụ II.{n}" for n in range(2, 10)]


def test_a_row_left_without_its_task_shows_the_error_on_that_row(editor_page):
    row = _rows(editor_page, 2).nth(2)
    row.locator(".task-row__cell--text textarea").fill("")
    # Publishing, not saving a draft: drafts may leave required fields empty.
    editor_page.locator("footer .w-dropdown__toggle").click()
    editor_page.locator("footer button[name=action-publish]").click()
    row = _rows(editor_page, 2).nth(2)
    expect(row.locator(".task-row__cell--text .w-field__errors")).to_contain_text("bắt buộc")
    expect(
        _rows(editor_page, 2).nth(1).locator(".task-row__cell--text .w-field__errors")
    ).to_have_text("")
