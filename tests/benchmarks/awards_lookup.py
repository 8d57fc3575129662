"""Award look-up at scale: names, units and filters through GET /api/awards/ and the
look-up page, server time (p50/p95), CPU per request and SQL queries.

    DATABASE_URL=postgres://…/lookup_bench .venv/bin/python tests/benchmarks/awards_lookup.py \\
        [--rows 100000] [--repeat 30]

Run it on a migrated database with the demo loaded (`manage.py load_demo_data`): when
it holds fewer award rows than --rows, `generate_load_data --awards` adds them.
Targets (issue #20): p95 ≤ 50 ms and ≤ 10 ms CPU per look-up by name."""

import sys
import time

from inprocess import arguments, measure, report, setup

CASES = [
    ("exact name", {"q": "nguyen thi thu huong"}),
    ("name with marks", {"q": "Nguyễn Thị Thu Hường"}),
    ("given names", {"q": "thu huong"}),
    # A name of the data itself, typed without marks: "{sample}" is filled in.
    ("rare name", {"q": "{sample}"}),
    ("no match", {"q": "zzyzx qwerty"}),
    ("unit", {"q": "so tai chinh"}),
    ("name and year", {"q": "{sample}", "year": "{sample_year}"}),
    ("level and kind", {"level": "tinh", "kind": "ca-nhan"}),
    ("everything, page 50", {"page": "50"}),
]


def fill(target):
    """`target` award rows at least, added by the load-data generator
    (`generate_load_data --awards`: realistic decisions, both kinds, recurring people)
    and nothing else; rerun with the same target it adds nothing."""
    from django.core.management import call_command

    from home.models import AwardRow

    if AwardRow.objects.count() < target:
        call_command(
            "generate_load_data", documents=0, news=0, profiles=0, events=0, awards=target
        )
    return AwardRow.objects.count()


def _rows_option():
    """--rows N, taken out of argv before the shared options are parsed."""
    if "--rows" not in sys.argv:
        return 100_000
    at = sys.argv.index("--rows")
    value = int(sys.argv[at + 1])
    del sys.argv[at : at + 2]
    return value


def main():
    target = _rows_option()
    options = arguments(__doc__)
    setup()
    from django.db import connection
    from django.test import Client

    from home.models import AwardRow, AwardSearchPage

    rows = fill(target)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE home_awardrow")
    page_url = AwardSearchPage.objects.live().first().url
    sample = AwardRow.objects.filter(kind="ca-nhan").order_by("pk")[rows // 2 :][:1].get()
    filled = {"sample": sample.name_folded, "sample_year": str(sample.year)}
    client = Client()
    results = []
    for address in ("/api/awards/", page_url):
        for name, template in CASES:
            params = {key: value.format(**filled) for key, value in template.items()}
            spent = []

            def run(params=params, address=address, spent=spent):
                started = time.process_time()
                response = client.get(address, params, HTTP_HOST="localhost")
                spent.append((time.process_time() - started) * 1000)
                assert response.status_code == 200, response.status_code
                return (
                    response.context["results"].paginator.count
                    if response.context
                    else (response.json()["count"])
                )

            label = f"{'API' if address.startswith('/api') else 'page'}: {name}"
            result = measure(label, run, repeat=options.repeat, warmup=options.warmup)
            timed = sorted(spent[options.warmup :])
            result["cpu_ms"] = round(sum(timed) / len(timed), 2)
            result["outcome"] = f"{result['outcome']} hits, {result['cpu_ms']} ms CPU"
            results.append(result)
    print(
        f"{rows} award rows; worst p95 {max(r['p95_ms'] for r in results):.1f} ms, "
        f"worst CPU {max(r['cpu_ms'] for r in results):.1f} ms per request"
    )
    report("award look-up", results, options.json)


if __name__ == "__main__":
    main()
