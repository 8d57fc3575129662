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


def deliver_purges(monkeypatch, timeout=2.0):
    """Make each purge message reach this process's subscription before the purge
    returns, and read it there as the next request would (LocalPages'
    current_generation). Redis writes the publisher's reply and the subscribers'
    message in the same turn of its loop, but on a machine busy with both CI passes
    it can be descheduled between the two writes, and the test's next request polled
    the channel before the message was there (a HIT where a MISS was due). The
    message must still arrive: waiting is bounded, and a message that never comes
    leaves the page served from memory, as before."""
    from portal import local_pages, page_cache

    original = local_pages.publish

    def publish_and_deliver(cache, generation_key, token):
        original(cache, generation_key, token)
        local = page_cache._local()
        if local is None or local.pubsub is None:
            return
        # Held while the worker subscribes, which may publish the first token itself.
        if not local.lock.acquire(blocking=False):
            return
        local.lock.release()
        try:
            local.pubsub.connection.can_read(timeout=timeout)
        except Exception:  # noqa: BLE001, S110 - a lost subscription: the request finds out
            return
        local.current_generation()

    monkeypatch.setattr(local_pages, "publish", publish_and_deliver)
    monkeypatch.setattr(page_cache, "publish", publish_and_deliver)
