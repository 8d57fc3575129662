"""What a citizen does on the public site, in a real Chromium against the demo site."""

import re
import unicodedata
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PLAN_TITLE = "Kế hoạch công tác thi đua, khen thưởng năm 2026"
PLAN_URL = "/van-ban/ke-hoach-thi-dua-khen-thuong-nam-2026/"


def _fold(text):
    """Lower case without Vietnamese diacritics, as a reader types."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _open_plan_from_home(page):
    page.goto("/")
    menu = page.get_by_role("navigation", name="Điều hướng chính")
    menu.get_by_role("link", name=re.compile(r"^Văn bản")).click()
    expect(page).to_have_url(re.compile(r"/van-ban/$"))
    page.select_option("#archive-type", "ke-hoach")
    page.select_option("#archive-year", "2026")
    page.get_by_role("button", name="Lọc văn bản").click()
    expect(page).to_have_url(re.compile(r"type=ke-hoach"))
    expect(page).to_have_url(re.compile(r"year=2026"))
    page.locator(".document-table").get_by_role("link", name=PLAN_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(PLAN_TITLE)


def test_archive_filter_by_type_and_year_lists_only_matching_documents(page):
    page.goto("/van-ban/")
    page.select_option("#archive-type", "ke-hoach")
    page.select_option("#archive-year", "2026")
    page.get_by_role("button", name="Lọc văn bản").click()
    rows = page.locator(".document-table tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(PLAN_TITLE)


def test_plan_opened_from_home_shows_its_task_table(page):
    _open_plan_from_home(page)
    table = page.locator(".task-schedule table")
    expect(table).to_be_visible()
    assert table.locator("tbody tr").count() >= 2


def test_plan_attachment_downloads_as_a_file(page, tmp_path):
    page.goto(PLAN_URL)
    link = page.locator(".document-attachments a").first
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    saved = Path(tmp_path) / download.suggested_filename
    download.save_as(saved)
    assert download.suggested_filename.endswith(".docx")
    # A DOCX is a ZIP archive.
    assert saved.read_bytes()[:2] == b"PK"


def test_plan_print_view_hides_the_actions(page):
    page.goto(PLAN_URL)
    page.get_by_role("link", name="Bản in").click()
    expect(page.locator("body")).to_have_class(re.compile(r"\bprint-view\b"))
    # Laid out as issued: the type over the subject is the heading.
    expect(page.get_by_role("heading", level=1)).to_contain_text("KẾ HOẠCH")
    expect(page.locator(".document-actions")).to_be_hidden()


def test_search_without_diacritics_finds_the_plan_and_highlights_the_words(page):
    page.goto("/")
    page.fill("#site-search", "ke hoach thi dua")
    page.press("#site-search", "Enter")
    result = page.locator(".search-result").filter(has_text=PLAN_TITLE)
    expect(result).to_have_count(1)
    marks = result.locator("mark").all_inner_texts()
    folded = {_fold(mark) for mark in marks}
    assert {"ke hoach", "thi dua"} <= folded or {"ke", "hoach", "thi", "dua"} <= folded


def test_congress_event_opens_from_its_index(page):
    page.goto("/")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Đại hội thi đua"
    ).click()
    event = page.locator(".event-card .card__title a").first
    title = event.inner_text()
    event.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("time").first).to_be_visible()


def test_exemplary_profile_opens_from_its_index(page):
    page.goto("/")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Điển hình tiên tiến"
    ).click()
    profile = page.locator(".profile-card .card__title a").first
    name = profile.inner_text()
    profile.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)


def test_language_switcher_goes_to_english_and_back(page):
    page.goto("/")
    switcher = page.get_by_role("navigation", name="Ngôn ngữ")
    switcher.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Tiếng Việt").click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
