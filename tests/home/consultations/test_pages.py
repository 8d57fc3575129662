"""The consultation index and pages as readers and editors see them."""

import datetime as dt

import pytest
from django.conf import settings
from django.utils import timezone

from tests.factories import UserFactory
from tests.home.consultations.factories import make_consultation

pytestmark = pytest.mark.django_db


def test_index_lists_open_consultations_first(client, index, closed_consultation):
    make_consultation(index, "mo-sau", title="Đợt mở sau")
    html = client.get(index.url).content.decode()
    assert html.index("Đợt mở sau") < html.index("Đợt đã kết thúc")


def test_closed_page_says_the_period_is_over(client, closed_consultation):
    html = client.get(closed_consultation.url).content.decode()
    assert "Đã hết thời hạn lấy ý kiến." in html


def test_closed_page_links_to_no_form(client, closed_consultation):
    html = client.get(closed_consultation.url).content.decode()
    assert "gui-y-kien/" not in html


def test_open_page_links_to_the_form(client, open_consultation):
    assert "gui-y-kien/" in client.get(open_consultation.url).content.decode()


def test_page_lists_candidates(client, open_consultation):
    assert "Nguyễn Thị Lan" in client.get(open_consultation.url).content.decode()


def test_page_carries_no_csrf_token(client, open_consultation):
    assert "csrfmiddlewaretoken" not in client.get(open_consultation.url).content.decode()


def test_coming_consultation_is_not_open_yet(client, index):
    today = timezone.localdate()
    page = make_consultation(
        index,
        "sap-mo",
        opens_on=today + dt.timedelta(days=2),
        closes_on=today + dt.timedelta(days=20),
    )
    html = client.get(page.url + "gui-y-kien/").content.decode()
    assert "Chưa đến thời gian lấy ý kiến." in html


def test_editor_is_warned_of_a_short_period(client, index):
    today = timezone.localdate()
    page = make_consultation(index, "ngan", opens_on=today, closes_on=today + dt.timedelta(days=3))
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(f"/{settings.ADMIN_PATH}/pages/{page.pk}/edit/").content.decode()
    assert "ít hơn 10 ngày làm việc" in html


def test_editor_is_not_warned_of_a_long_period(client, open_consultation):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(f"/{settings.ADMIN_PATH}/pages/{open_consultation.pk}/edit/").content.decode()
    assert "ít hơn 10 ngày làm việc" not in html
