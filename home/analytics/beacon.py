"""The view beacon's own way through Django: the same view, without the middleware
chain of a page.

A beacon (`POST /api/views/`) has no use for sessions, the language of an address,
CSRF (the view is exempt), authentication, messages, redirects, django-axes, the
remembered routes or the page cache, yet Django's handler runs every one of them for
it: measured in process with Redis, the chain was 0.32 of 0.52 ms of CPU per
beacon, the view itself 0.20. gunicorn serves BeaconApplication in front of the
rest (portal/wsgi.py), so a beacon goes through Django's own WSGI handler (request
signals and their database connection care, 500 handling, the 4xx warning in the
log) with a middleware chain of only the project's middleware that concern it:
the security headers, the request log and the benchmark's query-count header.
Under the test client and ASGI, beacons take the full chain and answer the same.
The short chain is Django's handler with its middleware loading overridden: the
fence portal/fences/django_handler.py; with that fence off, beacons take the full
chain under gunicorn too.
"""

from django.urls import reverse

from home.analytics.views import record_view
from portal.fences.django_handler import short_chain_handler

BEACON_MIDDLEWARE = (
    "portal.middleware.QueryCountHeaderMiddleware",
    "portal.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
)


def _beacon_view(request):
    # What CommonMiddleware does for every other request: an address not in
    # ALLOWED_HOSTS raises DisallowedHost, which Django answers with 400.
    request.get_host()
    return record_view(request)


class BeaconApplication:
    """A WSGI application that hands `POST /api/views/` to Django's handler with a
    chain of only the BEACON_MIDDLEWARE of settings.MIDDLEWARE ending in the beacon
    view, and every other request to the application it wraps."""

    def __init__(self, application):
        self.application = application
        # None with the fence off: every request goes to `application`.
        self.handler = short_chain_handler(_beacon_view, BEACON_MIDDLEWARE)
        self.path = reverse("record_view")

    def __call__(self, environ, start_response):
        if (
            self.handler is not None
            and environ.get("PATH_INFO") == self.path
            and environ.get("REQUEST_METHOD") == "POST"
        ):
            return self.handler(environ, start_response)
        return self.application(environ, start_response)
