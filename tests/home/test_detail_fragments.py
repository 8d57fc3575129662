"""The detail pages' content as one cached fragment (issue #25.2): read from the
cache on a warm request, while the clock (an event's status, a consultation's
state) and the award list's page number still pick what is shown."""

import datetime as dt

import pytest
from django.utils import timezone

from home.models import CongressEventPage, ModelProfilePage
from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
)

pytestmark = pytest.mark.django_db


def test_profile_content_comes_from_the_fragment_cache(client, fragment_cache, home_page):
    profile = ModelProfilePageFactory(parent=ModelProfileIndexPageFactory(parent=home_page))
    client.get(profile.url)
    ModelProfilePage.objects.filter(pk=profile.pk).update(position="Chức vụ đổi âm thầm")
    assert "Chức vụ đổi âm thầm" not in client.get(profile.url).content.decode()


def test_event_status_changes_with_the_clock_despite_the_fragment(
    client, fragment_cache, home_page
):
    start = timezone.now() + dt.timedelta(days=3)
    event = CongressEventPageFactory(
        parent=CongressEventIndexPageFactory(parent=home_page),
        starts_at=start,
        ends_at=start + dt.timedelta(hours=4),
    )
    assert "Sắp diễn ra" in client.get(event.url).content.decode()
    # The same page, now in the past, without a publish (and so without a purge).
    past = timezone.now() - dt.timedelta(days=3)
    CongressEventPage.objects.filter(pk=event.pk).update(
        starts_at=past, ends_at=past + dt.timedelta(hours=4)
    )
    html = client.get(event.url).content.decode()
    assert "Đã diễn ra" in html
    assert "Sắp diễn ra" not in html
