"""Remembering which page answers which address, so a rendered page skips Wagtail's
walk down the tree.

Wagtail finds a page by asking the database for the site, the language's home page
and then each level of the path (one or two queries per level), and reads the site
settings once more for the footer. On a running site the answers change only when an
editor publishes, moves or deletes something, which replaces the page cache's
generation token (portal/page_cache.py): keyed by that token, these answers are
always as fresh as the pages themselves. Wagtail looks for the site, the route and
the settings in attributes of the request before querying, so filling them in is all
this middleware does (through portal/fences/wagtail_routes.py, the one place that
names them; with that fence off the middleware does nothing); the page itself is
still read from the database (one query), so its content is never stale.
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import Http404
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry

from portal import route_walk, sites
from portal.fences import enabled, wagtail_routes
from portal.page_cache import current_generation, safely

TIMEOUT = 3600


def _key(kind, request, *parts):
    digest = hashlib.md5(
        "\n".join(str(part) for part in parts).encode(), usedforsecurity=False
    ).hexdigest()
    return f"route:{kind}:{current_generation(request)}:{digest}"


def _site_settings_models():
    return [model for model in settings_registry if issubclass(model, BaseSiteSetting)]


class CachedRouteMiddleware:
    """Fills in the site, the route and the site settings of GET requests from the
    cache, and remembers them after a page was served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not enabled("wagtail_routes"):
            return self.get_response(request)
        try:
            # The site, not the Host header: another port makes no entry of its own.
            # Without a query: until this worker knows the site, the view resolves it
            # (and a request that needs no site, /healthz, never asks the database).
            site_id = sites.site_id(request, current_generation(request), resolve=False)
        except DisallowedHost:
            return self.get_response(request)
        remembered = None
        if site_id is not sites.UNKNOWN:
            remembered = safely(lambda: cache.get(_key("site", request, site_id)))
        route_known = remembered is not None and self._restore(request, remembered)
        response = self.get_response(request)
        if response.status_code == 200:
            safely(lambda: self._remember(request, remembered, route_known))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """A route not remembered (the first request of a generation, as after any
        purge) is found with one query for the whole address (portal/route_walk.py)
        rather than Wagtail's query per level."""
        match = request.resolver_match
        if (
            request.method not in ("GET", "HEAD")
            or match is None
            or match.url_name != "wagtail_serve"
            or wagtail_routes.resolved_route(request) is not None
            or not enabled("wagtail_routes")
        ):
            return None
        site = sites.find_for_request(request)
        if site is None:
            return None
        try:
            route = route_walk.find_route(request, site, view_args[0] if view_args else "")
        except Http404:
            # Wagtail's own routing answers the same address with its 404.
            return None
        if route is not None:
            wagtail_routes.restore_route(request, route)
        return None

    def _restore(self, request, remembered):
        """Fill in what is known; True when the route was too."""
        site, site_settings = remembered
        wagtail_routes.restore_site(request, site, site_settings)
        route = safely(lambda: cache.get(_key("page", request, site.pk, request.path_info)))
        if route is None:
            return False
        page_id, content_type_id, rest = route
        page = route_walk.specific_page(content_type_id, page_id)
        if page is None:
            return False
        try:
            wagtail_routes.restore_route(request, page.route(request, list(rest)))
        except Http404:
            # Wagtail's own routing will answer, with its 404.
            return False
        return True

    def _remember(self, request, remembered, route_known):
        site = wagtail_routes.resolved_site(request)
        if site is None:
            return
        # The view resolved the site: this worker now knows it without a query.
        site_key = _key("site", request, sites.site_id(request, current_generation(request)))
        site_settings = wagtail_routes.loaded_site_settings(request, _site_settings_models())
        # The first request of a generation may have been one that read no settings
        # (a JSON endpoint); the first page that reads them completes the entry.
        if remembered is None or len(site_settings) > len(remembered[1]):
            cache.set(site_key, (site, site_settings), TIMEOUT)
        if not route_known:
            self._remember_route(request, site)

    def _remember_route(self, request, site):
        match = request.resolver_match
        route = wagtail_routes.resolved_route(request)
        if match is None or match.url_name != "wagtail_serve" or route is None:
            return
        page = route[0]
        components = [part for part in match.args[0].split("/") if part] if match.args else []
        # Every language's home page sits at the site root's depth, so the page used
        # up one path component per level below it; the rest went to its sub-routes.
        rest = components[page.depth - site.root_page.depth :]
        cache.set(
            _key("page", request, site.pk, request.path_info),
            (page.pk, page.content_type_id, tuple(rest)),
            TIMEOUT,
        )
