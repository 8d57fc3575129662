"""Full-page cache for anonymous readers, and the Cache-Control headers of pages.

Anonymous GET and HEAD requests to pages served by Wagtail (and the search page) are
answered from the `pages` cache alias; everyone else gets a freshly rendered page. The
middleware sits outside SecurityMiddleware and the CSP middleware, so a page is stored
with the security headers they gave it and a hit skips their work, and before the
session, locale and authentication middleware, so a hit costs no SQL query at all.

Purging: every entry carries the generation token current when it was stored, the
token is kept in the same cache, and a purge replaces it (see `purge`); an entry
whose token is not the current one is never served. On Redis a worker learns each new
token from a channel and keeps the pages it served last in memory
(portal/local_pages.py), so a hit costs no round trip; otherwise token and entry are
read in one round trip (MGET). A new token retires every entry at once, for every
worker, and costs one write: the purge for changes whose reach is not known (menus,
snippets, settings, moves). A publish usually reaches a few pages only (the page,
its section, the home page, the search results): `page_versions.purge_scopes` retires those and
leaves the rest of the site cached (portal/page_scopes.py). Old entries are never
read again: the next fill of the address overwrites them, or they leave by their
timeout (Redis) or by culling (file cache).
"""

import hashlib
import logging
import re
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control

from portal import page_scopes, sites
from portal.fences import csp, wagtail_routes
from portal.local_pages import local_pages, publish
from portal.request_log import log_request

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache:generation"
VARIANTS_KEY = "page-cache:variants"
# Views whose language comes from the address (i18n_patterns without a prefix for
# Vietnamese), so neither the Accept-Language nor the Cookie header the response
# varies on changes what an anonymous reader gets.
CACHEABLE_VIEWS = frozenset({"wagtail_serve", "search"})
# Vary headers the key may ignore for those views: Cookie because only requests
# without a session cookie are cached (all of them see the same anonymous page),
# Accept-Language because the path fixes the language.
IGNORED_VARY = frozenset({"cookie", "accept-language"})
# Filter values are slugs, numbers or choice keys; anything longer or stranger is
# rendered but not cached, so hostile addresses cannot fill the cache.
QUERY_VALUE = re.compile(r"[\w-]{0,60}")
# The archive's filter form sends seven fields, most of them empty.
MAX_QUERY_PARAMS = 8
STATUS_HEADER = "X-Page-Cache"
# Where PageCacheApplication leaves the key it looked up and the generation it read,
# so the middleware neither reads nor computes them again on a miss.
LOOKUP_ENVIRON_KEY = "portal.page_cache.lookup"

logger = logging.getLogger(__name__)


def page_cache():
    return caches[CACHE_ALIAS]


def safely(operation, default=None):
    """The result of a cache operation, or `default` when the cache is unreachable:
    a cache that is down means pages are rendered, never that they fail."""
    try:
        return operation()
    except Exception as error:  # noqa: BLE001 - any cache failure degrades the same way
        logger.warning("Page cache unavailable: %s", error)
        return default


def current_generation(request=None):
    """The token every page key includes. A random token rather than a counter: if
    the cache drops the key (culling, eviction, restart) the next token can never
    equal one already used in keys, so old entries are not revived. Read once per
    request: every key of one request belongs to the same generation. With the cache
    unreachable, a token of its own that no stored key contains."""
    if request is not None:
        if not hasattr(request, "_page_cache_generation"):
            request._page_cache_generation = current_generation()
        return request._page_cache_generation
    local = _local()
    token = local.current_generation() if local is not None else None
    return token or safely(_stored_generation) or uuid.uuid4().hex


def _local():
    """This worker's pushed token and pages (portal/local_pages.py), Redis only."""
    return local_pages(page_cache(), GENERATION_KEY, _stored_generation)


def _stored_generation(cache=None):
    cache = cache or page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        # `add` lets concurrent workers agree on one token; workers that keep pages
        # in memory learn of it from the channel.
        if cache.add(GENERATION_KEY, new_token := uuid.uuid4().hex, None):
            publish(cache, GENERATION_KEY, new_token)
        token = cache.get(GENERATION_KEY)
    return token


def purge(cache=None):
    """Retire every cached page, for all workers, from the next request on. `cache`
    is the `pages` backend object to purge through (another worker's, in tests)."""
    cache = cache or page_cache()
    try:
        token = uuid.uuid4().hex
        cache.set(GENERATION_KEY, token, None)
        publish(cache, GENERATION_KEY, token)
    except Exception:
        # Readers may see the old pages until PAGE_CACHE_SECONDS have passed.
        logger.exception("Page cache purge failed")


