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
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return the value just stored")


def _search():
    # Asking the configured backend a real question checks whichever one the
    # settings chose, without this view knowing which.
    list(Page.objects.live().search("healthz")[:1])


CHECKS = {"database": _database, "cache": _cache, "search": _search}


@never_cache
def healthz(request):
    """200 when the database, the cache and the search backend answer; 503 otherwise."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means "down"
            logger.error("Health check %s failed: %s", name, error)
            results[name] = "down"
        else:
            results[name] = "ok"
    healthy = all(state == "ok" for state in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "down", "checks": results},
        status=200 if healthy else 503,
    )


def login_locked_out(request, response, credentials):
    """The page django-axes shows instead of the login form during a lock-out."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "axes/lockout.html", {"cooloff_minutes": minutes}, status=429)
