"""One log line per request, in the shape of gunicorn's access log: method, path,
status and duration.

Only the path is written: the query string may carry what a citizen searched for
or a token, and no header (Cookie, Authorization) or body is ever read here.
"""

import logging
import time
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed

logger = logging.getLogger("portal.requests")


class RequestLogMiddleware:
    """Outermost middleware, so the duration covers every other one and the status
    is the one the client gets, 500 pages included."""

    def __init__(self, get_response):
        # gunicorn writes its own access line (portal/gunicorn.conf.py turns this off).
        if not settings.REQUEST_LOG:
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        log_request(request.method, request.path, response.status_code, started)
        return response


def log_request(method, path, status, started):
    """The line for one request; `started` is its time.perf_counter() at arrival."""
    elapsed_ms = (time.perf_counter() - started) * 1000
    # Quoted, so a path holding a line break or a quote cannot forge a log line.
    logger.info(
        '"%s %s" %s %dms',
        method,
        quote(path, safe="/:@!$&'()*+,;=-._~"),
        status,
        round(elapsed_ms),
    )
