"""Go-live and expiry dates take effect when `publish_scheduled` runs (from cron)."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _publish_scheduled():
    call_command("publish_scheduled", stdout=StringIO())


@pytest.fixture
def scheduled(home_page):
    """A page approved for publication tomorrow."""
    page = StandardPageFactory(parent=home_page, title="Bài hẹn giờ", live=False)
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_page_with_a_future_go_live_date_waits(scheduled):
    _publish_scheduled()
    scheduled.refresh_from_db()
    assert not scheduled.live


def test_page_goes_live_once_its_date_has_passed(scheduled):
    with time_machine.travel(timezone.now() + timedelta(days=1, minutes=5), tick=False):
        _publish_scheduled()
    scheduled.refresh_from_db()
    assert scheduled.live


def test_live_page_expires_after_its_expiry_date(home_page):
    page = StandardPageFactory(parent=home_page, title="Thông báo có hạn")
    page.expire_at = timezone.now() + timedelta(hours=2)
    page.save_revision().publish()
    with time_machine.travel(timezone.now() + timedelta(hours=3), tick=False):
        _publish_scheduled()
    page.refresh_from_db()
    assert not page.live
    assert page.expired
