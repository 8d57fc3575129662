import re

import pytest
from csp.constants import NONCE, SELF
from csp.utils import build_policy
from django.http import HttpResponse

from portal.fences.csp import CSPMiddleware
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# A <script> without src that is not a JSON data island would need 'unsafe-inline'.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>"
)
INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<[^>]+\sstyle\s*=|<style[\s>]", re.IGNORECASE)


@pytest.fixture
def public_urls(home_page):
    StandardPageFactory(parent=home_page, slug="gioi-thieu", title="Giới thiệu")
    return ["/", "/en/", "/gioi-thieu/", "/tim-kiem/?q=thi+dua", "/khong-ton-tai/"]


def test_public_pages_send_a_strict_content_security_policy(client, public_urls):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_public_pages_hold_no_inline_script_style_or_handler(client, public_urls):
    for url in public_urls:
        html = client.get(url).content.decode()
        assert not INLINE_SCRIPT.search(html), url
        assert not INLINE_HANDLER.search(html), url
        assert not INLINE_STYLE.search(html), url


def test_admin_is_left_without_the_public_policy(client, home_page):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" not in response


def test_policy_is_the_one_django_csp_builds_from_the_settings(client, home_page):
    assert client.get("/")["Content-Security-Policy"] == build_policy()


def test_response_that_updates_the_policy_gets_its_own_header(rf):
    response = HttpResponse()
    response._csp_update = {"img-src": ["https://images.example.org"]}
    middleware = CSPMiddleware(lambda request: response)
    header = middleware(rf.get("/"))["Content-Security-Policy"]
    assert "https://images.example.org" in header


def test_response_that_used_a_nonce_gets_it_in_the_header(rf, settings):
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"script-src": [SELF, NONCE]}}
    middleware = CSPMiddleware(lambda request: HttpResponse(str(request.csp_nonce)))
    response = middleware(rf.get("/"))
    assert f"'nonce-{response.content.decode()}'" in response["Content-Security-Policy"]
