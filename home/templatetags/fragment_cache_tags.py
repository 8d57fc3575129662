"""`{% cached_fragment "name" %}…{% endcached_fragment %}`: the furniture every page
repeats (header with menu and language switcher, breadcrumb, footer), rendered once
per page and language and then read from the cache.

Keys carry the page cache's generation token (portal/page_cache.py), so everything
that purges the whole page cache (unpublishing, moving or deleting a page, saving
settings or snippets) retires every fragment too, for all workers. Per-page keys also
carry the tokens of the page's scopes (portal/page_scopes.py), so a publish retires
the fragments of the pages it reaches (the page, its section and siblings, the home
page) and no others. Previews and readers with a
session (editors) never read or fill the cache: a preview shows a draft, and a
fragment rendered from it could leak to readers.
"""

from django import template
from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language
from wagtail.models import Page

from portal.page_versions import scope_version

register = template.Library()

CACHE_ALIAS = "default"


def fragment_key(request, name, page, shared=False):
    """Per page and language; `shared` fragments (the footer) only per language."""
    owner = "all" if shared else page.pk
    # The tokens are read once per request, however many fragments the page has.
    version = scope_version(request, None if shared else page)
    return f"fragment:{version}:{name}:{get_language()}:{owner}"


class CachedFragmentNode(template.Node):
    def __init__(self, name, shared, nodelist):
        self.name = name
        self.shared = shared
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        # A shared fragment is the same on every page and on views that show no
        # page (the search page): only a page's own fragments need the page.
        own = not self.shared
        if (
            not settings.FRAGMENT_CACHE
            or request is None
            or (own and (not isinstance(page, Page) or page.pk is None))
            or getattr(request, "is_preview", False)
            or getattr(request, "is_dummy", False)
            # Editors (any session) get everything fresh, as from the page cache.
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            # The search box shows what was searched for: a different header.
            or (own and context.get("search_query"))
        ):
            return self.nodelist.render(context)
        cache = caches[CACHE_ALIAS]
        key = fragment_key(request, self.name.resolve(context), page, self.shared)
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, settings.PAGE_CACHE_SECONDS)
        return html


@register.tag
def cached_fragment(parser, token):
    """{% cached_fragment "name" %} per page, {% cached_fragment "name" shared %} once
    per language for every page."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or (len(bits) == 3 and bits[2] != "shared"):
        raise template.TemplateSyntaxError('usage: {% cached_fragment "name" [shared] %}')
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(parser.compile_filter(bits[1]), len(bits) == 3, nodelist)
