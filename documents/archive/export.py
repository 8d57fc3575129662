"""The archive as open data (issue #22): the documents of the archive, or of any
filtered view of it, as CSV (`<archive>/csv/?…`) or JSON (`<archive>/json/?…`).

Both read the documents the archive page lists for the same parameters (the same
ArchiveQuery, filter form and sort), as a values_list of the exported columns only,
read with iterator(chunk_size=CHUNK_SIZE) and sent as they are read: one chunk of rows
is in memory at a time (PostgreSQL holds the rest behind a server-side cursor), so an
archive of 100,000 documents downloads without ever sitting in memory.
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _

from documents.archive.query import ArchiveQuery
from documents.archive.sorts import DEFAULT_SORT
from documents.choices import DocumentStatus, DocumentType

# The column names are part of the interface (issue #22): scripts read them.
COLUMNS = (
    "so_ky_hieu",
    "loai_van_ban",
    "trich_yeu",
    "co_quan_ban_hanh",
    "ngay_ban_hanh",
    "ngay_hieu_luc",
    "tinh_trang_hieu_luc",
    "nguoi_ky",
    "url",
)
# The columns read from the database, in the order of COLUMNS; the slug gives the URL.
FIELDS = (
    "number",
    "document_type",
    "subject",
    "issuing_body__name",
    "issued_on",
    "effective_on",
    "status",
    "signer_name",
    "slug",
)
# Rows fetched per round trip: a few hundred kilobytes of Python objects at most.
CHUNK_SIZE = 2000
# Rows joined into one write, so the server does not send 100,000 tiny pieces.
ROWS_PER_WRITE = 100
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
}


class _Echo:
    """A file whose write() hands back what it is given, so csv.writer formats one
    row at a time for the stream (Django's recipe for streaming large CSV files)."""

    def write(self, value):
        return value


def export_query_string(query):
    """The parameters of `query` that are valid, for the download links of an archive
    page: a value the page ignored would make the download refuse (400)."""
    params = dict(query.filters)
    if query.keyword:
        params["q"] = query.keyword
    if query.sort != DEFAULT_SORT:
        params["sort"] = query.sort
    return urlencode(params)


def export_rows(archive, query, request):
    """The matching documents as dicts keyed by COLUMNS, newest first unless the query
    sorts otherwise; a lazy iterator, read from the database chunk by chunk."""
    # Every document is a child of its archive (the tree allows nothing else), so its
    # address is the archive's plus its slug: one URL lookup instead of one per row.
    base_url = archive.get_full_url(request)
    # Labels are read now, in the request's language: the rows are made after the
    # view has returned.
    types = {value: str(label) for value, label in DocumentType.choices}
    statuses = {value: str(label) for value, label in DocumentStatus.choices}

    def row(number, document_type, subject, issuer, issued_on, effective_on, status, signer, slug):
        return {
            "so_ky_hieu": number,
            "loai_van_ban": types.get(document_type, document_type),
            "trich_yeu": subject,
            "co_quan_ban_hanh": issuer,
            "ngay_ban_hanh": issued_on,
            "ngay_hieu_luc": effective_on,
            "tinh_trang_hieu_luc": statuses.get(status, status),
            "nguoi_ky": signer,
            "url": f"{base_url}{slug}/",
        }

    rows = query.results(archive.documents()).values_list(*FIELDS)
    return (row(*values) for values in rows.iterator(chunk_size=CHUNK_SIZE))


def _batched(pieces):
    batch = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) == ROWS_PER_WRITE:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def csv_pieces(rows):
    # A UTF-8 byte-order mark first: without it Excel reads the file in the machine's
    # ANSI code page and garbles every Vietnamese letter; other readers skip it.
    yield "\ufeff"
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS)
    # Dates print as YYYY-MM-DD and a missing value (None) as an empty cell.
    yield from _batched(writer.writerow([row[column] for column in COLUMNS]) for row in rows)


def json_pieces(rows):
    """One JSON array, written as its rows arrive."""
    yield "["
    yield from _batched(
        ("," if index else "") + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
        for index, row in enumerate(rows)
    )
    yield "]"


def export_response(archive, request, kind):
    """The CSV or JSON download of the archive view the request's parameters name;
    a 400 naming the parameters that are not valid, since a file of other documents
    than the ones asked for would be worse than none."""
    query = ArchiveQuery.from_params(request.GET)
    if query.ignored:
        return HttpResponseBadRequest(
            _("Tham số không hợp lệ: %(names)s. Hãy sửa hoặc bỏ các tham số này rồi tải lại.")
            % {"names": ", ".join(query.ignored)},
            content_type="text/plain; charset=utf-8",
        )
    rows = export_rows(archive, query, request)
    pieces = csv_pieces(rows) if kind == "csv" else json_pieces(rows)
    response = StreamingHttpResponse(pieces, content_type=FORMATS[kind])
    response["Content-Disposition"] = content_disposition_header(True, f"{archive.slug}.{kind}")
    return response
