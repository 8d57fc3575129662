"""What an archive backend answers, and which one the settings choose.

A backend lists the archive for a request (`listing(query, archive_page,
page_number)` → ArchiveListing) and hears of every document published, unpublished
or deleted (`update(page)`, `remove(page_id)`, documents.archive.signals).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string

DOCUMENTS_PER_PAGE = 20
# Names a deployment's settings may still carry from before the archive was one
# package (the Elasticsearch backend lived in the search app then).
MOVED_BACKENDS = {
    "search.elastic.ElasticArchive": "documents.archive.elastic.ElasticArchive",
}


@dataclass
class ArchiveListing:
    """What the archive page shows for a request: one page of documents and the
    counts of every filter."""

    page_obj: object
    facets: dict
    # The count is a bound: more documents match than page_obj's paginator counts.
    count_more: bool = False


def get_archive_backend():
    """The archive backend the settings name (DOCUMENT_ARCHIVE_BACKEND)."""
    path = settings.DOCUMENT_ARCHIVE_BACKEND
    return import_string(MOVED_BACKENDS.get(path, path))()
