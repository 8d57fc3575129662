"""Middleware of the project as a whole (not of one app)."""

from contextlib import ExitStack
from http import HTTPStatus

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import build_policy
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


def _excluded(setting):
    return tuple((getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, with the site's policy built once per process.

    django-csp rebuilds the header from the settings for every response: about
    0.05 ms of CPU, a sixth of a page-cache hit or a view beacon in process. Whenever
    a response neither overrides the policy (django-csp's decorators) nor used a
    nonce, the header is the same string each time, so it is built once; every other
    response goes through django-csp unchanged.
    """

    OVERRIDES = (
        "_csp_config", "_csp_update", "_csp_replace",
        "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro",
    )

    def __init__(self, get_response):
        super().__init__(get_response)
        self._default_policies = None

    def _policies(self):
        """(header, exemption attribute, policy, excluded path prefixes) for the
        enforced and the report-only policy."""
        if self._default_policies is None:
            self._default_policies = [
                (HEADER, "_csp_exempt", build_policy(), _excluded("CONTENT_SECURITY_POLICY")),
                (
                    HEADER_REPORT_ONLY,
                    "_csp_exempt_ro",
                    build_policy(report_only=True),
                    _excluded("CONTENT_SECURITY_POLICY_REPORT_ONLY"),
                ),
            ]
        return self._default_policies

    def process_response(self, request, response):
        uses_nonce = isinstance(getattr(request, "_csp_nonce", None), str)
        if uses_nonce or any(getattr(response, name, None) is not None for name in self.OVERRIDES):
            return super().process_response(request, response)
        debug_page = response.status_code in (
            HTTPStatus.INTERNAL_SERVER_ERROR,
            HTTPStatus.NOT_FOUND,
        )
        if debug_page and settings.DEBUG:
            return response
        # The same conditions as django-csp's own process_response.
        for header, exempt, policy, excluded in self._policies():
            if (
                policy
                and header not in response
                and not getattr(response, exempt, False)
                and not request.path_info.startswith(excluded)
            ):
                response[header] = policy
        if getattr(request, "_csp_nonce", None) is None:
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
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
