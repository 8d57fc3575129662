"""When a consultation is open, counted in the province's time (Asia/Ho_Chi_Minh,
the site's TIME_ZONE): it opens at the start of `opens_on` and closes at the end of
`closes_on`, whatever the server's clock zone."""

import datetime as dt

from django.utils import timezone

# Nghị định 98/2023/NĐ-CP, k2 Điều 46: at least ten working days of public comment.
MIN_WORKING_DAYS = 10


def start_of(day):
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def opens_at(opens_on):
    return start_of(opens_on)


def closes_at(closes_on):
    """The first moment after the closing date."""
    return start_of(closes_on + dt.timedelta(days=1))


def is_open(opens_on, closes_on, now=None):
    now = now or timezone.now()
    return opens_at(opens_on) <= now < closes_at(closes_on)


def working_days(opens_on, closes_on):
    """Monday to Friday from `opens_on` to `closes_on`, both counted. Public holidays
    are not known to the portal, so the count may be high around Tết: the editor is
    warned, never refused."""
    if closes_on < opens_on:
        return 0
    days = (closes_on - opens_on).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(rest):
        if (opens_on + dt.timedelta(days=weeks * 7 + offset)).weekday() < 5:
            count += 1
    return count


def next_change(periods, now=None):
    """The next moment any of the (opens_on, closes_on) periods opens or closes, or
    None when none of them will change any more."""
    now = now or timezone.now()
    moments = [
        moment
        for opens_on, closes_on in periods
        for moment in (opens_at(opens_on), closes_at(closes_on))
        if moment > now
    ]
    return min(moments, default=None)


def seconds_until(moment, now=None):
    if moment is None:
        return None
    return max(int((moment - (now or timezone.now())).total_seconds()), 0)


def keep_fresh(response, periods, now=None):
    """Mark `response` not to be stored when one of `periods` opens or closes before
    a stored copy would expire. The page cache keeps a page PAGE_CACHE_SECONDS and
    browsers another CACHE_CONTROL_MAX_AGE (portal/page_cache.py), so a page rendered
    closer than that to a change must not be shared: a reader would be shown an open
    form after closing. Further away, the page is cached like any other."""
    from django.conf import settings
    from django.utils.cache import patch_cache_control

    lifetime = settings.PAGE_CACHE_SECONDS + settings.CACHE_CONTROL_MAX_AGE
    remaining = seconds_until(next_change(periods, now), now)
    if remaining is not None and remaining <= lifetime:
        patch_cache_control(response, private=True, no_cache=True)
    return response
