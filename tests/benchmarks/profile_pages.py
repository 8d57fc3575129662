"""Render cost of every page type, in process: CPU ms and SQL queries per request,
warm and cold, the first requests after a publish, and a cold CPU profile on
demand. CPU time (time.process_time) rather than wall time, so a busy machine changes
the figures little; `make bench` gives the served figures.

    DATABASE_URL=postgres://…/portal_bench_demo .venv/bin/python \\
        tests/benchmarks/profile_pages.py [paths…] [--repeat 30] [--profile] \\
        [--publish] [--base-dir /path/to/another/checkout]

Without paths: the first live page of every page type, the archive unfiltered and
filtered, the search page and the search API. Production settings, PAGE_CACHE=0;
the cold requests' median wall time too, which counts PostgreSQL's own work:

- warm: fragment, route and settings caches filled (a first request per path fills
  them), as on a running site between publishes;
- cold: a site-wide purge (a new generation token) before each request, as right
  after a publish used to leave every page: fragments, routes and settings retired.

`--publish` (needs REDIS_URL): the page cache on, every path cached, then an article
republished; the first request to each path after the publish, the mean of
`--repeat` publishes. `--base-dir` runs the same measurements on another checkout of
the project (for example an export of the previous main) with this script.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

SEARCH_WORDS = "thi đua"
# (name, model label, how the address is built); the first live page of the type.
PAGE_TYPES = [
    ("news list", "home.NewsIndexPage"),
    ("article", "home.NewsPage"),
    ("document", "documents.OfficialDocumentPage"),
    ("plan", "documents.PlanPage"),
    ("directive", "documents.DirectivePage"),
    ("award decision", "home.AwardDecisionPage"),
    ("archive", "documents.DocumentArchivePage"),
    ("profile list", "home.ModelProfileIndexPage"),
    ("profile", "home.ModelProfilePage"),
    ("event list", "home.CongressEventIndexPage"),
    ("event", "home.CongressEventPage"),
    ("clusters", "home.EmulationClusterIndexPage"),
    ("most viewed", "home.MostViewedPage"),
    ("award look-up", "home.AwardSearchPage"),
    ("consultations", "home.ConsultationIndexPage"),
    ("consultation", "home.ConsultationPage"),
]
# Sub-pages measured beside a type's page: (type name, name, suffix of the address).
SUB_PAGES = [
    ("archive", "archive filtered", "?type=ke-hoach&status=con-hieu-luc"),
    ("award look-up", "award statistics", "thong-ke/"),
]


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="addresses to measure (default: every type)")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="print cold CPU profiles")
    parser.add_argument("--publish", action="store_true", help="first requests after a publish")
    parser.add_argument("--base-dir", default=str(Path(__file__).resolve().parents[2]))
    return parser.parse_args()


def setup(base_dir, page_cache_on):
    sys.path.insert(0, base_dir)
    os.chdir(base_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    os.environ.setdefault("SECRET_KEY", "profile-pages-local-only-not-a-deployment-secret")
    os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ["PAGE_CACHE"] = "1" if page_cache_on else "0"
    os.environ["QUERY_COUNT_HEADER"] = "1"
    os.environ.setdefault("REQUEST_LOG", "0")
    # The server's own start-up (portal/wsgi.py): Django set up, the middleware loaded,
    # then everything imported so far frozen out of the collector's reach. Without the
    # freeze, a full collection here walked about 185,000 start-up objects (60–130 ms)
    # that a gunicorn worker never walks, and landed inside one page's timed requests:
    # the award decision page's 9.3 ms warm at 100,000 documents (2.6 ms alone).
    import portal.wsgi  # noqa: F401


def every_page_type():
    """[(name, path)] from the database: the types that have a live page."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    targets = [("home", "/")]
    for name, label in PAGE_TYPES:
        try:
            model = apps.get_model(label)
        except LookupError:
            print(f"  ({name}: no {label} in this checkout)")
            continue
        page = (
            Page.objects.live()
            .filter(content_type=ContentType.objects.get_for_model(model))
            .order_by("path")
            .first()
        )
        if page is None:
            print(f"  ({name}: no live {label})")
            continue
        path = page.specific.url
        targets.append((name, path))
        targets += [(sub, path + suffix) for of, sub, suffix in SUB_PAGES if of == name]
    targets.append(("search page", "/tim-kiem/?q=" + SEARCH_WORDS.replace(" ", "+")))
    targets.append(("search API", "/api/search/?q=" + SEARCH_WORDS.replace(" ", "+")))
    return targets


