"""Fence around the middleware loading of Django's WSGI handler (Django 5.2.19,
`django.core.handlers.base.BaseHandler`; the same names since Django 3.1).

ShortChainHandler is Django's own WSGI handler (request signals and their database
connection care, 500 handling, the 4xx warning in the log) whose middleware chain
ends in one view rather than in URL resolution, and holds only some of
settings.MIDDLEWARE: the view beacon (home/analytics/beacon.py) takes it so a beacon
skips sessions, CSRF, authentication, the page cache and the rest of a page's chain.

It overrides `BaseHandler.load_middleware(is_async=False)`, which
`WSGIHandler.__init__` calls, and fills in what that method builds and
`BaseHandler.get_response` / `_get_response` read: `_middleware_chain` (the
callable a request goes through), `_view_middleware`,
`_template_response_middleware` and `_exception_middleware` (empty here: the chain
resolves no URL), with each step wrapped by `convert_exception_to_response` as
Django wraps them.

tests/portal/test_fences.py checks these names and that the chain answers. With
`LIBRARY_FENCES["wsgi_handler"]` off, `short_chain_handler` gives None and the
caller sends the request through the site's full Django application.
"""

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.core.handlers.exception import convert_exception_to_response
from django.core.handlers.wsgi import WSGIHandler
from django.utils.module_loading import import_string

from portal.fences import enabled


class ShortChainHandler(WSGIHandler):
    """Django's WSGI handler whose middleware chain ends in `view` and holds only the
    `middleware` (dotted paths) that settings.MIDDLEWARE lists, in their order there."""

    def __init__(self, view, middleware):
        self.view = view
        self.middleware = frozenset(middleware)
        super().__init__()

    def load_middleware(self, is_async=False):
        self._view_middleware = []
        self._template_response_middleware = []
        self._exception_middleware = []
        handler = convert_exception_to_response(self.view)
        for path in reversed(settings.MIDDLEWARE):
            if path not in self.middleware:
                continue
            try:
                middleware = import_string(path)(handler)
            except MiddlewareNotUsed:
                continue
            handler = convert_exception_to_response(middleware)
        self._middleware_chain = handler


def short_chain_handler(view, middleware):
    """A ShortChainHandler for `view`, or None when the fence is off."""
    if not enabled("wsgi_handler"):
        return None
    return ShortChainHandler(view, middleware)
