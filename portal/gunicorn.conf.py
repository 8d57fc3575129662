"""gunicorn settings for `make serve` and production.

One access-log line per request with status and duration in milliseconds. The
format names no header and logs the path without its query string, so neither
cookies and session ids nor what citizens searched for reach the log.
"""

import os
import sys

from gunicorn import glogging

# Every worker holds what the master imported, 2,100 modules. Without their docstrings
# (and assert statements, which nothing here relies on) and without the column
# positions kept for tracebacks' carets, a worker is about 6 MiB smaller
# (tests/benchmarks/README.md, "Web worker memory (mem25)"). The interpreter reads both
# only at start, so gunicorn restarts itself once with them, whoever launched it
# (`make serve`, systemd, a shell); the command line and the process stay the same.
# gunicorn loads this file as `__config__`; other readers (tests) are not restarted.
if __name__ == "__config__" and sys.flags.optimize < 2:
    os.environ["PYTHONOPTIMIZE"] = "2"
    os.environ["PYTHONNODEBUGRANGES"] = "1"
    os.execv(sys.executable, sys.orig_argv)

# gunicorn's access line replaces the one Django's request-log middleware writes
# under runserver; the workers inherit this before they load the application.
os.environ.setdefault("REQUEST_LOG", "0")

bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS", "2"))
# Django and Wagtail are imported once in the master and the workers are forked from
# it: they share those pages of memory, and a worker replaced after max_requests
# starts in milliseconds instead of importing everything again.
preload_app = True
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


class AccessLogger(glogging.Logger):
    """gunicorn's logger, building only the atoms the format above uses. The stock
    one copies every request header, response header and environ entry into the
    atoms for each line (and formats a timestamp the format never shows); for a
    page answered from the cache that was a sizeable share of the request."""

    def atoms(self, resp, req, environ, request_time):
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        return {
            "h": environ.get("REMOTE_ADDR", "-"),
            "m": environ.get("REQUEST_METHOD"),
            "U": environ.get("PATH_INFO"),
            "s": status,
            "B": getattr(resp, "sent", None),
            "M": request_time.seconds * 1000 + request_time.microseconds // 1000,
        }


logger_class = AccessLogger
# A worker that has served this many requests is replaced, which bounds the
# memory any slow leak can take.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
