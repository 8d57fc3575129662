"""Page addresses from `url_path` values, for lists read with `.values()`.

`Page.get_url` needs a page object, and building one costs more than the rest of a
box's row; a list of titles and links needs only each page's `url_path`.
"""

from django.utils.encoding import iri_to_uri
from wagtail.models import Page, Site


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
