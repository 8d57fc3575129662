""""Most viewed" at scale: the ranking query behind /api/most-viewed/ for 7 days,
30 days and all time (with and without a page type), its cache emptied before
every run so the database answers each time (the once-a-day roll of the windows is
left out).

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/most_viewed.py

Run it on a database filled by `manage.py generate_load_data` (a year of daily rows)."""

from inprocess import arguments, measure, report, setup


def main():
    options = arguments(__doc__)
    setup()
    from django.core.cache import cache
    from django.utils import timezone
    from wagtail.models import Site

    from documents.models import OfficialDocumentPage
    from home.analytics import totals
    from home.analytics.stats import most_viewed
    from home.models import DailyPageViews, NewsPage

    print(f"{DailyPageViews.objects.count()} daily rows")
    cases = [
        ("7 days", {"period": "7"}),
        ("30 days", {"period": "30"}),
        ("all time", {"period": "all"}),
        ("30 days, documents", {"period": "30", "model": OfficialDocumentPage}),
        ("7 days, news", {"period": "7", "model": NewsPage}),
        ("30 days, every page type", {"period": "30", "content_only": False}),
    ]
    def forget_rankings():
        # Empties the ranking cache but keeps what stays cached in production: today's
        # roll of the windows (once a day) and Wagtail's site root paths.
        cache.clear()
        cache.set(totals.ROLLED_KEY, timezone.localdate().isoformat())
        Site.get_site_root_paths()

    results = []
    for name, kwargs in cases:

        def run(kwargs=kwargs):
            return len(most_viewed(limit=10, **kwargs))

        results.append(
            measure(name, run, repeat=options.repeat, warmup=options.warmup, before=forget_rankings)
        )
    report("most viewed", results, options.json)


if __name__ == "__main__":
    main()