def _served_page(request):
    """The Wagtail page the request was answered with, None for the search view."""
    route = wagtail_routes.resolved_route(request)
    return route[0] if route else None


def _query_is_cacheable(request):
    """True for no query string or a few short filter values from the allowed names.
    Free text (the keyword box `q`) is cached only when empty, as a filter form sends
    it: every searched word would be a new key."""
    if not request.META.get("QUERY_STRING"):
        return True
    params = request.GET
    if len(params) > MAX_QUERY_PARAMS:
        return False
    allowed = settings.PAGE_CACHE_QUERY_PARAMS
    for name in params:
        values = params.getlist(name)
        if len(values) != 1 or not QUERY_VALUE.fullmatch(values[0]):
            return False
        if name not in allowed and not (name == "q" and values[0] == ""):
            return False
    return True


def _never_stored(request):
    """Addresses outside the pages (static and media files, APIs, the admin): no entry
    is ever stored for them, so looking one up would be a wasted round trip."""
    files = tuple(url for url in (settings.STATIC_URL, settings.MEDIA_URL) if url.startswith("/"))
    routes = ("/api/", "/documents/", f"/{settings.ADMIN_PATH}/", "/healthz", "/sitemap.xml")
    return request.path.startswith(files) or request.path_info.startswith(routes)


def _may_use_cache(request):
    return (
        settings.PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and not _never_stored(request)
        # A session cookie means a logged-in editor, a preview or a passed page
        # password: such readers may see what others must not, so never share.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # Wagtail renders previews through the middleware with a dummy request,
        # which carries the editor's cookies only when the admin passed them on.
        and not getattr(request, "is_dummy", False)
        and _query_is_cacheable(request)
    )


def _page_key(request, resolve=True):
    """Scheme, the Wagtail site the request resolves to, path and raw query string:
    the same address always gives the same page, and no Host header (another port,
    another allowed name of the same site) makes entries of its own. HEAD reads the
    entry GET filled, as Django's own cache middleware does. None when the site is
    not known without a query and `resolve` is False."""
    site = sites.site_id(request, current_generation(request), resolve=resolve)
    if site is sites.UNKNOWN:
        return None
    address = f"{request.scheme}\n{site}\n{request.get_full_path()}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"page:{digest}"


def _cached_page(request, key):
    """The stored response for this address if it belongs to the current generation
    (read when the key was made, and kept on the request so the fragment cache and
    the rest read no more). The page comes from the worker's memory when it can (no
    round trip), otherwise from the cache."""
    generation = current_generation(request)
    local = _local()
    if local is not None:
        response = local.get(key, generation)
        if response is not None:
            return response
    entry = safely(lambda: page_cache().get(key))
    if isinstance(entry, tuple) and len(entry) == 3 and entry[0] == generation:
        if local is not None:
            local.put(key, generation, entry[1], stored_at=entry[2])
        return entry[1]
    return None


