"""Each worker's own copy of the pages it served last, and the generation token
pushed to it, so a page-cache hit costs no round trip to Redis.

Measured on the 2-core benchmark machine, one Redis round trip costs a worker about
0.19 ms of CPU (mostly the kernel's loopback and wake-up work), more than the rest of
a hit. With the `pages` cache on Redis, every worker subscribes to a channel on
which `portal.page_cache.purge` publishes each new generation token. While that
subscription stands the worker knows the current token without asking, and answers
from a small, bounded store of the pages it read most recently. Before it answers
from memory it reads whatever the channel holds (a non-blocking poll of its own
socket, no round trip), and Redis sends the message in the same turn of its loop as
its answer to the purge, before the editor's request even returns: a publish shows
on the next request as before (short of a request polling in the microseconds
between the two writes, which a machine too busy to run Redis can stretch). A
subscription that fails, a store that is not Redis, or PAGE_CACHE_LOCAL_BYTES=0 turn
this off, and every request asks Redis as before; so does turning off the fence it
reaches Redis through (portal/fences/redis_pool.py).
Subscribing and publishing go through the Redis server's circuit breaker
(portal/redis_cache.py): while it is open this worker does not try to subscribe.
"""

import logging
import os
import pickle
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache.backends.redis import RedisCache

from portal.fences import enabled, redis_pool
from portal.redis_cache import REDIS_FAILURES
from portal.redis_cache import RedisCache as PortalRedisCache

logger = logging.getLogger(__name__)

# After a failed subscription, wait this long before trying again (Redis may be down:
# every request would otherwise pay a failed connection).
RETRY_SECONDS = 5.0
# A message starting with this names page keys to drop; any other is a new token.
DROP_PREFIX = "drop "


class LocalPages:
    """The subscription and the store of one worker process."""

    def __init__(self, cache, generation_key, read_generation, max_bytes):
        self.cache = cache
        self.generation_key = generation_key
        self.read_generation = read_generation
        self.max_bytes = max_bytes
        self.lock = threading.Lock()
        self._reset()

    def _reset(self, retry_at=0.0):
        # After a fork the parent's subscription and socket are left alone, only
        # forgotten: this process subscribes on its own.
        self.pid = os.getpid()
        self.pubsub = None
        self.generation = None
        self.entries = OrderedDict()
        self.size = 0
        self.retry_at = retry_at

    def current_generation(self):
        """The current token, or None when this worker is not subscribed (ask Redis)."""
        with self.lock:
            if self.pid != os.getpid():
                self._reset()
            try:
                if self.pubsub is None:
                    if time.monotonic() < self.retry_at:
                        return None
                    if not self._subscribe():
                        return None
                self._read_channel()
            except Exception as error:  # noqa: BLE001 - any failure means "ask Redis"
                logger.warning("Page cache subscription lost: %s", error)
                self._give_up()
            return self.generation

    def _subscribe(self):
        """True when subscribed; False while the breaker keeps Redis out or the
        subscription failed (then the breaker knows)."""
        breaker = self.cache.breaker
        if not breaker.allow():
            return False
        try:
            self._open_subscription()
        except REDIS_FAILURES as error:
            breaker.failed(error)
            self._give_up()
            return False
        # Redis answered: close the breaker before the token is read through it.
        breaker.succeeded()
        # Read after subscribing: a purge from now on arrives on the channel.
        self.generation = self.read_generation()
        if self.generation is None:
            # Redis failed again meanwhile; the cache told its breaker.
            self._give_up()
            return False
        return True

    def _give_up(self):
        self._close()
        self._reset(retry_at=time.monotonic() + RETRY_SECONDS)

    def _open_subscription(self):
        client = redis_pool.raw_client(self.cache)
        pubsub = client.pubsub()
        self.pubsub = pubsub
        pubsub.subscribe(channel(self.cache, self.generation_key))
        # No longer than any other Redis call may take (a hung Redis).
        wait = client.connection_pool.connection_kwargs.get("socket_timeout") or 1.0
        message = pubsub.get_message(timeout=wait)
        if not message or message["type"] != "subscribe":
            raise ConnectionError("no subscription confirmation")

    def _read_channel(self):
        while True:
            message = self.pubsub.get_message(timeout=0.0)
            if message is None:
                return
            if message["type"] == "message":
                data = message["data"]
                data = data.decode() if isinstance(data, bytes) else data
                if data.startswith(DROP_PREFIX):
                    # A scoped purge (portal/page_scopes.py): only these pages go.
                    for key in data[len(DROP_PREFIX) :].split():
                        self._drop(key)
                    continue
                self.generation = data
                self.entries.clear()
                self.size = 0

    def _close(self):
        try:
            if self.pubsub is not None:
                self.pubsub.close()
        except Exception:  # noqa: BLE001, S110 - closing a broken connection may fail too
            pass

    def get(self, key, generation):
        """The stored response for `key` in this generation, unpickled afresh (each
        request gets its own object), or None."""
        with self.lock:
            item = self.entries.get(key)
            if item is None:
                return None
            data, entry_generation, expires_at = item
            if entry_generation != generation or time.time() >= expires_at:
                self._drop(key)
                return None
            self.entries.move_to_end(key)
        return pickle.loads(data)

    def put(self, key, generation, response, stored_at):
        data = pickle.dumps(response, pickle.HIGHEST_PROTOCOL)
        if len(data) > self.max_bytes:
            return
        expires_at = stored_at + settings.PAGE_CACHE_SECONDS
        with self.lock:
            if generation != self.generation:
                return
            self._drop(key)
            self.entries[key] = (data, generation, expires_at)
            self.size += len(data)
            while self.size > self.max_bytes:
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        item = self.entries.pop(key, None)
        if item is not None:
            self.size -= len(item[0])


def channel(cache, generation_key):
    # Channels are shared by every database of one Redis server: the key prefix and
    # the database number keep deployments and test runs apart.
    db = redis_pool.raw_client(cache).connection_pool.connection_kwargs.get("db", 0)
    return f"{cache.make_key(generation_key)}:purged:{db}"


def publish(cache, generation_key, token):
    """Announce a new token to every worker subscribed through this Redis cache."""
    if not enabled("redis_pool"):
        return
    def send():
        return redis_pool.raw_client(cache).publish(channel(cache, generation_key), token)

    if isinstance(cache, PortalRedisCache):
        cache.breaker.call(send, lambda: None)
    elif isinstance(cache, RedisCache):
        send()


_instances = {}


def local_pages(cache, generation_key, read_generation):
    """The worker's LocalPages for this cache, or None where it does not apply.
    `read_generation()` reads (or creates) the stored token."""
    max_bytes = settings.PAGE_CACHE_LOCAL_BYTES
    if max_bytes <= 0 or not isinstance(cache, PortalRedisCache) or not enabled("redis_pool"):
        return None
    # Keyed by the configuration, not the object: Django gives each thread its own
    # cache object, and one subscription serves all threads of a process.
    marker = (cache.server_urls, cache.key_prefix, cache.version, max_bytes)
    local = _instances.get(marker)
    if local is None:
        # Settings changed (tests) or first use: one subscription per process.
        for old in _instances.values():
            old._close()
        _instances.clear()
        local = _instances[marker] = LocalPages(cache, generation_key, read_generation, max_bytes)
    return local
