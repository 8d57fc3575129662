"""Header furniture: the main menu and the language switcher."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page, Site

from portal.view_restrictions import public_pages

register = template.Library()


def home_url(language_code):
    """The address of the home page in a language: "/" or "/en/"."""
    with override(language_code):
        return reverse("wagtail_serve", args=("",))


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


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The live children of the home page that editors marked "show in menus"."""
    request = context["request"]
    home_path = _home_url_path(request)
    items = []
    if home_path is not None:
        items = (
            public_pages(Page.objects)
            .in_menu()
            .filter(url_path__startswith=home_path, depth=home_path.count("/") + 1)
            .order_by("path")
            .only("id", "title", "url_path")
        )
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    url = home_url(get_language())
    return {
        "home_url": url,
        "home_is_current": request.path == url,
        "items": [
            {
                "title": item.title,
                "url": item.get_url(request),
                "active": current_path.startswith(item.url_path),
            }
            for item in items
        ],
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: the translation of this page where one is live,
    otherwise the same address in the other language (the home page for pages)."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    # A home page's translations are the other languages' home pages, whose
    # addresses are known without a query; this keeps the home page in its budget.
    if isinstance(page, Page) and page.depth > 2:
        for translation in (
            page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
            .only("id", "url_path", "locale__language_code")
        ):
            translations[translation.locale.language_code] = translation.get_url(request)
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            url = translations.get(code) or home_url(code)
        else:
            url = translate_url(request.path, code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}
