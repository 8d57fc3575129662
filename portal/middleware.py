"""Middleware of the project as a whole (not of one app)."""

from contextlib import ExitStack

from django.conf import settings
from django.db import connections
from django.http import HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _


class QueryCountHeaderMiddleware:
    """Adds `X-Query-Count`: the SQL statements the request ran, on every database.

    Only the HTTP benchmark turns it on (`QUERY_COUNT_HEADER=1`), so the figures it
    prints come from the very requests gunicorn served, page cache included. It sits
    first in the stack so that queries of every other middleware count too. Only a
    request that asks (`X-Count-Queries: 1`) is counted, so the load generator's
    requests cost what they cost without it.
    """

    header = "X-Query-Count"
    request_header = "HTTP_X_COUNT_QUERIES"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get(self.request_header) != "1":
            return self.get_response(request)
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with ExitStack() as stack:
            for connection in connections.all():
                stack.enter_context(connection.execute_wrapper(counter))
            response = self.get_response(request)
        response[self.header] = str(count)
        return response


class RejectNulBytesMiddleware:
    """Answers 400 to a request whose path or query string holds a NUL byte.

    No form, link or keyboard produces one, yet PostgreSQL refuses any text that holds
    it, so every lookup a parameter reaches (a category slug, a language code, a
    search, Wagtail API v2's filters) would fail with a 500. Refusing it once, before
    the page cache and every view, covers parameters that do not exist yet too.
    `%00` is the only way to write NUL in a URL; the raw byte is checked as well for
    servers that pass it through.

    A cookie holding NUL (written `"\\000"` in a quoted cookie value) would fail the
    session lookup the same way; such a cookie is dropped rather than refused, since
    another site on a shared parent domain could set one and lock a reader out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path_info or "%00" in query or "\x00" in query:
            return refuse_nul_bytes(request)
        cookies = request.META.get("HTTP_COOKIE", "")
        if "\\000" in cookies or "\x00" in cookies:
            request.COOKIES = {
                name: value for name, value in request.COOKIES.items() if "\x00" not in value
            }
        return self.get_response(request)


def refuse_nul_bytes(request):
    """The 400 for a NUL byte: JSON under /api/ (the key each API uses for its own
    errors), a page in the address's language elsewhere."""
    path = request.path_info
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    with translation.override(language):
        message = _("Địa chỉ chứa ký tự không hợp lệ (ký tự NUL). Vui lòng kiểm tra lại đường dẫn.")
        if path.startswith("/api/"):
            # Wagtail API v2 reports errors under "message", the portal's own APIs
            # under "error".
            key = "message" if path.startswith("/api/v2/") else "error"
            return JsonResponse(
                {key: message}, status=400, json_dumps_params={"ensure_ascii": False}
            )
        html = render_to_string("400.html", {"message": message}, request=None)
    return HttpResponseBadRequest(html)
