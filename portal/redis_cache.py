"""Django's Redis cache backend, fault tolerant and with one Redis client per pool.

Redis only speeds the site up, so it must never take it down. Every call of this
backend goes through the circuit breaker of its Redis server (one per server and
process, shared with the view counter and the page cache's subscription): when Redis
refuses, times out (the socket timeouts in CACHES' OPTIONS, a fraction of a second)
or answers with an error, a read is a miss, a write does nothing, and for
REDIS_RETRY_SECONDS nobody in this process asks Redis again; then one call tries
it (half-open) and, when it answers, everything uses it again. The log says that
Redis is unavailable at most once a minute, and when it is back.

One `redis.Redis` client per connection pool instead of Django's one per call is
the fence portal/fences/redis_pool.py (it relies on the backend's private names).
"""

import logging
import re
import threading
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from redis.exceptions import RedisError

from portal.fences import redis_pool

logger = logging.getLogger(__name__)

# What a call to an unreachable or broken Redis raises: redis-py's own errors
# (refused, timed out, loading, read-only, out of memory) and the socket's.
REDIS_FAILURES = (RedisError, OSError)
# At most one "Redis is unavailable" line per this many seconds and server.
LOG_INTERVAL = 60.0


class CircuitBreaker:
    """Whether this process should ask one Redis server now.

    Closed: every call goes to Redis. After a failure it opens: calls are answered
    without Redis until REDIS_RETRY_SECONDS have passed, then exactly one call goes
    through (half-open) and its outcome closes or reopens it. Wall-clock time, so
    tests can move it; a clock set back only makes the next try come sooner."""

    def __init__(self, name):
        self.name = name
        self.is_open = False
        self.lock = threading.Lock()
        self._reset()

    def _reset(self):
        self.is_open = False
        self.retry_at = 0.0
        self.opened_at = None
        self.logged_at = None
        self.outage_logged = False
        self.skipped = 0

    @staticmethod
    def retry_seconds():
        return float(getattr(settings, "REDIS_RETRY_SECONDS", 5.0))

    def allow(self):
        """True when a call may go to Redis; while open, once per retry interval."""
        if not self.is_open:
            return True
        with self.lock:
            now = time.time()
            interval = self.retry_seconds()
            if now >= self.retry_at or now < self.retry_at - interval:
                # The half-open try: the others keep answering without Redis meanwhile.
                self.retry_at = now + interval
                return True
            self.skipped += 1
            return False

    def succeeded(self):
        if not self.is_open:
            return
        with self.lock:
            if self.is_open and self.outage_logged:
                logger.warning(
                    "Redis %s is back after %.0f s; using it again", self.name,
                    time.time() - self.opened_at,
                )
            self._reset()

    def failed(self, error):
        with self.lock:
            now = time.time()
            if not self.is_open:
                self.is_open = True
                self.opened_at = now
            self.retry_at = now + self.retry_seconds()
            if self.logged_at is None or not 0 <= now - self.logged_at < LOG_INTERVAL:
                logger.warning(
                    "Redis %s unavailable (%s): serving without it, %d calls skipped "
                    "since the last message; retrying every %.0f s",
                    self.name, str(error) or type(error).__name__, self.skipped,
                    self.retry_seconds(),
                )
                self.logged_at = now
                self.outage_logged = True
                self.skipped = 0

    def call(self, operation, fallback):
        """`operation()`, or `fallback()` when Redis is skipped or fails."""
        if not self.allow():
            return fallback()
        try:
            result = operation()
        except REDIS_FAILURES as error:
            self.failed(error)
            return fallback()
        self.succeeded()
        return result


_breakers = {}
_breakers_lock = threading.Lock()


def server_name(url):
    """host:port (or the socket path) of a Redis URL: the breaker's identity, so every
    database and key prefix on one server shares it."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}"


def breaker_for(url):
    """This process's breaker for the Redis server of `url`."""
    name = server_name(url)
    breaker = _breakers.get(name)
    if breaker is None:
        with _breakers_lock:
            breaker = _breakers.setdefault(name, CircuitBreaker(name))
    return breaker


def reset_breakers():
    """Forget every outage (tests start each case with Redis presumed up)."""
    for breaker in list(_breakers.values()):
        with breaker.lock:
            breaker._reset()


def _missing_key(key):
    def fail():
        # What Django's incr says of a key that is not there, and ratelimit expects.
        raise ValueError(f"Key '{key}' not found.")

    return fail


class RedisCache(DjangoRedisCache):
    """Named in CACHES in place of `django.core.cache.backends.redis.RedisCache`.
    While Redis is unreachable: reads miss, writes do nothing, `incr` says the key
    is missing; see the module docstring."""

    def __init__(self, server, params):
        super().__init__(server, params)
        redis_pool.install(self)
        # As Django reads LOCATION: one URL, several separated by , or ;, or a list.
        self.server_urls = tuple(re.split("[;,]", server) if isinstance(server, str) else server)
        self.breaker = breaker_for(self.server_urls[0])

    def _guarded(self, operation, default=None):
        return self.breaker.call(operation, lambda: default)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(
            lambda: super(RedisCache, self).add(key, value, timeout, version), False
        )

    def get(self, key, default=None, version=None):
        return self._guarded(lambda: super(RedisCache, self).get(key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(lambda: super(RedisCache, self).set(key, value, timeout, version))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: super(RedisCache, self).touch(key, timeout, version), False)

    def delete(self, key, version=None):
        return self._guarded(lambda: super(RedisCache, self).delete(key, version), False)

    def get_many(self, keys, version=None):
        return self._guarded(lambda: super(RedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._guarded(lambda: super(RedisCache, self).has_key(key, version), False)

    def incr(self, key, delta=1, version=None):
        return self.breaker.call(
            lambda: super(RedisCache, self).incr(key, delta, version), _missing_key(key)
        )

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's contract: the keys that were not stored.
        return self._guarded(
            lambda: super(RedisCache, self).set_many(data, timeout, version), list(data)
        )

    def delete_many(self, keys, version=None):
        self._guarded(lambda: super(RedisCache, self).delete_many(keys, version))

    def clear(self):
        return self._guarded(lambda: super(RedisCache, self).clear(), False)
