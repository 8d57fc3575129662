"""The Redis cache backend that keeps one client per pool (portal/redis_cache.py),
against the machine's Redis."""

import uuid

import pytest

from portal.redis_cache import RedisCache
from tests.portal.redis_pages import TEST_REDIS_URL as REDIS_URL
from tests.portal.redis_pages import delete_prefixed


@pytest.fixture
def redis_cache():
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    yield cache
    # Not cache.clear(): that empties the whole database, under the feet of the
    # other CI pass's tests that share this Redis.
    delete_prefixed(cache.key_prefix)


def test_calls_share_one_client(redis_cache):
    first = redis_cache._cache.get_client("a")
    assert redis_cache._cache.get_client("b", write=True) is first


def test_values_round_trip(redis_cache):
    redis_cache.set("key", {"views": 3})
    assert redis_cache.get("key") == {"views": 3}


def test_get_many_reads_several_keys_at_once(redis_cache):
    redis_cache.set_many({"one": 1, "two": 2})
    assert redis_cache.get_many(["one", "two", "three"]) == {"one": 1, "two": 2}
