"""The archive's keyword box and the filtered search at scale: `/van-ban/?q=…` with a
common word, with a common word and filters, with a rare word and a number, and the
search API with a type or year filter, through Django's test client (server time and
CPU, SQL queries, the count shown). Issue #25 point 5, #22 point 6.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/keyword_filters.py

Run it on a database filled by `manage.py generate_load_data`."""

from inprocess import archive_and_document, arguments, measure_cpu, report, setup

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
    # An early year: a common word whose few matches there are among few pages.
    {"q": "khen thưởng", "year": "{early_year}"},
    {"q": "thi đua", "type": "home.NewsPage"},
    {"q": "chuyển đổi số", "type": "documents.PlanPage"},
    {"q": "sâm Ngọc Linh", "year": "{year}"},
]


def early_document():
    """The 501st oldest live document: its year holds a few hundred documents."""
    from documents.models import OfficialDocumentPage

    documents = OfficialDocumentPage.objects.live().order_by("issued_on", "pk")
    return documents[500:501].first() or documents.last()


def main():
    options = arguments(__doc__)
    setup()
    from django.test import Client

    _archive, url, sample = archive_and_document()
    values = {
        "number": sample.number,
        "year": str(sample.issued_on.year),
        "early_year": str(early_document().issued_on.year),
    }
    client = Client()
    results = []
    repeats = {"repeat": options.repeat, "warmup": options.warmup}
    for case in ARCHIVE_CASES:
        params = {key: value.format(**values) if isinstance(value, str) else value
                  for key, value in case.items()}

        def archive_page(params=params):
            response = client.get(url, params, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            more = "+" if response.context.get("count_more") else ""
            return f"{response.context['page_obj'].paginator.count}{more}"

        results.append(measure_cpu(f"archive {params}", archive_page, **repeats))
    for case in API_CASES:
        params = {key: value.format(**values) for key, value in case.items()}

        def api(params=params):
            response = client.get("/api/search/", params, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            data = response.json()
            return f"{data['count']}{'+' if data['count_more'] else ''}"

        results.append(measure_cpu(f"api {params}", api, **repeats))
    report("keyword filters", results, options.json)
    for result in results:
        print(f"{result['name']}: cpu p50 {result['cpu_ms']} ms")


if __name__ == "__main__":
    main()
