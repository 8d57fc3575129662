"""Header furniture: the main menu and the language switcher, and the breadcrumb's
pages, read with the menu's in one query."""

from django import template
from django.conf import settings
from django.db.models import CharField, Q, UUIDField
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.fences.treebeard_paths import ancestor_paths
from portal.page_addresses import home_url, url_below
from portal.prepared_queries import Parameter, PreparedQuery
from portal.view_restrictions import restricted_paths

register = template.Library()


def _home_url_path(request):
    """The internal url_path of the current language's home page ("/home/").

    Read from Wagtail's cached site root paths, so it costs no query once warm."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = get_language()
    paths = [path for path in Site.get_site_root_paths() if path.site_id == site.id]
    for path in paths:
        if path.language_code == language:
            return path.root_path
    return paths[0].root_path if paths else None


_FRAME_COLUMNS = ("title", "url_path", "path", "show_in_menus", "depth", "translation_key")


def _frame_pages_queryset(home_path, menu_depth, ancestor_count, with_translations):
    """The live pages of `frame_pages`; the ancestors' paths and the translation key
    are the prepared query's parameters, the rest shapes its SQL."""
    condition = Q(pk__in=[])
    if ancestor_count:
        paths = [Parameter(f"ancestor{index}", CharField()) for index in range(ancestor_count)]
        condition |= Q(path__in=paths)
    if with_translations:
        condition |= Q(translation_key=Parameter("translation_key", UUIDField()))
    if home_path is not None:
        condition |= Q(show_in_menus=True, url_path__startswith=home_path, depth=menu_depth)
    return Page.objects.filter(condition, live=True).order_by("path").values(*_FRAME_COLUMNS)


# Compiled once per shape (language's home page, depth of the page): every cold page
# reads it for its header and breadcrumb.
_FRAME_PAGES = PreparedQuery(_frame_pages_queryset)


def frame_pages(request, page):
    """(home url_path, menu rows, breadcrumb rows, translations' url_paths) from one
    query shared by the header's menu and language switcher and the breadcrumb, read
    once per request: the home page's live children shown in menus, the page's live
    ancestors below the home page and its live translations. Rows are (title,
    url_path, path) values, not page objects."""
    memo = getattr(request, "_frame_pages", None)
    if memo is not None and memo[0] is page:
        return memo[1]
    home_path = _home_url_path(request)
    menu_depth = home_path.count("/") + 1 if home_path is not None else None
    ancestors = []
    translation_key = None
    if isinstance(page, Page):
        # Below the home page (depth 2), not the page itself: its title ends the trail.
        ancestors = [
            path
            for path in ancestor_paths(page.path)
            if 2 * Page.steplen < len(path) < len(page.path)
        ]
        # A home page's translations are the other languages' home pages, whose
        # addresses are known without reading them.
        if page.depth > 2:
            translation_key = page.translation_key
    values = {f"ancestor{index}": path for index, path in enumerate(ancestors)}
    key = (home_path, menu_depth, len(ancestors), translation_key is not None)
    rows = [
        tuple(row[column] for column in _FRAME_COLUMNS)
        for row in _FRAME_PAGES.rows(key, translation_key=translation_key, **values)
    ]
    restricted = restricted_paths()
    menu = [
        row[:3]
        for row in rows
        if row[3]
        and row[4] == menu_depth
        and row[1].startswith(home_path)
        and not any(row[2].startswith(path) for path in restricted)
    ]
    crumbs = [row[:3] for row in rows if row[2] in ancestors]
    translations = []
    if translation_key is not None:
        translations = [row[1] for row in rows if row[5] == translation_key]
    result = (home_path, menu, crumbs, translations)
    request._frame_pages = (page, result)
    return result


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the home page that editors marked "show in menus"."""
    request = context["request"]
    current = context.get("page")
    home_path, menu, _, _ = frame_pages(request, current)
    current_path = current.url_path if isinstance(current, Page) else ""
    language = get_language()
    url = home_url(language)
    return {
        "home_url": url,
        "home_is_current": request.path == url,
        "items": [
            {
                "title": title,
                "url": url_below(home_path, url_path, language),
                "active": current_path.startswith(url_path),
            }
            for title, url_path, _ in menu
        ],
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: the translation of this page where one is live,
    otherwise the same address in the other language (the home page for pages)."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.depth > 2:
        site = Site.find_for_request(request)
        roots = [
            (root.root_path, root.language_code)
            for root in Site.get_site_root_paths()
            if site is not None and root.site_id == site.id
        ]
        # A translation's language is the one of the home page it lies below.
        for url_path in frame_pages(request, page)[3]:
            for root_path, code in roots:
                if url_path.startswith(root_path):
                    translations[code] = url_below(root_path, url_path, code)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translations.get(code) or home_url(code)
        else:
            url = translate_url(request.path, code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


@register.simple_tag(takes_context=True)
def parent_url(context, page):
    """`{% pageurl page.get_parent %}` without reading the parent page: a page's address
    is its parent's followed by its slug (Wagtail builds both from `url_path`). A page
    routed after a purge has no parent object cached (portal/route_walk.py), and a
    query to read one for a link was a tenth of a cold article's queries."""
    url = page.get_url(request=context.get("request"))
    suffix = f"/{page.slug}/"
    if url is not None and url.endswith(suffix):
        return url[: -len(suffix) + 1]
    return page.get_parent().get_url(request=context.get("request"))
