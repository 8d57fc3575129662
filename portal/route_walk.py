"""Wagtail's route to a page, found with one query for the whole address instead of
Wagtail's walk down the tree.

`Page.route_for_request` reads the language's home page (a query for the locale,
one for the page), then for each level of the address the child with that slug and
the child's specific page: six queries for an article at depth 4, and most of a
cold page's routing CPU is Django compiling them. Here one query reads every page
whose `url_path` is a prefix of the address (below each language's home page) with
its type, language and liveness, the walk happens in memory, and one more query
reads the specific page found, whose own `route()` then answers as in Wagtail
(`live` check, sub-routes). The walk follows Wagtail's rules: the active language's
live translation of the site root, else the root itself; a routable page
(`RoutablePageMixin`) answers for the rest of the address when one of its
sub-routes matches it, before its children are looked at. Anything else (a page
type with a `route()` of its own, a missing level, a root path Wagtail's cache
does not know yet) returns None and Wagtail walks the tree itself, so an address
answers exactly as without this module.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, UUIDField
from django.urls import Resolver404
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from portal.prepared_queries import Parameter, PreparedQuery

# Addresses with more prefixes than this (deeper than the portal's tree) go to Wagtail.
MAX_PREFIXES = 24
COLUMNS = (
    "pk",
    "url_path",
    "path",
    "depth",
    "live",
    "content_type_id",
    "translation_key",
    "locale__language_code",
)


def _prefix_pages_queryset(prefix_count):
    """Every page whose `url_path` is one of the parameters `prefix0`… and the site
    root's translations (the parameter `translation_key`)."""
    prefixes = [Parameter(f"prefix{index}", CharField()) for index in range(prefix_count)]
    return Page.objects.filter(
        Q(url_path__in=prefixes) | Q(translation_key=Parameter("translation_key", UUIDField()))
    ).values(*COLUMNS)


# Compiled once per number of prefixes: every route not remembered (the first request
# of an address after any purge) reads it.
_PREFIX_PAGES = PreparedQuery(_prefix_pages_queryset)


def _specific_queryset(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.filter(pk=Parameter("pk", IntegerField()))


# The specific page of a route: compiled once per page type. Its SQL selects every
# column of the type's tables, which cost Django more to compile than to run.
_SPECIFIC_PAGE = PreparedQuery(_specific_queryset)


def specific_page(content_type_id, pk):
    """The page `pk` as its type `content_type_id` (`model.objects.get(pk=pk)`), or
    None when it is gone or its type no longer exists."""
    if ContentType.objects.get_for_id(content_type_id).model_class() is None:
        return None
    pages = _SPECIFIC_PAGE.objects((content_type_id,), pk=pk)
    return pages[0] if pages else None


def _active_language():
    """The content language Wagtail's `Locale.get_active()` looks for, or None."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return None
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return None


def _root(site, rows, language):
    """The row of the page Wagtail starts from (`site.root_page.localized`), or None
    when only Wagtail can tell."""
    root = next((row for row in rows if row["pk"] == site.root_page_id), None)
    if root is None or language is None or root["locale__language_code"] == language:
        return root
    for row in rows:
        if (
            row["translation_key"] == root["translation_key"]
            and row["locale__language_code"] == language
        ):
            # `localized` ignores a translation that is not live.
            return row if row["live"] else root
    # No translation in the language: Wagtail keeps the root, unless the language has
    # no locale at all (it then takes the default locale's), which only Wagtail knows.
    return None


def _sub_route_matches(model, row, components):
    """True when the routable page of `row` answers `components` itself."""
    if not row["live"]:
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in components))
    except Resolver404:
        return False
    return True


def find_route(request, site, path):
    """Wagtail's `RouteResult` for `path` (the wagtail_serve view's argument) on
    `site`, or None where Wagtail must walk the tree itself. Raises Http404 as
    Wagtail's `route()` does for the page found."""
    components = [part for part in path.split("/") if part]
    roots = [root.root_path for root in Site.get_site_root_paths() if root.site_id == site.pk]
    prefixes = set(roots)
    for root_path in roots:
        for index in range(len(components)):
            prefixes.add(root_path + "".join(f"{part}/" for part in components[: index + 1]))
    if len(prefixes) > MAX_PREFIXES:
        # One compiled query per count: an address deeper than any page keeps the
        # compiled queries few and is left to Wagtail (it stops at the first miss).
        return None
    values = {f"prefix{index}": prefix for index, prefix in enumerate(sorted(prefixes))}
    rows = _PREFIX_PAGES.rows(
        (len(prefixes),), translation_key=site.root_page.translation_key, **values
    )
    current = _root(site, rows, _active_language())
    if current is None or current["url_path"] not in roots:
        return None
    by_url_path = {row["url_path"]: row for row in rows}
    remaining = components
    while remaining:
        model = ContentType.objects.get_for_id(current["content_type_id"]).model_class()
        if model is None:
            return None
        if model.route is RoutablePageMixin.route:
            if _sub_route_matches(model, current, remaining):
                break
        elif model.route is not Page.route:
            return None
        child = by_url_path.get(current["url_path"] + remaining[0] + "/")
        if (
            child is None
            or child["depth"] != current["depth"] + 1
            or not child["path"].startswith(current["path"])
        ):
            return None
        current = child
        remaining = remaining[1:]
    page = specific_page(current["content_type_id"], current["pk"])
    if page is None:
        return None
    return page.route(request, list(remaining))
