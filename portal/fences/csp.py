"""Fence around django-csp's middleware internals (django-csp 4.0).

django-csp rebuilds the policy header from the settings for every response: about
0.05 ms of CPU, a sixth of a page-cache hit or a view beacon in process. Whenever a
response neither overrides the policy (django-csp's decorators) nor used a nonce,
the header is the same string each time, so CSPMiddleware builds it once per
process; every other response goes through django-csp unchanged. The page cache
(portal/page_cache.py) never stores a page whose HTML holds a nonce.

It relies on what django-csp keeps private:

- `request._csp_nonce`: the nonce, a str once `request.csp_nonce` was read
  (`CSPMiddleware._make_nonce`);
- the response attributes its decorators set: `_csp_config`, `_csp_update`,
  `_csp_replace`, `_csp_exempt` and their `_ro` (report-only) twins;
- `CSPMiddleware._csp_nonce_post_response`, what `request.csp_nonce` raises once the
  header is written;
- the conditions of `CSPMiddleware.process_response`, repeated here: no header on a
  404 or 500 under DEBUG, none where the response has one, is exempt or its path
  starts with an `EXCLUDE_URL_PREFIXES` entry.

tests/portal/test_fences.py checks these names and compares the headers with
django-csp's own. With `LIBRARY_FENCES["csp_policy"]` off, every response goes
through django-csp's own `process_response`, and the page cache asks the public
`bool(request.csp_nonce)` whether a nonce was used.
"""

from http import HTTPStatus

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import build_policy
from django.conf import settings

from portal.fences import enabled

NONCE_ATTRIBUTE = "_csp_nonce"
OVERRIDES = (
    "_csp_config", "_csp_update", "_csp_replace",
    "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro",
)
EXEMPTIONS = ("_csp_exempt", "_csp_exempt_ro")


def nonce_used(request):
    """Whether the response to `request` holds a CSP nonce (the request's own)."""
    if enabled("csp_policy"):
        return isinstance(getattr(request, NONCE_ATTRIBUTE, None), str)
    # django-csp's CheckableLazyObject is true once evaluated.
    return bool(getattr(request, "csp_nonce", None))


def _excluded(setting):
    return tuple((getattr(settings, setting, None) or {}).get("EXCLUDE_URL_PREFIXES") or ())


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, with the site's policy built once per process (see
    the module docstring)."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self._default_policies = None

    def _policies(self):
        """(header, exemption attribute, policy, excluded path prefixes) for the
        enforced and the report-only policy."""
        if self._default_policies is None:
            self._default_policies = [
                (HEADER, EXEMPTIONS[0], build_policy(), _excluded("CONTENT_SECURITY_POLICY")),
                (
                    HEADER_REPORT_ONLY,
                    EXEMPTIONS[1],
                    build_policy(report_only=True),
                    _excluded("CONTENT_SECURITY_POLICY_REPORT_ONLY"),
                ),
            ]
        return self._default_policies

    def process_response(self, request, response):
        if (
            not enabled("csp_policy")
            or nonce_used(request)
            or any(getattr(response, name, None) is not None for name in OVERRIDES)
        ):
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
        if getattr(request, NONCE_ATTRIBUTE, None) is None:
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
