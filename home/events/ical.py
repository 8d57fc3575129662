"""The iCalendar (.ics) files of the congress index and of each event."""

from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Site


def events_calendar(events, request):
    """An iCalendar (.ics) response holding `events`."""
    # Imported here: few requests ask for a calendar, and icalendar would add 8 MiB
    # to every worker.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Ban Thi dua - Khen thuong//Cong thong tin//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    # The site's own name, not the Host header: the page cache keeps one calendar
    # per site (portal/sites.py), whichever allowed name asked first.
    site = Site.find_for_request(request)
    host = site.hostname if site is not None else request.get_host().split(":")[0]
    stamp = timezone.now()
    for event in events:
        entry = Event()
        entry.add("uid", f"congress-event-{event.pk}@{host}")
        entry.add("dtstamp", stamp)
        entry.add("summary", event.title)
        entry.add("dtstart", event.starts_at)
        entry.add("dtend", event.ends_at)
        entry.add("location", event.venue)
        if event.lead:
            entry.add("description", event.lead)
        entry.add("url", event.get_full_url(request))
        calendar.add_component(entry)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="dai-hoi-thi-dua.ics"'
    return response
