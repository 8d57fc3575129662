"""Render cost of single pages, in process: CPU ms and SQL queries per request, and a
pyinstrument profile on demand. Quieter than wrk on a busy machine, so it is the tool
for making a page leaner; `make bench` gives the served figures.

    DATABASE_URL=postgres://…/portal_bench_demo .venv/bin/python \\
        tests/benchmarks/profile_pages.py / /tin-tuc/… [--repeat 50] [--profile]

Production settings, PAGE_CACHE=0; a first request per path warms caches and imports.
"""

import argparse
import os
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile")
    args = parser.parse_args()

    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    os.environ.setdefault("SECRET_KEY", "profile-pages-local-only-not-a-deployment-secret")
    os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("PAGE_CACHE", "0")
    os.environ["QUERY_COUNT_HEADER"] = "1"

    import django

    django.setup()
    from django.test import Client

    client = Client(
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux) portal-profile", HTTP_X_COUNT_QUERIES="1"
    )
    for path in args.paths:
        first = client.get(path)
        queries = client.get(path)["X-Query-Count"]
        started = time.process_time()
        for _ in range(args.repeat):
            client.get(path)
        cpu_ms = (time.process_time() - started) * 1000 / args.repeat
        print(f"{path}: status {first.status_code}, {cpu_ms:.2f} ms CPU, "
              f"{queries} queries per request")
        if args.profile:
            from pyinstrument import Profiler

            with Profiler(interval=0.0005) as profiler:
                for _ in range(args.repeat):
                    client.get(path)
            print(profiler.output_text(unicode=True, show_all=False))


if __name__ == "__main__":
    main()
