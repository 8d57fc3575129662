"""The header's identity in a real browser: the date line the page's script writes,
in the province's calendar, and the header at desktop and phone widths (screenshots
kept in var/screenshots/)."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

pytestmark = pytest.mark.browser

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _province_today():
    return dt.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_header_shows_emblem_date_line_and_hotline(new_page, screenshots, phone):
    page = new_page(phone=phone)
    page.goto("/")
    today = _province_today()
    line = page.locator("[data-dateline]")
    assert line.is_visible()
    assert line.inner_text() == (
        f"{WEEKDAYS[today.weekday()]}, ngày {today.day} tháng {today.month} năm {today.year}"
    )
    assert page.locator(".site-hotline a[href^='tel:']").is_visible()
    assert page.locator(".site-brand__logo").evaluate("img => img.naturalWidth") > 0
    header = page.locator(".site-header")
    header.screenshot(path=screenshots / f"header-{'phone' if phone else 'desktop'}.png")


def test_phone_header_strip_fits_the_screen(new_page):
    page = new_page(phone=True)
    page.goto("/")
    strip = page.locator(".site-topbar__inner")
    assert strip.evaluate("element => element.scrollWidth <= element.clientWidth")


def _zone_on_another_day():
    """A time zone whose calendar date differs from the province's right now: UTC+14
    is ahead of it from 17:00 Vietnam time, UTC-11 behind it until 18:00."""
    now = dt.datetime.now(dt.UTC)
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        if now.astimezone(ZoneInfo(zone)).date() != _province_today():
            return zone
    raise AssertionError("every moment has one of the two zones on another day")


def test_date_line_follows_the_province_not_the_readers_clock(new_page):
    page = new_page(timezone_id=_zone_on_another_day())
    page.goto("/")
    assert page.locator("[data-dateline] time").get_attribute("datetime") == (
        _province_today().isoformat()
    )


def test_english_date_line_is_in_english(new_page):
    page = new_page()
    page.goto("/en/")
    today = _province_today()
    assert page.locator("[data-dateline]").inner_text() == today.strftime(f"%A, {today.day} %B %Y")
