"""Full-page cache for anonymous readers, and the Cache-Control headers of pages.

Anonymous GET and HEAD requests to pages served by Wagtail (and the search page) are
answered from the `pages` cache alias; everyone else gets a freshly rendered page. The
middleware sits inside SecurityMiddleware, WhiteNoise and the CSP middleware, so the
security headers are added to every answer, cached or not, and before the session,
locale and authentication middleware, so a hit costs no SQL query at all.

Purging: every key carries a generation token kept in the same cache, and a purge
replaces the token (see `purge`). A published page shows up in its parents' listings,
the home page boxes, the archive with any filter combination, the most-viewed boxes,
the menus of every page; enumerating those addresses is error-prone, while one new
token retires every entry at once, for every worker sharing the cache, and costs one
write. Editors publish a few dozen times a day against thousands of reads, so
rebuilding the popular pages after each publish is cheap. Old entries are never read
again and leave by their timeout (Redis) or by culling (file cache).
"""

import hashlib
import re
import uuid

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import cc_delim_re, get_max_age, patch_cache_control

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache:generation"
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


def page_cache():
    return caches[CACHE_ALIAS]


def current_generation(request=None):
    """The token every page key includes. A random token rather than a counter: if
    the cache drops the key (culling, eviction, restart) the next token can never
    equal one already used in keys, so old entries are not revived. Read once per
    request: every key of one request belongs to the same generation."""
    if request is not None:
        if not hasattr(request, "_page_cache_generation"):
            request._page_cache_generation = current_generation()
        return request._page_cache_generation
    cache = page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        # `add` lets concurrent workers agree on one token.
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY) or uuid.uuid4().hex
    return token


def purge():
    """Retire every cached page, for all workers, from the next request on."""
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


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


def _may_use_cache(request):
    return (
        settings.PAGE_CACHE
        and request.method in ("GET", "HEAD")
        # A session cookie means a logged-in editor, a preview or a passed page
        # password: such readers may see what others must not, so never share.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # Wagtail renders previews through the middleware with a dummy request,
        # which carries the editor's cookies only when the admin passed them on.
        and not getattr(request, "is_dummy", False)
        and _query_is_cacheable(request)
    )


def _page_key(request, generation):
    # Scheme, host, path and the raw query string: the same address always gives the
    # same page; HEAD reads the entry GET filled, as Django's own cache middleware does.
    url = request.build_absolute_uri()
    digest = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return f"page:{generation}:{digest}"


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
    if isinstance(getattr(request, "_csp_nonce", None), str):
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
        if _may_use_cache(request):
            key = _page_key(request, current_generation(request))
            cached = page_cache().get(key)
            if cached is not None:
                cached[STATUS_HEADER] = "HIT"
                return cached
        response = self.get_response(request)
        if _is_page_view(request):
            self._page_headers(request, response, key)
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
        if key is not None and request.method == "GET":
            page_cache().set(key, response, settings.PAGE_CACHE_SECONDS)
            response[STATUS_HEADER] = "MISS"

    def _api_headers(self, request, response):
        # Search results and page data are the same for everyone; a short max-age
        # lets browsers and a CDN absorb bursts. Views that chose a lifetime keep it.
        if response.status_code == 200 and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=settings.CACHE_CONTROL_MAX_AGE)
