from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model

from home.models import DailyDocumentDownloads
from tests.factories import DailyPageViewsFactory, StandardPageFactory
from tests.home.analytics.analytics_support import BROWSER, GOOGLEBOT, fresh_cache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]
__all__ = ["fresh_cache"]


@pytest.fixture
def viewed(home_page):
    popular = StandardPageFactory(parent=home_page, title="Bài đọc nhiều")
    quiet = StandardPageFactory(parent=home_page, title="Bài ít đọc")
    DailyPageViewsFactory(page=popular, views=40)
    DailyPageViewsFactory(page=quiet, views=2)
    return popular, quiet


def test_report_lists_pages_by_views(admin_client, viewed):
    response = admin_client.get("/admin/reports/page-views/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Bài đọc nhiều") < html.index("Bài ít đọc")


def test_report_exports_csv(admin_client, viewed):
    response = admin_client.get("/admin/reports/page-views/", {"period": "all", "export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    lines = content.strip().splitlines()
    assert len(lines) == 3
    assert "Bài đọc nhiều" in lines[1]
    assert lines[1].endswith(",40")


def test_report_is_in_the_reports_menu(admin_client, viewed):
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/reports/page-views/" in html


def test_dashboard_panel_shows_this_weeks_top_pages(admin_client, viewed):
    html = admin_client.get("/admin/").content.decode()
    assert "Bài đọc nhiều" in html


@pytest.fixture
def document():
    document = get_document_model()(title="Kế hoạch thi đua")
    document.file.save("ke-hoach.txt", ContentFile(b"noi dung"), save=False)
    document.save()
    return document


def _downloads(document):
    row = DailyDocumentDownloads.objects.filter(document=document).first()
    return row.downloads if row else 0


def test_document_download_is_counted(client, document):
    response = client.get(document.url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert _downloads(document) == 1


def test_document_download_by_bot_is_not_counted(client, document):
    client.get(document.url, HTTP_USER_AGENT=GOOGLEBOT)
    assert _downloads(document) == 0


def test_report_opens_on_the_last_seven_days(admin_client, viewed):
    popular, _quiet = viewed
    DailyPageViewsFactory(page=popular, day=timezone.localdate() - timedelta(days=40), views=7)
    rows = _csv_rows(admin_client, {})
    assert rows[1].endswith(",40")


def test_report_filters_by_date_range(admin_client, viewed):
    popular, _quiet = viewed
    old_day = timezone.localdate() - timedelta(days=40)
    DailyPageViewsFactory(page=popular, day=old_day, views=7)
    rows = _csv_rows(
        admin_client, {"day_from": old_day.isoformat(), "day_to": old_day.isoformat()}
    )
    assert len(rows) == 2
    assert rows[1].endswith(",7")


def _csv_rows(admin_client, params):
    response = admin_client.get("/admin/reports/page-views/", {**params, "export": "csv"})
    return b"".join(response.streaming_content).decode().strip().splitlines()
