"""The reader's address, the one answer for rate limits, django-axes and visitor counts.

gunicorn listens on 127.0.0.1, so a real site sits behind nginx or a load balancer and
REMOTE_ADDR is the proxy's address for every reader. `settings.CLIENT_ADDRESS` (README
"Behind a proxy") names the header the proxies write and how many of them to trust;
with no proxy trusted (the default) REMOTE_ADDR is the answer, as it was before.

Each trusted proxy appends the address it received the request from to
X-Forwarded-For, so with N proxies the reader is the Nth address from the right.
Everything left of it was written by the reader and could be anything, so it is
never read. A header that is missing, too short or not an address gives REMOTE_ADDR:
a request that did not come through the proxies counts as the address it came from.
"""

import ipaddress

from django.conf import settings

# Stands for an address that is no address (an empty REMOTE_ADDR from a Unix socket):
# django-ratelimit needs something it can parse.
UNKNOWN_ADDRESS = "0.0.0.0"


def _parse(value):
    """The normalised address in one header entry, or None. Load balancers that add
    the port ("203.0.113.7:51234", "[2001:db8::1]:51234") are understood."""
    value = value.strip()
    if value.startswith("[") and "]" in value:
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def address_from_meta(meta):
    """The client address for a WSGI environ or `request.META`."""
    config = settings.CLIENT_ADDRESS
    proxies = config["TRUSTED_PROXIES"]
    remote = meta.get("REMOTE_ADDR") or ""
    fallback = _parse(remote) or UNKNOWN_ADDRESS
    if proxies < 1:
        return fallback
    header = meta.get(config["HEADER"])
    if not isinstance(header, str) or len(header) > 4096:
        return fallback
    entries = header.split(",")
    if len(entries) < proxies:
        return fallback
    return _parse(entries[-proxies]) or fallback


def client_address(request):
    """The client address of a Django request; settings name it for django-axes
    (AXES_CLIENT_IP_CALLABLE) and django-ratelimit (RATELIMIT_IP_META_KEY)."""
    return address_from_meta(request.META)
