"""One look across the portal (issue #23, point 5): styled controls, a breadcrumb
below every section, a menu holding every section in the portals' usual order, and
"Xem nhiều nhất" listing content only."""

import pytest
from playwright.sync_api import expect

from tests.browser.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

MENU = [
    "Trang chủ",
    "Giới thiệu",
    "Tin tức",
    "Văn bản – tài liệu",
    "Điển hình tiên tiến",
    "Đại hội thi đua",
    "Cụm, khối thi đua",
    "Tra cứu khen thưởng",
    "Lấy ý kiến Nhân dân",
    "Xem nhiều nhất",
    "Liên hệ",
]
# Pages that are not below a section: the home pages and the search page.
TOP_LEVEL = {"home", "english-home", "search", "plan-print"}
SECTION_TITLES = ["Tin tức", "Liên hệ", "Giới thiệu", "Văn bản – tài liệu", "Xem nhiều nhất"]
# Chromium's own grey for buttons and selects (ButtonFace).
BROWSER_GREY = {"rgb(239, 239, 239)", "rgb(240, 240, 240)", "rgb(233, 233, 237)"}


def test_menu_holds_every_section_in_order(page):
    page.goto("/")
    expect(page.locator("#main-nav-list > li > a")).to_have_text(MENU)


@pytest.mark.parametrize("name", [name for name in PUBLIC_PAGES if name not in TOP_LEVEL])
def test_page_below_a_section_has_a_breadcrumb(page, name):
    page.goto(PUBLIC_PAGES[name])
    crumbs = page.locator("nav.breadcrumb li")
    expect(crumbs.first).to_have_text("Trang chủ")
    expect(crumbs.last.locator("[aria-current=page]")).to_have_count(1)


@pytest.mark.parametrize("name", ["archive", "profile-index", "search", "home"])
def test_buttons_and_fields_are_styled(page, name):
    page.goto(PUBLIC_PAGES[name])
    for fold in page.locator("details.filter-fold:not([open]) > summary").all():
        fold.click()
    backgrounds = page.eval_on_selector_all(
        "button, select, input:not([type=hidden])",
        """elements => elements.filter(e => e.offsetParent !== null).map(e =>
            [e.outerHTML.slice(0, 60), getComputedStyle(e).backgroundColor,
             getComputedStyle(e).borderTopStyle, getComputedStyle(e).color])""",
    )
    assert backgrounds
    assert [item for item in backgrounds if item[1] in BROWSER_GREY or item[2] == "outset"] == []
    # Text never the colour of its own background (a white tab's white label).
    assert [item for item in backgrounds if item[1] == item[3]] == []


def test_most_viewed_page_lists_no_section_page(page):
    page.goto("/")
    home_title = page.get_by_role("heading", level=1).text_content().strip()
    page.goto(PUBLIC_PAGES["most-viewed"])
    titles = page.locator(".most-viewed__list a").all_text_contents()
    assert titles
    assert not {title.strip() for title in titles} & {*SECTION_TITLES, home_title}
