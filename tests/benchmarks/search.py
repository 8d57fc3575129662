"""Search API at scale: 20 representative queries (common and rare words, phrases,
numbers, no diacritics) through GET /api/search/, server time and SQL queries.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/search.py

Run it on a database filled by `manage.py generate_load_data`."""

from inprocess import arguments, measure, report, setup

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


def main():
    options = arguments(__doc__)
    setup()
    from django.test import Client

    from documents.models import OfficialDocumentPage

    sample = OfficialDocumentPage.objects.live().order_by("pk")[1000:1001].get()
    number = sample.number
    loose = number.lower().replace("/", " ").replace("-", " ")
    client = Client()
    results = []
    for query in QUERIES:
        text = query.format(number=number, number_loose=loose)

        def run(text=text):
            response = client.get("/api/search/", {"q": text}, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            return response.json()["count"]

        results.append(measure(text, run, repeat=options.repeat, warmup=options.warmup))
    p95s = sorted(result["p95_ms"] for result in results)
    print(f"worst p95 {p95s[-1]:.1f} ms; p95 over all queries' p50: "
          f"{sorted(r['p50_ms'] for r in results)[int(0.95 * (len(results) - 1))]:.1f} ms")
    report("search API", results, options.json)


if __name__ == "__main__":
    main()
