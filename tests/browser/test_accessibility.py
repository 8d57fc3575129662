"""axe-core on the main public pages: no violation of the WCAG 2.1 A and AA rules."""

import pytest

from tests.browser.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

AUDITED = [
    "home", "archive", "plan", "profile-index", "profile", "event", "search", "english-home"
]


@pytest.fixture
def audit_page(new_page):
    # axe is injected as an inline script, which the site's Content-Security-Policy
    # rightly refuses; the audit's own browser context lets it run.
    return new_page(bypass_csp=True)


@pytest.mark.parametrize("name", AUDITED)
def test_page_has_no_wcag_21_aa_violations(audit_page, axe, name):
    audit_page.goto(PUBLIC_PAGES[name])
    assert axe(audit_page) == []


@pytest.mark.parametrize("name", ["home", "archive"])
def test_phone_page_has_no_wcag_21_aa_violations(new_page, axe, name):
    page = new_page(phone=True, bypass_csp=True)
    page.goto(PUBLIC_PAGES[name])
    page.locator(".main-nav__toggle").click()
    assert axe(page) == []


def test_audit_reports_an_image_without_alternative_text(audit_page, axe):
    # The audit itself must be able to fail.
    audit_page.goto("/")
    audit_page.evaluate(
        """() => { const img = document.createElement("img");
        img.src = "/static/img/favicon.svg"; document.querySelector("main").append(img); }"""
    )
    assert any(line.startswith("image-alt:") for line in axe(audit_page))
