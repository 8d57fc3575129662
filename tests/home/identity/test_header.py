"""The board's identity in the public header and the browser tab: emblem or uploaded
logo, parent body over board name, hotline, date line left to the browser."""

import re

import pytest
import wagtail_factories

from home.models import PortalSettings

pytestmark = pytest.mark.django_db


def _header(client, path="/"):
    html = client.get(path).content.decode()
    return html[html.index("<header") : html.index("</header>")]


def test_header_shows_the_shipped_emblem_without_a_logo(home_page, client):
    assert 'src="/static/img/emblem.svg"' in _header(client)


def test_header_shows_the_uploaded_logo(home_page, client):
    portal = PortalSettings.objects.get()
    portal.logo = wagtail_factories.ImageFactory()
    portal.save()
    header = _header(client)
    assert "emblem.svg" not in header
    logo = re.search(r'<img[^>]*class="site-brand__logo"[^>]*>', header).group()
    assert 'src="/media/images/' in logo
    assert 'alt=""' in logo


def test_header_puts_the_parent_body_before_the_board_name(home_page, client):
    header = _header(client)
    assert header.index("Sở Nội vụ tỉnh Thử Nghiệm") < header.index("Ban Thi đua – Khen thưởng")


def test_english_header_names_the_board_in_english(home_page, client):
    header = _header(client, "/en/")
    assert "Department of Home Affairs, Test Province" in header
    assert "Emulation and Commendation Board" in header


def test_header_dials_the_hotline(home_page, client):
    portal = PortalSettings.objects.get()
    portal.hotline = "0200 3 000 999"
    portal.save()
    assert '<a href="tel:02003000999">0200 3 000 999</a>' in _header(client)


def test_header_without_hotline_shows_no_hotline(home_page, client):
    assert "tel:" not in _header(client)


def test_date_line_is_left_to_the_browser(home_page, client):
    # Pages and the header fragment are cached: a date written here could be stale.
    header = _header(client)
    assert re.search(r"<p[^>]*data-dateline[^>]*hidden></p>", header)
    assert "/static/js/dateline.js" in client.get("/").content.decode()


def test_favicon_is_the_shipped_icon_without_a_logo(home_page, client):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg"' in html


def test_favicon_is_drawn_from_the_logo(home_page, client):
    portal = PortalSettings.objects.get()
    portal.logo = wagtail_factories.ImageFactory()
    portal.save()
    html = client.get("/").content.decode()
    assert re.search(r'<link rel="icon" href="/media/images/[^"]+\.fill-64x64', html)


def test_hotline_dial_keeps_digits_and_plus():
    assert PortalSettings(hotline="+84 205 3 812-399").hotline_dial == "+842053812399"
