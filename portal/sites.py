"""The Wagtail site a request resolves to, as cache keys name it.

Keys of the page cache and of the remembered routes name the site, never the Host
header: any port (and, with a wildcard in ALLOWED_HOSTS, any sub-domain) reaches
the same site, and must not make entries of its own. Wagtail's own rules
(`Site.find_for_request`: host name, then port, then the default site) decide,
with one query; each process remembers the answer for a host name and port until
the page cache's generation changes, which saving a site does
(portal/cache_purge.py), so a warm worker resolves a site without a query.
"""

from django.http.request import split_domain_port
from wagtail.models import Site

# Addresses one process remembers per generation. ALLOWED_HOSTS bounds the host
# names unless it holds a wildcard; past this bound each new one costs a query.
MAX_REMEMBERED = 256
# Not resolved in this process and generation (and no query was allowed).
UNKNOWN = object()

_remembered = {"generation": None, "sites": {}}


def site_id(request, generation, resolve=True):
    """The id of the request's site (None without any site), or UNKNOWN when it is
    not remembered and `resolve` is False (outside Django's request handling, where
    no query may run). Raises DisallowedHost for a host outside ALLOWED_HOSTS."""
    address = (split_domain_port(request.get_host())[0], request.get_port())
    if _remembered["generation"] != generation:
        _remembered["generation"] = generation
        _remembered["sites"] = {}
    known = _remembered["sites"]
    if address in known:
        return known[address]
    if not resolve:
        return UNKNOWN
    # Sets request._wagtail_site, so Wagtail does not ask again for this request; a
    # view that already resolved it costs no query here.
    site = Site.find_for_request(request)
    found = site.pk if site is not None else None
    if len(known) < MAX_REMEMBERED:
        known[address] = found
    return found
