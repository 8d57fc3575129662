"""The `pages` cache alias on the machine's Redis, for tests that need a real one.
Each test takes a key prefix of its own and deletes its keys afterwards."""

import redis

TEST_REDIS_URL = "redis://127.0.0.1:6379/2"


def redis_pages_settings(prefix):
    return {
        "BACKEND": "portal.redis_cache.RedisCache",
        "LOCATION": TEST_REDIS_URL,
        "KEY_PREFIX": prefix,
    }


def delete_prefixed(prefix):
    """Delete this prefix's keys only. Never FLUSHDB in a test: the SQLite and
    PostgreSQL passes of .ci/run run side by side on the same Redis."""
    client = redis.Redis.from_url(TEST_REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}:*"))
    if keys:
        client.delete(*keys)
