"""Page addresses from `url_path` values, for lists read with `.values()`.

`Page.get_url` needs a page object, and building one costs more than the rest of a
box's row; a list of titles and links needs only each page's `url_path`.
"""

from urllib.parse import quote

from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.encoding import iri_to_uri
from django.utils.translation import override
from wagtail.models import Page, Site

# The characters `reverse` leaves unquoted in an address (django.urls.resolvers).
_REVERSE_SAFE = "!$&'()*+,;=/~:@"
# {(language, script prefix, URL resolver): home page address}.
_HOME_URLS = {}


def page_urls(url_paths, request=None):
    """The addresses `Page.get_url` gives the pages at `url_paths` (None for a page
    under no site): the address of the deepest site root above a page followed by
    the rest of its path, since the same sites serve both; one page object per root,
    not per page."""
    roots = sorted({root.root_path for root in Site.get_site_root_paths()}, key=len, reverse=True)
    root_urls = {}
    urls = []
    for url_path in url_paths:
        root = next((root for root in roots if url_path.startswith(root)), None)
        if root is not None and root not in root_urls:
            root_urls[root] = Page(url_path=root).get_url(request)
        base = root_urls.get(root)
        urls.append(None if base is None else base + iri_to_uri(url_path[len(root) :]))
    return urls


def home_url(language_code):
    """The address of the home page in a language, "/" or "/en/": Wagtail's route
    reversed under that language, remembered per language, script prefix and URL
    configuration. Reversing under `override` cost about 0.1 ms a call, and a cold
    page's menu, breadcrumb and language switcher asked a dozen times."""
    key = (language_code, get_script_prefix(), get_resolver(get_urlconf()))
    url = _HOME_URLS.get(key)
    if url is None:
        if len(_HOME_URLS) > 32:
            # Tests that change the URL configuration leave old resolvers behind.
            _HOME_URLS.clear()
        with override(language_code):
            url = _HOME_URLS[key] = reverse("wagtail_serve", args=("",))
    return url


def url_below(root_path, url_path, language_code):
    """The address of the page at `url_path` below its language's home page at
    `root_path`, as `Page.get_url` gives it on a single site, without a page object:
    what `reverse` makes of Wagtail's route, the home page's address followed by the
    rest of the path, quoted as `reverse` quotes it."""
    return home_url(language_code) + quote(url_path[len(root_path) :], safe=_REVERSE_SAFE)
