"""Shared by the in-process benchmarks (archive.py, search.py, most_viewed.py): set
Django up against the database named by DATABASE_URL, time a callable many times
and count its SQL queries. Server time only: no HTTP server, no network. Not part of
the test run."""

import argparse
import gc
import json
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def setup():
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    # Debug off as in production: no query log kept in memory, no debug pages.
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("PAGE_CACHE", "0")
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    # Lets the test client hand back the template context (counts to report).
    setup_test_environment(debug=False)
    # What start-up leaves behind is frozen, as portal/wsgi.py does in the server, so
    # full collections cost here what they cost there.
    gc.freeze()


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per case")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs per case")
    parser.add_argument("--json", help="also write the figures to this file")
    return parser.parse_args()


def percentile(values, share):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def measure(name, run, *, repeat, warmup, before=None):
    """Time `run()` `repeat` times (after `warmup` runs); `before()` runs untimed
    ahead of each run (for example to empty a cache). Returns a result dict."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(warmup):
        if before:
            before()
        run()
    timings = []
    queries = 0
    for _ in range(repeat):
        if before:
            before()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            outcome = run()
            timings.append((time.perf_counter() - started) * 1000)
        queries = max(queries, len(captured.captured_queries))
    result = {
        "name": name,
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "max_ms": round(max(timings), 2),
        "queries": queries,
        "outcome": outcome,
    }
    # Printed as it comes, so a long run shows progress.
    print(
        f"  {name}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, {queries} queries",
        flush=True,
    )
    return result


def measure_cpu(name, call, *, repeat, warmup):
    """measure() of `call`, with the median CPU time of this process per timed run
    (`cpu_ms`): what the server spends, the database's time left out."""
    cpu = []

    def run():
        started = time.process_time()
        outcome = call()
        cpu.append((time.process_time() - started) * 1000)
        return outcome

    result = measure(name, run, repeat=repeat, warmup=warmup)
    result["cpu_ms"] = round(statistics.median(cpu[warmup:]), 2)
    print(f"    cpu p50 {result['cpu_ms']} ms", flush=True)
    return result


def archive_and_document():
    """(the document archive's address on its site, a live document well inside it:
    the 501st, the last of a smaller archive) for the archive benchmarks."""
    from documents.models import DocumentArchivePage, OfficialDocumentPage

    archive = DocumentArchivePage.objects.live().first()
    url = archive.url_path[len(archive.get_site().root_page.url_path) - 1 :]
    documents = OfficialDocumentPage.objects.live().order_by("pk")
    return archive, url, documents[500:501].first() or documents.last()


def report(title, results, json_path=None):
    from django.db import connection

    header = {
        "benchmark": title,
        "database": connection.vendor,
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
    width = max(len(result["name"]) for result in results)
    print(f"{title} on {connection.vendor} (load average {header['load_average'][0]:.1f})")
    print(f"{'case':<{width}}  {'p50 ms':>8}  {'p95 ms':>8}  {'queries':>7}  outcome")
    for result in results:
        print(
            f"{result['name']:<{width}}  {result['p50_ms']:>8.2f}  {result['p95_ms']:>8.2f}  "
            f"{result['queries']:>7}  {result['outcome']}"
        )
    if json_path:
        Path(json_path).write_text(
            json.dumps({**header, "results": results}, ensure_ascii=False, indent=2)
        )
