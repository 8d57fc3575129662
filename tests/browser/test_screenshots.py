"""Screenshots of each public page type at desktop and phone widths, kept in
var/screenshots/ as artifacts of the test run for people to look at."""

import pytest

from tests.browser.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_screenshots_of_every_public_page_type_are_saved(new_page, screenshots, phone):
    page = new_page(phone=phone)
    width = "phone" if phone else "desktop"
    for name, path in PUBLIC_PAGES.items():
        page.goto(path)
        target = screenshots / f"{name}-{width}.png"
        page.screenshot(path=target, full_page=True)
        assert target.read_bytes().startswith(PNG_SIGNATURE)
