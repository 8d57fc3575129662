"""A 375-pixel-wide phone: no page scrolls sideways, the menu opens, numbers stay
whole, filters fold behind "Lọc", wide tables stack, taps land, and the home page
shows documents and the most viewed within its first screens (issue #23, point 4)."""

import pytest
from playwright.sync_api import expect

from tests.browser.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

# Apple's and WCAG 2.5.5's minimum: 44 CSS pixels each way.
MIN_TAP = 44
# A common small phone (iPhone SE): the home page's documents and most viewed must
# start within its first two screens (issue #23, point 4: before the third screen).
SMALL_PHONE = {"width": 375, "height": 667}


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


def _line_counts(page, selector):
    """The number of line boxes of each visible element matching `selector`."""
    return page.eval_on_selector_all(
        selector,
        "elements => elements.filter(e => e.offsetParent !== null)"
        ".map(e => [e.textContent, e.getClientRects().length])",
    )


@pytest.mark.parametrize("name", ["archive", "document", "plan", "profile", "home"])
def test_phone_document_numbers_stay_on_one_line(phone_page, name):
    phone_page.goto(PUBLIC_PAGES[name])
    numbers = _line_counts(phone_page, ".doc-number")
    assert numbers, "no document number on the page"
    assert [text for text, lines in numbers if lines != 1] == []


@pytest.mark.parametrize("name", ["archive", "profile-index"])
def test_phone_filters_fold_behind_one_button(phone_page, name):
    phone_page.goto(PUBLIC_PAGES[name])
    toggle = phone_page.locator(".filter-fold__toggle")
    fields = phone_page.locator(".filter-fold select")
    expect(toggle).to_have_count(1)
    expect(toggle).to_have_text("Lọc")
    expect(fields.first).to_be_hidden()
    toggle.click()
    expect(fields.first).to_be_visible()
    toggle.click()
    expect(fields.first).to_be_hidden()


@pytest.mark.parametrize("name", ["archive", "profile-index"])
def test_desktop_filters_are_open(page, name):
    page.goto(PUBLIC_PAGES[name])
    expect(page.locator(".filter-fold select").first).to_be_visible()


@pytest.mark.parametrize("name", ["plan", "archive", "clusters", "event"])
def test_phone_wide_table_rows_are_stacked_cards(phone_page, name):
    phone_page.goto(PUBLIC_PAGES[name])
    row = phone_page.locator(
        ".stack-table tbody tr:not(.task-schedule__group):not(.agenda__day)"
    ).first
    boxes = [cell.bounding_box() for cell in row.locator("td").all()]
    boxes = [box for box in boxes if box and box["height"] > 0]
    row_box = row.bounding_box()
    assert len(boxes) >= 3
    # One cell under another, each as wide as its card, none beside the next.
    assert all(
        after["y"] >= before["y"] + before["height"] - 1
        for before, after in zip(boxes, boxes[1:], strict=False)
    )
    assert all(box["width"] >= row_box["width"] * 0.9 for box in boxes)
    label = phone_page.evaluate(
        "cell => getComputedStyle(cell, '::before').content",
        row.locator("td").nth(1).element_handle(),
    )
    assert label.strip('"')


def test_phone_cluster_tables_do_not_scroll_sideways(phone_page):
    phone_page.goto(PUBLIC_PAGES["clusters"])
    widths = phone_page.eval_on_selector_all(
        ".cluster table",
        "tables => tables.map(t => [t.parentElement.scrollWidth, t.parentElement.clientWidth])",
    )
    assert widths, "no cluster table on the page"
    assert [pair for pair in widths if pair[0] > pair[1]] == []


def test_phone_event_agenda_does_not_scroll_sideways(phone_page):
    phone_page.goto(PUBLIC_PAGES["event"])
    agenda = phone_page.locator("table.agenda")
    expect(agenda).to_have_count(1)
    # Inside its .table-wrap the page itself never scrolls: the table must fit too.
    table_width, wrap_width = agenda.evaluate(
        "table => [table.scrollWidth, table.parentElement.clientWidth]"
    )
    assert table_width <= wrap_width


def _small_targets(page, selector):
    return page.eval_on_selector_all(
        selector,
        f"""elements => elements.filter(e => e.offsetParent !== null).map(e => {{
            const box = e.getBoundingClientRect();
            return [e.textContent.trim() || e.getAttribute('aria-label') || e.tagName,
                    Math.round(box.width), Math.round(box.height)];
        }}).filter(([, w, h]) => w < {MIN_TAP} || h < {MIN_TAP})""",
    )


def test_phone_header_and_menu_tap_targets_are_44_pixels(phone_page):
    phone_page.goto("/")
    phone_page.locator(".main-nav__toggle").click()
    selector = ".site-header a, .site-header button, .site-header input"
    assert _small_targets(phone_page, selector) == []


@pytest.mark.parametrize("name", ["archive", "profile-index"])
def test_phone_filter_tap_targets_are_44_pixels(phone_page, name):
    phone_page.goto(PUBLIC_PAGES[name])
    phone_page.locator(".filter-fold__toggle").click()
    selector = ", ".join(
        f".filter-fold {element}" for element in ("summary", "a", "button", "select", "input")
    )
    assert _small_targets(phone_page, selector) == []


@pytest.mark.parametrize("box", [".latest-documents", ".most-viewed"])
def test_phone_home_page_shows_documents_and_most_viewed_before_the_third_screen(new_page, box):
    page = new_page(phone=True, viewport=SMALL_PHONE)
    page.goto("/")
    top = page.locator(box).bounding_box()["y"]
    assert top < 2 * SMALL_PHONE["height"]
