"""Versions for keys that a publish must retire, and the scoped purge itself: the page
cache's generation (portal/page_cache.py) joined with the tokens of the scopes a page
belongs to (portal/page_scopes.py). Fragments, the archive's counts and the
most-viewed rankings put these in their keys."""

import logging

from portal import page_scopes
from portal.page_cache import GENERATION_KEY, current_generation, page_cache, purge, safely

logger = logging.getLogger(__name__)


def purge_scopes(scopes, cache=None):
    """Retire the pages of these scopes (portal/page_scopes.py) for all workers, or
    every page where the cache cannot list them."""
    cache = cache or page_cache()
    if not page_scopes.supported(cache):
        purge(cache)
        return
    try:
        purged = page_scopes.purge(cache, scopes, GENERATION_KEY)
    except Exception:
        logger.exception("Scoped page cache purge failed, purging everything")
        purge(cache)
        return
    if purged is None:
        purge(cache)


def scope_version(request, page):
    """The generation and the tokens of the scopes `page` belongs to, for keys that
    a publish reaching the page must retire (fragments, archive counts); read once per
    request. Where scoped purges fall back to site-wide ones (no Redis), the
    generation alone, so a render pays no extra read."""
    generation = current_generation(request)
    cache = page_cache()
    if page is None or not page_scopes.supported(cache):
        return generation
    tokens = safely(lambda: page_scopes.version(request, page, cache), "")
    return f"{generation}:{tokens}"


def site_version(request=None):
    """The generation and a token every publish replaces: for data that any publish
    may change (the rankings of the most-viewed pages name pages of every section)."""
    generation = current_generation(request)
    cache = page_cache()
    if not page_scopes.supported(cache):
        return generation
    return f"{generation}:{safely(lambda: page_scopes.site_version(request, cache), '')}"
