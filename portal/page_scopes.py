"""Scoped purges of the page cache: a publish retires the pages it can reach, not the
whole site.

Pages are grouped in scopes named after their place in the tree (the treebeard `path`
of a page, which a publish never changes; moves and slug changes purge everything).
A page belongs to its own scope and to the scope of its parent's children: siblings
show each other ("Các tin khác" on a news article), so a publish retires the page,
every ancestor (the section listing, the home page and its boxes) and the pages beside
it, but not the other sections. The search results are a scope of their own. Each
scope has:

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


def page_scope(path):
    """The scope of the page at this tree path alone."""
    return f"own:{path}"


def children_scope(path):
    """The scope of the pages right below the page at this tree path."""
    return f"below:{path}"


def scopes_of(page):
    """The page's own scope and its parent's children's."""
    if page is None:
        return [SEARCH_SCOPE]
    return [page_scope(page.path), children_scope(page.path[: -Page.steplen])]


def reached_by(page):
    """The scopes a publish of `page` reaches: its own and every ancestor's (their
    listings and boxes, the home page), its siblings' ("Các tin khác") and the
    search results. The other sections beside its ancestors are not reached."""
    step = Page.steplen
    ancestors = [page_scope(page.path[:end]) for end in range(step, len(page.path) + 1, step)]
    return [*ancestors, children_scope(page.path[:-step]), SEARCH_SCOPE]


def site_scope():
    """The tree root's scope, which every publish reaches (the root's path is the
    first one treebeard gives, so no query)."""
    return page_scope(Page._get_path(None, 1, 1))


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
    return _memoised(request, page.path, scopes_of(page), cache)


def site_version(request, cache):
    """The token of the tree root's scope, which every publish replaces."""
    return _memoised(request, "", [site_scope()], cache)


def _memoised(request, name, scopes, cache):
    memo = getattr(request, REQUEST_ATTRIBUTE, None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            setattr(request, REQUEST_ATTRIBUTE, memo)
    if name not in memo:
        memo[name] = _tokens(cache, scopes)
    return memo[name]


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


def _through_breaker(cache, operation, fallback):
    """`operation()` on the raw client behind the cache's circuit breaker
    (portal/redis_cache.py), as the cache's own calls are: while Redis is down,
    `fallback()` at once instead of a socket timeout and a log line per request."""
    breaker = getattr(cache, "breaker", None)
    if breaker is None:
        return operation()
    return breaker.call(operation, fallback)


def remember(cache, key, scopes, seconds):
    """Record `key` in the sets of its scopes (the sets outlive the entries); whether
    it was recorded."""

    def record():
        client = redis_pool.raw_client(cache)
        pipe = client.pipeline(transaction=False)
        for scope in scopes:
            name = cache.make_key(SCOPE_KEYS_KEY.format(scope))
            pipe.sadd(name, key)
            pipe.expire(name, seconds * 2)
        pipe.execute()
        return True

    return _through_breaker(cache, record, lambda: False)


def _unavailable():
    raise ConnectionError("Redis is unavailable (circuit breaker open)")


def purge(cache, scopes, channel_key):
    """Retire the scopes: new tokens, and their page entries deleted here and in
    every worker's memory (told on the channel of `channel_key`, the generation's
    key). Returns the number of page entries deleted, or None when Redis has lost
    the generation (flushed, restarted empty): it has lost the scopes' lists of
    entries with it, and only a site-wide purge reaches the pages workers still
    hold in memory."""
    cache.set_many({SCOPE_TOKEN_KEY.format(scope): uuid.uuid4().hex for scope in scopes}, None)
    names = [cache.make_key(SCOPE_KEYS_KEY.format(scope)) for scope in scopes]

    def take_members():
        pipe = redis_pool.raw_client(cache).pipeline(transaction=True)
        # The generation never expires and is never evicted (no TTL under
        # volatile-lru): missing, it was wiped with everything else.
        pipe.exists(cache.make_key(channel_key))
        for name in names:
            pipe.smembers(name)
        pipe.delete(*names)
        return pipe.execute()

    generation_kept, *results = _through_breaker(cache, take_members, _unavailable)
    if not generation_kept:
        return None
    keys = sorted({member.decode() for members in results[:-1] for member in members})
    if keys:
        cache.delete_many(keys)
        local_pages.publish(cache, channel_key, DROP_PREFIX + " ".join(keys))
    return len(keys)
