import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from home.models import EventStatus
from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
)
from tests.home.queries import count_queries

pytestmark = pytest.mark.django_db

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def event_index(home_page):
    return CongressEventIndexPageFactory(parent=home_page)


def _event(index, **fields):
    return CongressEventPageFactory(parent=index, **fields)


@pytest.mark.parametrize(
    ("ordinal", "shown"), [(1, "lần thứ I"), (4, "lần thứ IV"), (10, "lần thứ X")]
)
def test_event_page_shows_ordinal_in_roman(client, event_index, ordinal, shown):
    event = _event(event_index, ordinal=ordinal)
    assert shown in client.get(event.url).content.decode()


# An event on 12 June 2030 from 00:00 to 23:59 Vietnam time, i.e. from 17:00 UTC on
# 11 June: a naive reading of the dates in UTC would get both edges wrong.
@pytest.fixture
def midnight_event(event_index):
    return _event(
        event_index,
        starts_at=dt.datetime(2030, 6, 12, 0, 0, tzinfo=HCM),
        ends_at=dt.datetime(2030, 6, 12, 23, 59, tzinfo=HCM),
    )


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (dt.datetime(2030, 6, 11, 23, 59, 59, tzinfo=HCM), EventStatus.UPCOMING),
        (dt.datetime(2030, 6, 11, 17, 0, 0, tzinfo=dt.UTC), EventStatus.IN_PROGRESS),
        (dt.datetime(2030, 6, 12, 0, 0, 0, tzinfo=HCM), EventStatus.IN_PROGRESS),
        (dt.datetime(2030, 6, 12, 23, 59, 0, tzinfo=HCM), EventStatus.IN_PROGRESS),
        (dt.datetime(2030, 6, 12, 16, 59, 30, tzinfo=dt.UTC), EventStatus.HELD),
        (dt.datetime(2030, 6, 13, 0, 0, 1, tzinfo=HCM), EventStatus.HELD),
    ],
)
def test_event_status_around_midnight_in_vietnam(midnight_event, moment, status):
    midnight_event.refresh_from_db()
    assert midnight_event.status_at(moment) == status


def test_event_status_uses_current_time(event_index):
    event = _event(
        event_index,
        starts_at=timezone.now() - dt.timedelta(hours=1),
        ends_at=timezone.now() + dt.timedelta(hours=1),
    )
    assert event.status == EventStatus.IN_PROGRESS


def test_event_page_shows_times_in_vietnam_time(client, midnight_event):
    html = client.get(midnight_event.url).content.decode()
    assert "00:00 12/06/2030" in html
    assert 'datetime="2030-06-12T00:00:00+07:00"' in html


def _calendar_events(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return list(calendar.walk("VEVENT"))


def test_event_ics_holds_start_end_and_venue(client, midnight_event):
    response = client.get(midnight_event.url + "ics/")
    assert response["Content-Type"].startswith("text/calendar")
    (entry,) = _calendar_events(response)
    assert entry.decoded("dtstart") == dt.datetime(2030, 6, 12, 0, 0, tzinfo=HCM)
    assert entry.decoded("dtend") == dt.datetime(2030, 6, 12, 23, 59, tzinfo=HCM)
    assert str(entry["location"]) == midnight_event.venue
    assert str(entry["summary"]) == midnight_event.title


def test_event_ics_names_the_site_not_the_host_header(client, midnight_event):
    response = client.get(midnight_event.url + "ics/", HTTP_HOST="127.0.0.1:8123")
    (entry,) = _calendar_events(response)
    assert str(entry["uid"]).endswith("@localhost")


def test_index_ics_lists_only_upcoming_events(client, event_index):
    now = timezone.now()
    _event(
        event_index,
        title="Sắp tới",
        starts_at=now + dt.timedelta(days=3),
        ends_at=now + dt.timedelta(days=3, hours=4),
    )
    _event(
        event_index,
        title="Đã xong",
        starts_at=now - dt.timedelta(days=30),
        ends_at=now - dt.timedelta(days=30) + dt.timedelta(hours=4),
    )
    response = client.get(event_index.url + "ics/")
    summaries = [str(entry["summary"]) for entry in _calendar_events(response)]
    assert summaries == ["Sắp tới"]


def test_index_separates_upcoming_and_held(client, event_index):
    now = timezone.now()
    upcoming = _event(
        event_index,
        starts_at=now + dt.timedelta(days=3),
        ends_at=now + dt.timedelta(days=3, hours=4),
    )
    held = _event(
        event_index,
        starts_at=now - dt.timedelta(days=3),
        ends_at=now - dt.timedelta(days=3) + dt.timedelta(hours=4),
    )
    context = client.get(event_index.url).context
    assert [e.id for e in context["upcoming_events"]] == [upcoming.id]
    assert [e.id for e in context["held_events"]] == [held.id]


def test_event_page_shows_agenda_honourees_and_next_level(client, home_page, event_index):
    profile = ModelProfilePageFactory(
        parent=ModelProfileIndexPageFactory(parent=home_page), title="Hợp tác xã Đồng Xanh"
    )
    province = _event(event_index, title="Đại hội cấp tỉnh lần thứ V")
    event = _event(
        event_index,
        next_level_event=province,
        agenda=[
            ("day", {"date": dt.date(2030, 6, 12), "title": "Phiên chính thức"}),
            ("item", {"time": dt.time(8, 0), "item": "Khai mạc", "presenter": "Chủ tịch UBND"}),
        ],
    )
    event.honourees.create(profile=profile, note="Tham luận")
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "Phiên chính thức" in html
    assert "08:00" in html and "Khai mạc" in html and "Chủ tịch UBND" in html
    assert "Hợp tác xã Đồng Xanh" in html
    assert f'href="{province.url}"' in html


def _add_events(index, count):
    now = timezone.now()
    for offset in range(count):
        _event(
            index,
            starts_at=now + dt.timedelta(days=offset + 1),
            ends_at=now + dt.timedelta(days=offset + 1, hours=6),
        )
        _event(
            index,
            starts_at=now - dt.timedelta(days=offset + 1),
            ends_at=now - dt.timedelta(days=offset + 1) + dt.timedelta(hours=6),
        )


def test_event_index_queries_do_not_grow(client, event_index):
    _add_events(event_index, 1)
    small = count_queries(client, event_index.url)
    _add_events(event_index, 8)
    assert count_queries(client, event_index.url) == small


def test_event_ics_queries_do_not_grow(client, event_index):
    _add_events(event_index, 1)
    small = count_queries(client, event_index.url + "ics/")
    _add_events(event_index, 8)
    assert count_queries(client, event_index.url + "ics/") == small
