""""Most viewed" at scale: the ranking query behind /api/most-viewed/ for 7 days,
30 days and all time (with and without a page type), its cache emptied before
every run so the database answers each time.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/most_viewed.py

Run it on a database filled by `manage.py generate_load_data` (a year of daily rows)."""

from inprocess import arguments, measure, report, setup


def main():
    options = arguments(__doc__)
    setup()
    from django.core.cache import cache

    from documents.models import OfficialDocumentPage
    from home.analytics.stats import most_viewed
    from home.models import DailyPageViews, NewsPage

    print(f"{DailyPageViews.objects.count()} daily rows")
    cases = [
        ("7 days", {"period": "7"}),
        ("30 days", {"period": "30"}),
        ("all time", {"period": "all"}),
        ("30 days, documents", {"period": "30", "model": OfficialDocumentPage}),
        ("7 days, news", {"period": "7", "model": NewsPage}),
        ("30 days, listed only", {"period": "30", "listed_only": True}),
    ]
    results = []
    for name, kwargs in cases:

        def run(kwargs=kwargs):
            return len(most_viewed(limit=10, **kwargs))

        results.append(
            measure(name, run, repeat=options.repeat, warmup=options.warmup, before=cache.clear)
        )
    report("most viewed", results, options.json)


if __name__ == "__main__":
    main()
