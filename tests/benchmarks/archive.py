"""The document archive at scale: the archive page unfiltered, with each single
filter, with a keyword and sorted by number, rendered through Django's test client
(server time, SQL queries). Every case is measured three ways: "cold", with the
page cache generation replaced before each run (as on the first request after a
publish: the cached counts, menus, routes and restrictions are all retired);
"counts cold", with only this filter combination's cached counts deleted (what the
archive itself costs when its counts are not cached); and "warm", counts cached.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/archive.py

Run it on a database filled by `manage.py generate_load_data`."""

from inprocess import archive_and_document, arguments, measure, report, setup


def main():
    options = arguments(__doc__)
    setup()
    from django.core.cache import cache
    from django.test import Client
    from taggit.models import Tag

    from documents.archive import ArchiveQuery
    from portal import page_cache

    archive, url, sample = archive_and_document()
    area = Tag.objects.filter(name="chuyển đổi số").first()
    cases = [
        ("no filter", {}),
        ("type", {"type": "ke-hoach"}),
        ("issuer", {"issuer": sample.issuing_body_id}),
        ("year", {"year": sample.issued_on.year}),
        ("field", {"field": area.slug if area else "thi-dua"}),
        ("status", {"status": "het-hieu-luc"}),
        ("page 50", {"page": 50}),
        ("sort by number", {"sort": "so-ky-hieu"}),
        ("keyword (number)", {"q": sample.number}),
        ("type + year + status", {"type": "quyet-dinh", "year": 2024, "status": "con-hieu-luc"}),
    ]
    client = Client()
    results = []
    for name, params in cases:

        def run(params=params):
            response = client.get(url, params, HTTP_HOST="localhost")
            assert response.status_code == 200, response.status_code
            return response.context["page_obj"].paginator.count

        results.append(
            measure(
                f"{name} (cold)",
                run,
                repeat=options.repeat,
                warmup=options.warmup,
                before=page_cache.purge,
            )
        )

        def forget_counts(params=params):
            query = ArchiveQuery.from_params({k: str(v) for k, v in params.items()})
            query.counts_version = page_cache.current_generation()
            key = query.counts_cache_key(archive)
            if key:
                cache.delete(key)

        results.append(
            measure(
                f"{name} (counts cold)",
                run,
                repeat=options.repeat,
                warmup=max(options.warmup, 1),
                before=forget_counts,
            )
        )
        results.append(
            measure(f"{name} (warm)", run, repeat=options.repeat, warmup=max(options.warmup, 1))
        )
    report(f"archive page {url}", results, options.json)


if __name__ == "__main__":
    main()
