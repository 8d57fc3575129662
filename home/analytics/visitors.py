"""Who is asking: bots, and an anonymous visitor id that is not an IP address."""

import hashlib
import secrets
from datetime import timedelta

from crawlerdetect import CrawlerDetect
from django.core.cache import cache
from django.utils import timezone

from portal.client_address import client_address

# The salt outlives its day a little so visitors seen just before midnight still
# match; once it expires the hashes made with it can no longer be linked to anyone.
SALT_TTL = int(timedelta(days=2).total_seconds())

_crawlers = CrawlerDetect()


def user_agent(request):
    return request.headers.get("User-Agent", "").strip()


def is_bot(request):
    """True for an empty user agent or one on crawlerdetect's maintained list."""
    agent = user_agent(request)
    return not agent or _crawlers.is_crawler(agent)


# The salt of the day this process last used, so a beacon costs no cache round trip
# for it: two of them per beacon were a third of the endpoint's CPU.
_salt_of_day = {}
# While the cache (Redis) is unreachable, a salt of this process's own: never an
# unsalted hash, at the price of one reader counting once per process meanwhile.
_fallback_salt = {}


def _daily_salt():
    day = timezone.localdate().isoformat()
    salt = _salt_of_day.get(day)
    if salt is None:
        key = f"views:salt:{day}"
        # add() keeps the first salt when two processes race on a new day.
        cache.add(key, secrets.token_hex(16), SALT_TTL)
        salt = cache.get(key)
        if salt is None:
            if day not in _fallback_salt:
                _fallback_salt.clear()
                _fallback_salt[day] = secrets.token_hex(16)
            return _fallback_salt[day]
        _salt_of_day.clear()
        _salt_of_day[day] = salt
    return salt


def visitor_id(request):
    """A hash of address and browser with today's salt: stable for a day, then unlinkable.
    The address is the reader's, also behind a proxy (portal/client_address.py)."""
    material = "|".join((_daily_salt(), client_address(request), user_agent(request)))
    return hashlib.sha256(material.encode()).hexdigest()
