"""Operational endpoints that belong to the project rather than to an app."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.models import Page

logger = logging.getLogger(__name__)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    """"ok"; "degraded" when the cache is Redis and Redis is unreachable (the site
    runs on without it, portal/redis_cache.py). The breaker answers at once while
    open, and a hung Redis costs one socket timeout, so this stays well under 1 s."""
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") == "ok":
        return "ok"
    breaker = getattr(cache, "breaker", None)
    if breaker is not None and breaker.is_open:
        return "degraded"
    raise RuntimeError("cache did not return the value just stored")


def _search():
    # Asking the configured backend a real question checks whichever one the
    # settings chose, without this view knowing which.
    list(Page.objects.live().search("healthz")[:1])


CHECKS = {"database": _database, "cache": _cache, "search": _search}


@never_cache
def healthz(request):
    """200 when the database, the cache and the search backend answer, with status
    "degraded" while the site runs without Redis (the cache check says so); 503
    with status "down" when one of them is down."""
    results = {}
    for name, check in CHECKS.items():
        try:
            state = check()
        except Exception as error:  # noqa: BLE001 - any failure means "down"
            logger.error("Health check %s failed: %s", name, error)
            results[name] = "down"
        else:
            results[name] = state or "ok"
    states = set(results.values())
    status = "down" if "down" in states else "degraded" if "degraded" in states else "ok"
    return JsonResponse(
        {"status": status, "checks": results}, status=503 if status == "down" else 200
    )


def login_locked_out(request, response, credentials):
    """The page django-axes shows instead of the login form during a lock-out."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "axes/lockout.html", {"cooloff_minutes": minutes}, status=429)
