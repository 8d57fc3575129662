"""Soak test: mixed traffic (pages, search, view beacons) for ten minutes against
`make serve`; reports errors (must be 0) and worker memory at start and end (growth
must stay under 10 %).

    .venv/bin/python tests/benchmarks/soak.py [--duration 600] [--port 8765]

Needs wrk (Debian package `wrk`). Run `make run` once before, so the demo site exists.
"""

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from serving import Server, page_ids, run_wrk, sitemap_paths, write_lua

SEARCHES = ["ke hoach", "thi đua", "khen thưởng", "chi thi", "12/KH-UBND", "dai hoi", "xyz"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=600, help="seconds of traffic")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--timeout",
        type=int,
        default=30,
        help="seconds before wrk counts a request as failed (wrk's own default is 2)",
    )
    parser.add_argument("--output", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()

    # Workers are not recycled during the soak, so the end figure is the memory of
    # the same processes that served every request.
    server = Server(args.port, env={"GUNICORN_MAX_REQUESTS": "0"})
    with server, tempfile.TemporaryDirectory() as workdir:
        paths = sitemap_paths(server.base_url)
        ids = page_ids(server.base_url)
        requests = [("GET", path, None) for path in paths]
        # wrk sends the target as written: the query must already be URL-encoded.
        requests += [("GET", f"/tim-kiem/?q={quote(query)}", None) for query in SEARCHES]
        requests += [("GET", f"/api/search/?q={quote(query)}", None) for query in SEARCHES]
        requests += [("POST", "/api/views/", json.dumps({"page": pid})) for pid in ids]
        script = Path(workdir) / "mixed.lua"
        write_lua(script, requests)

        # A short warm-up fills caches and imports lazily loaded modules, so the
        # start figure is the workers' settled size rather than their boot size.
        run_wrk(
            server.base_url, script, duration=20, connections=args.connections,
            timeout=args.timeout,
        )
        rss_start = server.worker_rss_mib()
        started = time.monotonic()
        result = run_wrk(
            server.base_url, script, duration=args.duration, connections=args.connections,
            timeout=args.timeout,
        )
        elapsed = time.monotonic() - started
        rss_end = server.worker_rss_mib()

    start_total = sum(rss_start.values())
    end_total = sum(rss_end.values())
    growth = (end_total - start_total) / start_total if start_total else 0.0
    errors = result["non_2xx_3xx"] + result["socket_errors"]
    figures = {
        "duration_s": round(elapsed),
        "distinct_requests": len(requests),
        "requests": result["requests"],
        "requests_per_second": result["requests_per_second"],
        "errors": errors,
        "non_2xx_3xx": result["non_2xx_3xx"],
        "socket_errors": result["socket_errors"],
        "latency_p99": _p99(result["raw"]),
        "worker_rss_mib_start": {str(k): round(v, 1) for k, v in rss_start.items()},
        "worker_rss_mib_end": {str(k): round(v, 1) for k, v in rss_end.items()},
        "rss_growth_percent": round(growth * 100, 2),
    }
    print(json.dumps(figures, indent=2))
    if args.output:
        args.output.write_text(json.dumps(figures, indent=2) + "\n")
    ok = errors == 0 and growth < 0.10
    print("SOAK " + ("PASSED" if ok else "FAILED"))
    return 0 if ok else 1


def _p99(wrk_output):
    match = re.search(r"99%\s+(\S+)", wrk_output)
    return match.group(1) if match else None


if __name__ == "__main__":
    sys.exit(main())
