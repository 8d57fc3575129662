"""Fence around the internals of Django's Redis cache backend (Django 5.2.19,
`django.core.cache.backends.redis`; the same since Django 4.0) and redis-py 8.2.

Two things of the portal reach behind `django.core.cache.backends.redis.RedisCache`:

- One `redis.Redis` client per connection pool. Django's
  `RedisCacheClient.get_client(key=None, *, write=False)` builds a new
  `redis.Redis` for every cache call, and redis-py fills a table of about 170
  response callbacks in each new object: measured in process, 0.16 ms of the
  0.37 ms a page-cache hit cost. A `redis.Redis` holds no state of its own beyond
  the pool it draws connections from (which redis-py resets in a forked worker), so
  ReusingRedisCacheClient keeps one per pool. It relies on
  `RedisCacheClient._get_connection_pool(write)` (the pool of the server for a read
  or a write) and `RedisCacheClient._client` (the `redis.Redis` class), and is
  installed by setting `RedisCache._class`, the client class `RedisCache._cache`
  instantiates on first use.
- The raw client of a cache, for publishing and subscribing to the page cache's
  purge channel (portal/local_pages.py): `RedisCache._cache.get_client(write=True)`.

tests/portal/test_fences.py checks these names, their signatures and that the
reused client is the one Django's calls use. With `LIBRARY_FENCES["redis_pool"]`
off, the cache uses Django's own client (a new `redis.Redis` per call) and the
workers keep no local copy of pages (every page-cache hit asks Redis).
"""

from django.core.cache.backends.redis import RedisCacheClient

from portal.fences import enabled


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's Redis cache client, with one `redis.Redis` per connection pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


def install(cache):
    """Make the Redis cache backend `cache` (still unused) reuse its clients, when the
    fence is on."""
    if enabled("redis_pool"):
        cache._class = ReusingRedisCacheClient


def raw_client(cache):
    """The `redis.Redis` client behind the Django Redis cache `cache`, writing side."""
    return cache._cache.get_client(write=True)