def _admit_variant(request):
    """Whether one more address with a query string may be stored now. The views,
    not this module, know which filter values exist, so any number sent as `?page=`
    or any slug as `?year=` renders a page; this counter, per generation and
    PAGE_CACHE_SECONDS, bounds how many of them the cache takes: at most twice
    PAGE_CACHE_MAX_VARIANTS are alive at once, whatever a client sends."""
    cache = page_cache()
    key = f"{VARIANTS_KEY}:{current_generation(request)}"
    cache.add(key, 0, settings.PAGE_CACHE_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:
        # The cache is unreachable (or just dropped the counter): store nothing.
        return False
    return count <= settings.PAGE_CACHE_MAX_VARIANTS


def _is_page_view(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in CACHEABLE_VIEWS


def _is_private(request):
    # Any session, not only a logged-in one: a session also carries the passwords a
    # reader entered for restricted pages. Deciding on the cookie costs no query.
    return (
        getattr(request, "is_preview", False)
        or getattr(request, "is_dummy", False)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    )


def _cache_control_forbids(response):
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part
    }
    return bool(directives & {"private", "no-cache", "no-store"}) or get_max_age(response) == 0


def _is_shareable(request, response):
    """Whether this response may go to every anonymous reader (and to a CDN)."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A CSRF token in the page is tied to one browser's cookie.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    # A CSP nonce in the HTML would not match the header of a later response.
    if csp.nonce_used(request):
        return False
    if _cache_control_forbids(response):
        return False
    vary = {
        header.strip().lower()
        for header in cc_delim_re.split(response.get("Vary", ""))
        if header.strip()
    }
    return vary <= IGNORED_VARY


class PageCacheMiddleware:
    """Answers anonymous readers from the `pages` cache and fills it; sets the
    Cache-Control header of pages and JSON endpoints."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = None
        cacheable = False
        looked_up = request.META.get(LOOKUP_ENVIRON_KEY)
        if looked_up is not None:
            # PageCacheApplication found no entry for this address a moment ago.
            key, request._page_cache_generation = looked_up
            cacheable = True
        elif _may_use_cache(request):
            cacheable = True
            # Without a query: a site this worker has not resolved in this
            # generation is resolved by the view (Wagtail), and the page stored then.
            key = _page_key(request, resolve=False)
            cached = _cached_page(request, key) if key is not None else None
            if cached is not None:
                cached[STATUS_HEADER] = "HIT"
                return cached
        response = self.get_response(request)
        if _is_page_view(request):
            self._page_headers(request, response, key if cacheable else False)
        elif request.path.startswith("/api/") and request.method in ("GET", "HEAD"):
            self._api_headers(request, response)
        return response

    def _page_headers(self, request, response, key):
        if _is_private(request):
            patch_cache_control(response, private=True, no_cache=True)
            return
        if not _is_shareable(request, response):
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_cache=True)
            return
        patch_cache_control(response, public=True, max_age=settings.CACHE_CONTROL_MAX_AGE)
        # False: not to be stored; None: to be stored, its site now known to the view.
        if key is False or request.method != "GET":
            return
        key = key or _page_key(request)
        if request.META.get("QUERY_STRING") and not safely(lambda: _admit_variant(request)):
            return
        seconds = settings.PAGE_CACHE_SECONDS
        # `set` answers None; True says it did not raise.
        # The time lets a worker's memory keep the page no longer than Redis does.
        entry = (current_generation(request), response, time.time())
        if safely(lambda: page_cache().set(key, entry, seconds) or True) and self._listed(
            request, key
        ):
            response[STATUS_HEADER] = "MISS"

    def _listed(self, request, key):
        """Record the entry in its scopes so a scoped purge finds it; an entry that
        could not be recorded is deleted, since only a site-wide purge would reach it."""
        cache = page_cache()
        if not page_scopes.supported(cache):
            return True
        page = _served_page(request)
        scopes = page_scopes.scopes_of(page)
        seconds = settings.PAGE_CACHE_SECONDS
        if safely(lambda: page_scopes.remember(cache, key, scopes, seconds)) and (
            # A scoped purge that ran while the page rendered, after its tokens were
            # read, may have missed this entry: the tokens tell.
            not page_scopes.changed_since_read(request, page, cache)
        ):
            return True
        safely(lambda: cache.delete(key))
        return False

    def _api_headers(self, request, response):
        # Search results and page data are the same for everyone; a short max-age
        # lets browsers and a CDN absorb bursts. Views that chose a lifetime keep it.
        if response.status_code == 200 and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=settings.CACHE_CONTROL_MAX_AGE)


def cached_response(request):
    """The stored page for this request, or None to let Django answer it. On a miss
    the key and the generation stay in the environ for the middleware."""
    try:
        if not _may_use_cache(request):
            return None
        # Validates the Host header: a disallowed host is Django's to refuse (400). A
        # site this worker has not resolved in this generation is looked up there too.
        key = _page_key(request, resolve=False)
    except Exception:  # noqa: BLE001 - whatever Django refuses, it refuses with its own page
        return None
    if key is None:
        return None
    cached = _cached_page(request, key)
    if cached is None:
        request.META[LOOKUP_ENVIRON_KEY] = (key, request._page_cache_generation)
        return None
    cached[STATUS_HEADER] = "HIT"
    return cached


class PageCacheApplication:
    """The WSGI application gunicorn serves (portal/wsgi.py): Django's, with page-cache
    hits answered before it. A hit needs none of what Django's handler does around a
    view (request signals and their connection checks, the middleware chain, closing
    the response), which was over a third of a hit's CPU time in process; a stored
    page already carries every header the middleware gave it. Misses, and anything
    the hit test cannot decide, go to Django, whose PageCacheMiddleware fills the
    cache and also answers hits where this wrapper is not in front (the test client,
    ASGI)."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        response = None
        if settings.PAGE_CACHE and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            request = WSGIRequest(environ)
            response = cached_response(request)
        if response is None:
            return self.application(environ, start_response)
        start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
        if settings.REQUEST_LOG:
            log_request(request.method, request.path, response.status_code, started)
        # The body alone: the response's close() would send request_finished, whose
        # receivers look after database connections a hit never opened.
        return [response.content]
