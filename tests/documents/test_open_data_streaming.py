"""The archive's CSV and JSON are streamed: rows are read from the database in chunks
while the response is sent, so 100,000 documents never sit in memory (issue #22)."""

import datetime
import tracemalloc

import pytest
from django.db import connection
from django.http import StreamingHttpResponse

from documents.archive import export
from tests.documents.factories import (
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    add_documents_fast,
)

pytestmark = pytest.mark.django_db

# A long subject makes each row weigh some 40 KB as Python text, so the rows of the
# whole archive weigh far more than one chunk of them.
LONG_SUBJECT = "Về việc tổ chức phong trào thi đua yêu nước " * 450
DOCUMENTS = 60


def _export_queries(sql_log):
    return [sql for sql in sql_log if "signer_name" in sql]


@pytest.fixture
def long_documents(archive):
    body = IssuingBodyFactory()
    return add_documents_fast(
        archive,
        [
            OfficialDocumentPageFactory.build(
                slug=f"van-ban-dai-{index}",
                subject=LONG_SUBJECT,
                issuing_body=body,
                issued_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=index),
            )
            for index in range(DOCUMENTS)
        ],
    )


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_is_a_streaming_response(client, archive, long_documents, kind):
    assert isinstance(client.get(f"{archive.url}{kind}/"), StreamingHttpResponse)


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_reads_the_documents_only_while_sending(client, archive, long_documents, kind):
    sql_log = []

    def record(execute, sql, params, many, context):
        sql_log.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(f"{archive.url}{kind}/")
        before = len(_export_queries(sql_log))
        b"".join(response.streaming_content)
    assert (before, len(_export_queries(sql_log))) == (0, 1)


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_holds_one_chunk_of_rows_not_the_archive(
    client, archive, long_documents, kind, monkeypatch
):
    monkeypatch.setattr(export, "CHUNK_SIZE", 2)
    monkeypatch.setattr(export, "ROWS_PER_WRITE", 1)
    response = client.get(f"{archive.url}{kind}/")
    sent = 0
    tracemalloc.start()
    try:
        for piece in response.streaming_content:
            sent += len(piece)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Every subject went out (some 1.6 MB as UTF-8) …
    assert sent > DOCUMENTS * len(LONG_SUBJECT.encode())
    # … while Python's memory in use peaked at under half of it: a chunk of rows, one
    # formatted row and the csv module's buffer. Read at once, the rows alone (two
    # bytes per Vietnamese letter as Python text) weigh more than what was sent.
    assert peak < sent / 2


@pytest.mark.database("postgresql")
def test_postgresql_sends_the_rows_through_a_server_side_cursor(client, archive, long_documents):
    cursor_names = []

    def record(execute, sql, params, many, context):
        if "signer_name" in sql:
            cursor_names.append(getattr(context["cursor"].cursor, "name", None))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        response = client.get(archive.url + "csv/")
        b"".join(response.streaming_content)
    assert len(cursor_names) == 1
    assert cursor_names[0]
