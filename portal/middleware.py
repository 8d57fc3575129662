"""Middleware of the project as a whole (not of one app)."""

from contextlib import ExitStack

from django.db import connections


class QueryCountHeaderMiddleware:
    """Adds `X-Query-Count`: the SQL statements the request ran, on every database.

    Only the HTTP benchmark turns it on (`QUERY_COUNT_HEADER=1`), so the figures it
    prints come from the very requests gunicorn served, page cache included. It sits
    first in the stack so that queries of every other middleware count too.
    """

    header = "X-Query-Count"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
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
