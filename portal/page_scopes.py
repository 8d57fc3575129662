"""Scoped purges of the page cache: a publish retires the pages it can reach, not the
whole site.

Pages are grouped in scopes named after their place in the tree (the treebeard `path`
of a page, which a publish never changes; moves and slug changes purge everything).
A page belongs to its own scope and to its parent's: the parent lists it, and its
siblings show each other ("Các tin khác" on a news article), so retiring the parent's
scope retires the listing and every page beside it. The search results are a scope of
their own. Each scope has:

- a token, read once per rendered request and part of the fragment keys
  (home/templatetags/fragment_cache_tags.py) and of the archive's count keys: a new
  token retires those at once, for every worker, without knowing their names;
- on Redis, a set of the page-cache keys stored for it: a scoped purge deletes those
  entries and tells every worker's memory (portal/local_pages.py) to drop them.

The site-wide generation token (portal/page_cache.py) stays the purge for changes
whose reach is not known (snippets, settings, menus, moves); it retires every scope
too, since every key also carries it. Without Redis the page cache cannot list a
scope's entries, so a scoped purge retires everything, as before.
"""

import logging
import uuid

from django.core.cache.backends.redis import RedisCache
from wagtail.models import Page

from portal import local_pages
from portal.fences import enabled, redis_pool

SCOPE_TOKEN_KEY = "page-cache:scope-token:{}"
SCOPE_KEYS_KEY = "page-cache:scope-keys:{}"
SEARCH_SCOPE = "search"
# Where a request keeps the tokens it read, so a page reads them once.
REQUEST_ATTRIBUTE = "_page_scope_tokens"
DROP_PREFIX = local_pages.DROP_PREFIX

logger = logging.getLogger(__name__)


def scopes_of(page):
    """The page's own scope and its parent's."""
    if page is None:
        return [SEARCH_SCOPE]
    scopes = [page.path]
    if page.depth > 1:
        scopes.append(page.path[: -Page.steplen])
    return scopes


def reached_by(page):
    """The scopes a publish of `page` reaches: its own, every ancestor's (their
    listings and boxes, the home page), and the search results."""
    step = Page.steplen
    return [page.path[:end] for end in range(step, len(page.path) + 1, step)] + [SEARCH_SCOPE]


def _tokens(cache, scopes):
    keys = [SCOPE_TOKEN_KEY.format(scope) for scope in scopes]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            # A random token, as for the generation: a token the cache dropped is
            # never replaced by one an old key already holds.
            cache.add(key, uuid.uuid4().hex, None)
    if len(found) < len(keys):
        found = cache.get_many(keys)
    return ".".join(str(found.get(key, "")) for key in keys)


def version(request, page, cache):
    """The tokens of the page's scopes, read once per request; '' for no page."""
    if page is None or page.pk is None:
        return ""
    memo = getattr(request, REQUEST_ATTRIBUTE, None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            setattr(request, REQUEST_ATTRIBUTE, memo)
    if page.path not in memo:
        memo[page.path] = _tokens(cache, scopes_of(page))
    return memo[page.path]


def changed_since_read(request, page, cache):
    """Whether the tokens this request read for `page` are no longer current."""
    memo = getattr(request, REQUEST_ATTRIBUTE, None)
    if page is None or not memo or page.path not in memo:
        return False
    return _tokens(cache, scopes_of(page)) != memo[page.path]


def supported(cache):
    """Whether this cache can list a scope's entries (Redis, reached through the
    fence that names its client)."""
    return isinstance(cache, RedisCache) and enabled("redis_pool")


def remember(cache, key, scopes, seconds):
    """Record `key` in the sets of its scopes; the sets outlive the entries."""
    client = redis_pool.raw_client(cache)
    pipe = client.pipeline(transaction=False)
    for scope in scopes:
        name = cache.make_key(SCOPE_KEYS_KEY.format(scope))
        pipe.sadd(name, key)
        pipe.expire(name, seconds * 2)
    pipe.execute()


def purge(cache, scopes, channel_key):
    """Retire the scopes: new tokens, and their page entries deleted here and in
    every worker's memory (told on the channel of `channel_key`). Returns the number
    of page entries deleted."""
    cache.set_many({SCOPE_TOKEN_KEY.format(scope): uuid.uuid4().hex for scope in scopes}, None)
    client = redis_pool.raw_client(cache)
    names = [cache.make_key(SCOPE_KEYS_KEY.format(scope)) for scope in scopes]
    pipe = client.pipeline(transaction=True)
    for name in names:
        pipe.smembers(name)
    pipe.delete(*names)
    results = pipe.execute()
    keys = sorted({member.decode() for members in results[:-1] for member in members})
    if keys:
        cache.delete_many(keys)
        local_pages.publish(cache, channel_key, DROP_PREFIX + " ".join(keys))
    return len(keys)
