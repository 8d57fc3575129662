"""The archive's keyword box and the filtered search at scale: `/van-ban/?q=…` with a
common word, with a common word and filters, with a rare word and a number, and the
search API with a type or year filter, through Django's test client (server time and
CPU, SQL queries, the count shown). Issue #25 point 5, #22 point 6.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/keyword_filters.py

Run it on a database filled by `manage.py generate_load_data`."""

import statistics
import time

from inprocess import arguments, measure, report, setup

ARCHIVE_CASES = [
    {"q": "thi đua"},
    {"q": "khen thưởng"},
    {"q": "thi đua", "type": "ke-hoach"},
    {"q": "thi đua", "type": "quyet-dinh", "status": "het-hieu-luc"},
    {"q": "kế hoạch", "page": 5},
    {"q": "sâm Ngọc Linh"},
    {"q": "{number}"},
]
API_CASES = [
    {"q": "thi đua", "type": "documents.OfficialDocumentPage"},
    {"q": "khen thưởng", "year": "{year}"},
    {"q": "thi đua", "type": "home.NewsPage"},
    {"q": "chuyển đổi số", "type": "documents.PlanPage"},
    {"q": "sâm Ngọc Linh", "year": "{year}"},
]


def main():
    options = arguments(__doc__)
    setup()
    from django.test import Client

    from documents.models import DocumentArchivePage, OfficialDocumentPage

    archive = DocumentArchivePage.objects.live().first()
    url = archive.url_path[len(archive.get_site().root_page.url_path) - 1 :]
    sample = OfficialDocumentPage.objects.live().order_by("pk")[500:501].get()
    values = {"number": sample.number, "year": str(sample.issued_on.year)}
    client = Client()
    results = []

    def timed(name, call):
        cpu = []

        def run():
            started = time.process_time()
            outcome = call()
            cpu.append((time.process_time() - started) * 1000)
            return outcome

        result = measure(name, run, repeat=options.repeat, warmup=options.warmup)
        result["cpu_ms"] = round(statistics.median(cpu[options.warmup :]), 2)
        print(f"    cpu p50 {result['cpu_ms']} ms", flush=True)
        results.append(result)

    for case in ARCHIVE_CASES:
        params = {key: value.format(**values) if isinstance(value, str) else value
                  for key, value in case.items()}

        def archive_page(params=params):
            response = client.get(url, params, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            more = "+" if response.context.get("count_more") else ""
            return f"{response.context['page_obj'].paginator.count}{more}"

        timed(f"archive {params}", archive_page)
    for case in API_CASES:
        params = {key: value.format(**values) for key, value in case.items()}

        def api(params=params):
            response = client.get("/api/search/", params, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            data = response.json()
            return f"{data['count']}{'+' if data['count_more'] else ''}"

        timed(f"api {params}", api)
    report("keyword filters", results, options.json)
    for result in results:
        print(f"{result['name']}: cpu p50 {result['cpu_ms']} ms")


if __name__ == "__main__":
    main()
