"""Furniture of the content pages: breadcrumb, Roman ordinals, links to other pages."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page

from home.numerals import to_roman
from portal.localized_names import ATTRIBUTE
from portal.page_addresses import home_url, url_below
from portal.view_restrictions import is_public

from .navigation_tags import frame_pages, parent_url

register = template.Library()


@register.filter
def localized_name(snippet):
    """The name of a translatable snippet in the reader's language (Wagtail's
    `.localized`, falling back to the original). Asked only off the default language:
    Vietnamese pages point at the Vietnamese originals, so there it costs no query."""
    if snippet is None:
        return ""
    if (get_language() or "").split("-")[0] == settings.LANGUAGE_CODE:
        return snippet.name
    # A listing looked the names up at once (portal.localized_names).
    if ATTRIBUTE in snippet.__dict__:
        return snippet.__dict__[ATTRIBUTE]
    return snippet.localized.name


@register.filter
def is_listed(page):
    """True for a live page every reader may see: a link from a public page to a
    private one would show its title (documents replaced, the next congress)."""
    return bool(page) and page.live and is_public(page)


def _as_compared(text):
    return " ".join(str(text).split()).rstrip(".").casefold()


@register.filter
def unless_repeats(value, other):
    """`value`, or "" when it only repeats `other` (a subject equal to the title, a
    caption equal to the headline): a reader should not read the same line twice."""
    if not value or _as_compared(value) == _as_compared(other or ""):
        return ""
    return value


@register.filter
def roman(value):
    """4 → "IV"; empty or out-of-range values render as they are."""
    try:
        return to_roman(value)
    except (TypeError, ValueError):
        return value


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    """Home › sections › the current page, from the page's live ancestors below the
    home page (read with the main menu, in one query)."""
    page = context.get("page")
    crumbs = []
    language = get_language()
    request = context.get("request")
    if isinstance(page, Page) and request is not None:
        home_path, _, rows, _ = frame_pages(request, page)
        for title, url_path, path in rows:
            if home_path is not None and url_path.startswith(home_path):
                url = url_below(home_path, url_path, language)
            else:
                # Not below this language's home page (another site's tree).
                url = Page.objects.get(path=path).get_url(request)
            crumbs.append({"title": title, "url": url})
    return {"home_url": home_url(language), "crumbs": crumbs, "page": page}


@register.simple_tag(takes_context=True)
def other_news(context, page):
    """{% other_news page as others %}: the article's "Các tin khác" rows (id, title,
    date, url), addressed for the request as `{% pageurl %}` would."""
    return page.other_news(context.get("request"))


@register.simple_tag(takes_context=True)
def category_links(context, page):
    """{% category_links page as categories %}: the article's categories as links
    (name, url) to its section's list of each, named in the reader's language."""
    request = context.get("request")
    if getattr(request, "is_preview", False):
        # A preview shows the draft's categories, which the page object holds: the
        # database has the published ones.
        rows = [(category.slug, localized_name(category)) for category in page.categories.all()]
    else:
        rows = page.category_rows()
    if not rows:
        return []
    section = parent_url(context, page)
    return [{"name": name, "url": f"{section}?chuyen-muc={slug}"} for slug, name in rows]
