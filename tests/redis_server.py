"""A redis-server of the test's own on a free port, which it may stop, hang and bring
back (never the machine's shared one), and the settings that point the portal at it."""

import os
import signal
import socket
import subprocess
import time

import pytest
import redis
from django.conf import settings

REDIS_CONF = settings.BASE_DIR / "portal" / "redis.conf"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class OwnRedis:
    """redis-server without persistence, as the outage tests need it: `stop()`
    (terminated: connections refused), `hang()` (SIGSTOP: connections accepted by the
    kernel, never answered), `resume()` and `start()` again on the same port."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None
        self.hung = False

    def start(self):
        self.process = subprocess.Popen(
            # The documented configuration, without persistence, on its own port.
            [
                "redis-server", str(REDIS_CONF), "--port", str(self.port),
                "--save", "", "--appendonly", "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client().ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def client(self):
        return redis.Redis.from_url(self.url, socket_timeout=5)

    def stop(self):
        self.resume()
        self.process.terminate()
        self.process.wait(10)

    def hang(self):
        os.kill(self.process.pid, signal.SIGSTOP)
        self.hung = True

    def resume(self):
        if self.hung:
            os.kill(self.process.pid, signal.SIGCONT)
            self.hung = False

    def commands_processed(self):
        """Commands Redis has run so far, this INFO not counted."""
        return self.client().info("stats")["total_commands_processed"]


def point_settings_at(settings, url, prefix="outage"):
    """Every Redis user of the portal on `url`, with the production socket timeouts:
    the three cache aliases and the view counter; page and fragment caches on."""
    options = settings.REDIS_OPTIONS
    settings.CACHES = {
        alias: {
            "BACKEND": "portal.redis_cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"{prefix}-{alias}",
            "OPTIONS": options,
        }
        for alias in ("default", "renditions", "pages")
    }
    settings.VIEW_COUNTER = {
        "BACKEND": "home.analytics.counters.RedisViewCounter",
        "OPTIONS": {"url": url, "prefix": f"{prefix}:views", **options},
    }
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True


@pytest.fixture
def own_redis():
    server = OwnRedis()
    server.start()
    yield server
    server.resume()
    if server.process.poll() is None:
        server.process.terminate()
        server.process.wait(10)


@pytest.fixture
def redis_site(settings, own_redis):
    """The portal on its own Redis, as `make serve` runs it."""
    point_settings_at(settings, own_redis.url)
    return own_redis
