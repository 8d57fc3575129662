"""CPU of warm search requests, in process: the search page or the API for the twenty
searches the HTTP benchmark cycles through (http_bench.SEARCHES), median
`time.process_time` per query, optionally a cProfile of every timed request.

    DATABASE_URL=postgres://…/demo REQUEST_LOG=0 .venv/bin/python tests/benchmarks/search_cpu.py \
        {api|page} [--rounds 5] [--base-dir /path/to/older/checkout] [--profile] [--database]

`--database` adds, per query, the median wall time of the request and the time its
SQL statements took as the client waits for them (the database's own work, which
`process_time` never counts), with the number of statements.

`--base-dir` runs another checkout's code (with this virtualenv) on the same
database, for a before/after in one run. Production-like settings as
profile_pages.py: DEBUG off, page cache off, fragment caches on (local memory)."""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

from http_bench import SEARCHES


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["api", "page"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base-dir", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--database", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, args.base_dir)
    os.chdir(args.base_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("PAGE_CACHE", "0")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    path = "/api/search/" if args.target == "api" else "/tim-kiem/"
    client = Client()
    for words in SEARCHES * 2:
        assert client.get(path, {"q": words}, HTTP_HOST="localhost").status_code == 200
    cpu = {words: [] for words in SEARCHES}
    timings = {words: [] for words in SEARCHES}
    profile = cProfile.Profile(time.process_time) if args.profile else None
    for _ in range(args.rounds):
        for words in SEARCHES:
            statements = []
            if profile:
                profile.enable()
            wall = time.perf_counter()
            started = time.process_time()
            with connection.execute_wrapper(_timed(statements) if args.database else _plain):
                client.get(path, {"q": words}, HTTP_HOST="localhost")
            cpu[words].append((time.process_time() - started) * 1000)
            wall = (time.perf_counter() - wall) * 1000
            timings[words].append((wall, sum(statements), len(statements)))
            if profile:
                profile.disable()
    medians = {words: statistics.median(values) for words, values in cpu.items()}
    for words, value in medians.items():
        line = f"{words:28s} {value:6.2f}"
        if args.database:
            columns = zip(*timings[words], strict=True)
            wall, database, count = (statistics.median(column) for column in columns)
            line += f"  wall {wall:7.1f}  database {database:7.1f} ms in {count:.0f} statements"
        print(line)
    ordered = sorted(medians.values())
    print(f"{args.target} CPU ms: median {statistics.median(ordered):.2f}, max {ordered[-1]:.2f}")
    if args.database:
        database = sorted(statistics.median(t[1] for t in timings[w]) for w in SEARCHES)
        print(
            f"{args.target} database ms: median {statistics.median(database):.1f}, "
            f"max {database[-1]:.1f}, sum {sum(database):.1f}"
        )
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(60)


def _plain(execute, sql, params, many, context):
    return execute(sql, params, many, context)


def _timed(statements):
    """An execute wrapper adding each statement's wall time (ms) to `statements`."""

    def wrapper(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            statements.append((time.perf_counter() - started) * 1000)

    return wrapper


if __name__ == "__main__":
    main()
