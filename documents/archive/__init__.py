"""The document archive ("Văn bản – tài liệu"), in one package.

- query: a request's filters, keyword and sort, its documents and filter counts
- forms: the filter form; sorts: the sort orders (database and index)
- facets: the filter options with their labels, from either backend's counts
- backends: what a backend answers and which one DOCUMENT_ARCHIVE_BACKEND names
- database: the default backend; elastic: the Elasticsearch archive index
- signals: keeps the backend (and attachments' search text) in step with publishing

The names below are the ones the archive page, settings and scripts use.
"""

from documents.archive.backends import (
    DOCUMENTS_PER_PAGE,
    ArchiveListing,
    get_archive_backend,
)
from documents.archive.database import DatabaseArchive
from documents.archive.forms import ArchiveFilterForm
from documents.archive.query import FILTER_NAMES, ArchiveQuery
from documents.archive.sorts import SORTS

__all__ = [
    "DOCUMENTS_PER_PAGE",
    "FILTER_NAMES",
    "SORTS",
    "ArchiveFilterForm",
    "ArchiveListing",
    "ArchiveQuery",
    "DatabaseArchive",
    "get_archive_backend",
]
