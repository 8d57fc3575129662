"""Dashboard panels: recently published pages and pages without English."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _panel(html, panel_id):
    start = html.index(f'id="{panel_id}"')
    return html[start : html.index("</section>", start)]


def _published(parent, title, days_ago):
    page = StandardPageFactory(parent=parent, title=title)
    page.last_published_at = timezone.now() - timedelta(days=days_ago)
    page.save(update_fields=["last_published_at"])
    return page


def test_recently_published_lists_newest_first(admin_client, home_page):
    _published(home_page, "Bài đăng hôm qua", 1)
    _published(home_page, "Bài đăng hôm nay", 0)
    panel = _panel(admin_client.get("/admin/").content.decode(), "recently-published-panel")
    assert panel.index("Bài đăng hôm nay") < panel.index("Bài đăng hôm qua")


def test_recently_published_shows_ten_pages(admin_client, home_page):
    for day in range(12):
        _published(home_page, f"Bài số {day:02d}", day)
    panel = _panel(admin_client.get("/admin/").content.decode(), "recently-published-panel")
    assert panel.count("/admin/pages/") == 10
    assert "Bài số 11" not in panel


def test_recently_published_leaves_out_drafts(admin_client, home_page):
    StandardPageFactory(parent=home_page, title="Bản nháp chưa đăng", live=False)
    panel = _panel(admin_client.get("/admin/").content.decode(), "recently-published-panel")
    assert "Bản nháp chưa đăng" not in panel


def test_missing_english_lists_untranslated_live_pages(admin_client, home_page):
    StandardPageFactory(parent=home_page, title="Trang chưa dịch")
    panel = _panel(admin_client.get("/admin/").content.decode(), "missing-english-panel")
    assert "Trang chưa dịch" in panel


def test_missing_english_leaves_out_translated_pages(admin_client, home_page, locales):
    page = StandardPageFactory(parent=home_page, title="Trang đã dịch")
    page.copy_for_translation(locales["en"], copy_parents=True)
    panel = _panel(admin_client.get("/admin/").content.decode(), "missing-english-panel")
    assert "Trang đã dịch" not in panel


def test_missing_english_leaves_out_drafts(admin_client, home_page):
    StandardPageFactory(parent=home_page, title="Nháp chưa dịch", live=False)
    panel = _panel(admin_client.get("/admin/").content.decode(), "missing-english-panel")
    assert "Nháp chưa dịch" not in panel


def test_most_viewed_panel_is_kept(admin_client):
    assert 'id="most-viewed-panel-heading"' in admin_client.get("/admin/").content.decode()
