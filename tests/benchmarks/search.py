"""Search API at scale: 20 representative queries (common and rare words, phrases,
numbers, no diacritics) through GET /api/search/, server time and SQL queries.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/search.py

Run it on a database filled by `manage.py generate_load_data`. Besides wall time it
reports each query's median CPU time of this process (`time.process_time`, what the
web worker spends; the database's own work is in the wall time only). `--count`
times the count of the matches alone (search.matching.bounded_count), the one
query a search runs over every match, for the same words."""

import statistics
import sys

from inprocess import arguments, measure_cpu, report, setup

QUERIES = [
    "thi đua",
    "khen thưởng",
    "thi dua khen thuong",
    "kế hoạch",
    "Bằng khen",
    "chuyển đổi số",
    "nông thôn mới",
    "Chiến sĩ thi đua cơ sở",
    "giao ước thi đua",
    "cải cách hành chính",
    "gốm Bàu Trúc",
    "thổ cẩm",
    "sâm Ngọc Linh",
    "bai choi",
    "Đông Lâm",
    "Nguyễn Văn Hùng",
    "UBND",
    "KH-UBND",
    "{number}",
    "{number_loose}",
]


def _counting(text):
    """The count query of `text` as the search page runs it: every word, any word
    when no page holds them all."""
    from wagtail.models import Locale

    from search.matching import bounded_count, matching_pages
    from search.query import clean_query, parse_query
    from search.ranking import base_queryset

    parsed = parse_query(clean_query(text))
    queryset = base_queryset(Locale.objects.get(language_code="vi"))

    def run():
        count = None
        for operator in ("and", "or"):
            pages, complete = matching_pages(parsed, queryset, operator)
            count = bounded_count(pages, complete)
            if count.value or count.more:
                break
        return f"{count.value}{'+' if count.more else ''}"

    return run


def main():
    counting = "--count" in sys.argv
    if counting:
        sys.argv.remove("--count")
    options = arguments(__doc__)
    setup()
    from django.test import Client

    from documents.models import OfficialDocumentPage

    documents = OfficialDocumentPage.objects.live().order_by("pk")
    # The 1001st document at scale, the last one in the demo's few.
    sample = documents[1000:1001].first() or documents.last()
    number = sample.number
    loose = number.lower().replace("/", " ").replace("-", " ")
    client = Client()
    results = []
    for query in QUERIES:
        text = query.format(number=number, number_loose=loose)

        def request(text=text):
            response = client.get("/api/search/", {"q": text}, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            return response.json()["count"]

        call = _counting(text) if counting else request
        results.append(
            measure_cpu(text, call, repeat=options.repeat, warmup=options.warmup)
        )
    p95s = sorted(result["p95_ms"] for result in results)
    print(f"worst p95 {p95s[-1]:.1f} ms; p95 over all queries' p50: "
          f"{sorted(r['p50_ms'] for r in results)[int(0.95 * (len(results) - 1))]:.1f} ms")
    cpus = sorted(result["cpu_ms"] for result in results)
    print(f"CPU ms p50 per query: min {cpus[0]:.1f}, median {statistics.median(cpus):.1f}, "
          f"max {cpus[-1]:.1f}")
    report("search count" if counting else "search API", results, options.json)


if __name__ == "__main__":
    main()
