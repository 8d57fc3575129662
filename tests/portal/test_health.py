import pytest

pytestmark = pytest.mark.django_db


def test_healthz_reports_every_service_up(client, home_page):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }


# Nothing listens on port 9 of this machine: a real, unreachable Redis.
UNREACHABLE_REDIS = {
    "BACKEND": "portal.redis_cache.RedisCache",
    "LOCATION": "redis://127.0.0.1:9/0",
}


def test_healthz_reports_an_unreachable_redis_as_degraded(client, home_page, settings):
    # The site runs on without Redis: a load balancer must keep sending readers.
    settings.CACHES = dict.fromkeys(settings.CACHES, UNREACHABLE_REDIS)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "degraded", "search": "ok"},
    }


def test_healthz_is_503_when_search_backend_is_down(client, home_page, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["search"] == "down"


def test_healthz_is_never_cached(client, home_page):
    assert "no-cache" in client.get("/healthz")["Cache-Control"]

