"""A 375-pixel-wide phone: no page scrolls sideways and the menu opens."""

import pytest
from playwright.sync_api import expect

from tests.browser.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_phone_page_has_no_horizontal_scrolling(phone_page, path):
    response = phone_page.goto(path)
    assert response.status == 200
    width, viewport = phone_page.evaluate(
        "[document.scrollingElement.scrollWidth, window.innerWidth]"
    )
    assert width <= viewport


def test_phone_menu_is_closed_until_its_toggle_opens_it(phone_page):
    phone_page.goto("/")
    toggle = phone_page.locator(".main-nav__toggle")
    links = phone_page.locator("#main-nav-list a")
    expect(toggle).to_be_visible()
    expect(links.first).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    for link in links.all():
        expect(link).to_be_visible()


def test_phone_menu_link_leads_to_its_page(phone_page):
    phone_page.goto("/")
    phone_page.locator(".main-nav__toggle").click()
    phone_page.locator("#main-nav-list").get_by_role("link", name="Tin tức").click()
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Tin tức")
