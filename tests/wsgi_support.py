"""Calling a WSGI application as gunicorn does, for the tests of what portal/wsgi.py
serves in front of Django's handler."""

import io

from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory


class SpyApplication:
    """Stands for the application behind a wrapper: records the requests that reach it."""

    def __init__(self):
        self.environs = []

    def __call__(self, environ, start_response):
        self.environs.append(environ)
        start_response("204 No Content", [])
        return [b""]


def call_wsgi(application, path, method="GET", body=b"", **extra):
    """Status, headers and body of one request, the response closed afterwards as a
    WSGI server closes it."""
    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD=method, **extra)
    if body:
        environ.update(CONTENT_LENGTH=str(len(body)), CONTENT_TYPE="application/json")
        environ["wsgi.input"] = io.BytesIO(body)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = dict(headers)

    # As Django's test client does: the test's database connection must outlive the
    # request (it holds the test's transaction).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = application(environ, start_response)
        answer["body"] = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    answer["environ"] = environ
    return answer