def client():
    from django.test import Client

    return Client(
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux) portal-profile", HTTP_X_COUNT_QUERIES="1"
    )


def cpu_ms(run, repeat, before=None):
    """Mean CPU ms of `run()` over `repeat` runs; `before()` runs untimed each time."""
    return cpu_and_wall_ms(run, repeat, before)[0]


def cpu_and_wall_ms(run, repeat, before=None):
    """(mean CPU ms, median wall ms) of `run()` over `repeat` runs. The wall time
    counts what the CPU time of this process does not: PostgreSQL's own work."""
    spent = 0.0
    walls = []
    for _ in range(repeat):
        if before:
            before()
        started, wall = time.process_time(), time.perf_counter()
        run()
        walls.append(time.perf_counter() - wall)
        spent += time.process_time() - started
    return spent * 1000 / repeat, statistics.median(walls) * 1000


def cold_profile(browser, path, repeat):
    """cProfile on CPU time (not wall time, which waits on the database and on the
    machine's other work) of cold requests: the project's and Wagtail's functions
    with the most cumulative time."""
    import cProfile
    import pstats

    from portal import page_cache

    profiler = cProfile.Profile(time.process_time)
    for _ in range(repeat):
        page_cache.purge()
        profiler.enable()
        browser.get(path)
        profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(r"/(portal|home|documents|search|wagtail/(images|rich_text))/", 45)


def render_costs(targets, repeat, profile):
    from portal import page_cache

    browser = client()
    rows = []
    for name, path in targets:
        status = browser.get(path).status_code
        queries = browser.get(path).get("X-Query-Count", "?")
        warm = cpu_ms(lambda path=path: browser.get(path), repeat)
        page_cache.purge()
        cold_queries = browser.get(path).get("X-Query-Count", "?")
        cold, cold_wall = cpu_and_wall_ms(
            lambda path=path: browser.get(path), repeat, before=page_cache.purge
        )
        rows.append((name, path, status, warm, queries, cold, cold_queries, cold_wall))
        print(f"  {name}: warm {warm:.2f} ms, cold {cold:.2f} ms", flush=True)
        if profile:
            cold_profile(browser, path, repeat)
    width = max(len(row[0]) for row in rows)
    print(f"\n{'page':<{width}}  status  warm ms  SQL  cold ms  SQL  cold wall ms  path")
    for name, path, status, warm, queries, cold, cold_queries, cold_wall in rows:
        print(
            f"{name:<{width}}  {status:>6}  {warm:>7.2f}  {queries:>3}  {cold:>7.2f}  "
            f"{cold_queries:>3}  {cold_wall:>12.2f}  {path}"
        )


def after_publish(targets, repeat):
    """CPU ms of the first request to each path after an article is republished,
    every path cached before each publish."""
    from django.db import connection
    from wagtail.models import Page

    from home.models import NewsPage
    from portal import page_cache

    article = NewsPage.objects.live().order_by("path").first()
    browser = client()
    page_cache.purge()
    spent = {name: [] for name, _ in targets}
    states = {name: set() for name, _ in targets}
    for _ in range(repeat):
        for _, path in targets:
            browser.get(path)
            browser.get(path)
        # The editor's side, untimed: a republish, its purge run on commit.
        Page.objects.get(pk=article.pk).specific.save_revision().publish()
        connection.close()
        for name, path in targets:
            started = time.process_time()
            response = browser.get(path)
            spent[name].append((time.process_time() - started) * 1000)
            states[name].add(response.get("X-Page-Cache", "-"))
    print(f"\nFirst request after republishing {article.url} (mean of {repeat} publishes)")
    width = max(len(name) for name, _ in targets)
    print(f"{'page':<{width}}  CPU ms  cache")
    for name, _ in targets:
        states_seen = "/".join(sorted(states[name]))
        print(f"{name:<{width}}  {statistics.mean(spent[name]):>6.2f}  {states_seen}")


def main():
    args = arguments()
    if args.publish and not os.environ.get("REDIS_URL"):
        sys.exit("--publish needs REDIS_URL: the page cache on Redis, as deployed")
    setup(args.base_dir, page_cache_on=args.publish)
    from django.conf import settings
    from django.db import connection

    targets = [(path, path) for path in args.paths] or every_page_type()
    print(
        f"{connection.vendor}, {args.base_dir}, cache {settings.CACHES['default']['BACKEND']}, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    if args.publish:
        after_publish(targets, args.repeat)
    else:
        render_costs(targets, args.repeat, args.profile)


if __name__ == "__main__":
    main()
