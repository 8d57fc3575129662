"""Memory of the archive's open-data downloads (`csv/`, `json/`) over the whole
archive, through Django's test client: the bytes sent, the peak of Python memory
(tracemalloc) while the response is read, and the process's peak RSS. For contrast,
the same rows read at once into a list, as a non-streamed export would hold them.

    DATABASE_URL=postgres://…/loaddata_large .venv/bin/python tests/benchmarks/open_data.py

Run it on a database filled by `manage.py generate_load_data`."""

import resource
import time
import tracemalloc

from inprocess import arguments, setup

MIB = 1024 * 1024


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    arguments(__doc__)
    setup()
    from django.test import Client

    from documents.archive import ArchiveQuery
    from documents.archive.export import FIELDS
    from documents.models import DocumentArchivePage

    archive = DocumentArchivePage.objects.live().first()
    url = archive.url_path[len(archive.get_site().root_page.url_path) - 1 :]
    client = Client()
    print(f"archive {url}: {archive.documents().count():,} documents")
    for kind in ("csv", "json"):
        started = time.perf_counter()
        response = client.get(f"{url}{kind}/", HTTP_HOST="localhost")
        assert response.status_code == 200, response.status_code
        sent = 0
        tracemalloc.start()
        for piece in response.streaming_content:
            sent += len(piece)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"  {kind}: {sent / MIB:.1f} MiB sent in {time.perf_counter() - started:.1f} s, "
            f"Python peak {peak / MIB:.2f} MiB, process peak RSS {peak_rss_mib():.0f} MiB"
        )
    # Last: the process's peak RSS only grows, and this is the large one.
    rows = ArchiveQuery().results(archive.documents()).values_list(*FIELDS)
    tracemalloc.start()
    held = list(rows)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  the same {len(held):,} rows held in a list: Python peak {peak / MIB:.2f} MiB, "
        f"process peak RSS {peak_rss_mib():.0f} MiB"
    )


if __name__ == "__main__":
    main()
