"""Fence around Wagtail's per-request memo of the site, the page route and the site
settings (wagtail 8.0.1; the same names since wagtail 2.x).

portal/routing.py remembers, across requests, which site, site settings and page
answer an address, and hands them to Wagtail by filling in the attributes Wagtail
itself memoises them in on the request, so Wagtail's own code finds them there and
skips its queries:

- `request._wagtail_site`: read by `Site.find_for_request` (wagtail/models/sites.py)
  before it queries;
- `request._wagtail_route_for_request`: read by `Page.route_for_request`
  (wagtail/models/pages.py), which `wagtail.views.serve` calls, before it walks the
  tree; the value is the `RouteResult` of `Page.route(request, path_components)`;
- `request.<BaseSiteSetting.get_cache_attr_name()>` (`"_app_label.model_name"`) and
  `setting._request`: read by `BaseSiteSetting.for_request`
  (wagtail/contrib/settings/models.py), which sets both when it loads a setting;
  `_request` lets the setting build page URLs for the request, and
  `BaseSiteSetting.__getstate__` leaves it out when the setting is pickled into the
  cache.

tests/portal/test_fences.py checks these names and that Wagtail still reads them.
With `LIBRARY_FENCES["wagtail_routes"]` off, CachedRouteMiddleware does nothing and
Wagtail resolves every request itself.
"""

SITE_ATTRIBUTE = "_wagtail_site"
ROUTE_ATTRIBUTE = "_wagtail_route_for_request"
SETTING_REQUEST_ATTRIBUTE = "_request"


def resolved_site(request):
    """The site Wagtail resolved for `request`, or None if it did not yet."""
    return getattr(request, SITE_ATTRIBUTE, None)


def resolved_route(request):
    """The route (page, args, kwargs) Wagtail resolved for `request`, or None."""
    return getattr(request, ROUTE_ATTRIBUTE, None)


def loaded_site_settings(request, models):
    """The site settings of `models` that were loaded for `request`."""
    return [
        getattr(request, model.get_cache_attr_name())
        for model in models
        if hasattr(request, model.get_cache_attr_name())
    ]


def remember_site(request, site):
    """Make `site` (None: no site) what Wagtail finds for `request`."""
    setattr(request, SITE_ATTRIBUTE, site)


def restore_site(request, site, site_settings):
    """Make `site` and `site_settings` what Wagtail finds for `request`."""
    setattr(request, SITE_ATTRIBUTE, site)
    for setting in site_settings:
        setattr(setting, SETTING_REQUEST_ATTRIBUTE, request)
        setattr(request, setting.get_cache_attr_name(), setting)


def restore_route(request, route):
    """Make `route` (the result of `page.route(...)`) what Wagtail serves."""
    setattr(request, ROUTE_ATTRIBUTE, route)
