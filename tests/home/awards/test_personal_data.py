"""Personal data never enters (Nghị định 13/2023/NĐ-CP): a citizen ID number, a phone
number and a birth date present in a source file appear nowhere afterwards: not in
any table of the database, the page, its downloads, the API, the search index or
the logs, whether the list came as a spreadsheet or as a PDF."""

import io
import logging

import openpyxl
import pytest
from django.core.management import call_command
from django.db import connection

from home.models import AwardDecisionPage
from tests.home.awards import files, pdf_files

pytestmark = pytest.mark.django_db

PERSONAL = [files.CITIZEN_ID, files.PHONE, files.PHONE.replace(" ", ""), files.BIRTH_DATE]


def database_text():
    """Every row of every table, as text."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            chunks.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(chunks)


# The same list as a spreadsheet and printed to PDF (read from its words' positions).
SOURCES = {"xlsx": files.award_list_xlsx, "pdf": pdf_files.award_list_pdf}


@pytest.fixture(params=sorted(SOURCES))
def imported(request, archive, tmp_path, caplog, client):
    caplog.set_level(logging.DEBUG)
    path = tmp_path / f"ds-1034.{request.param}"
    path.write_bytes(SOURCES[request.param]())
    out = io.StringIO()
    call_command("import_awards", str(path), "--publish", stdout=out)
    call_command("update_index", stdout=io.StringIO())
    decision = AwardDecisionPage.objects.get()
    outputs = [out.getvalue()]
    for route in ("", "danh-sach-csv/"):
        response = client.get(decision.url + route)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        outputs.append(content.decode("utf-8"))
    sheet = openpyxl.load_workbook(
        io.BytesIO(client.get(decision.url + "danh-sach-xlsx/").content), read_only=True
    ).active
    outputs.append(repr(list(sheet.iter_rows(values_only=True))))
    outputs.append(client.get(f"/api/v2/pages/{decision.pk}/").content.decode())
    outputs.append(
        client.get(
            "/api/v2/pages/", {"type": "home.AwardDecisionPage", "fields": "*"}
        ).content.decode()
    )
    outputs.append(client.get("/api/search/", {"q": files.CITIZEN_ID}).content.decode())
    return {"decision": decision, "outputs": outputs, "caplog": caplog}


def test_the_import_kept_the_rows(imported):
    assert imported["decision"].rows.count() == 5


def test_the_report_names_the_dropped_columns(imported):
    assert (
        "Đã bỏ các cột dữ liệu cá nhân: Ngày sinh, Số CCCD, Điện thoại." in (imported["outputs"][0])
    )


def test_no_table_of_the_database_holds_it(imported):
    text = database_text()
    assert "Nguyễn Thị Thu Hường" in text
    assert [value for value in PERSONAL if value in text] == []


def test_no_page_download_api_or_search_answer_shows_it(imported):
    text = "\n".join(imported["outputs"])
    assert "Nguyễn Thị Thu Hường" in text
    assert [value for value in PERSONAL if value in text] == []


def test_no_log_record_holds_it(imported):
    text = imported["caplog"].text
    assert [value for value in PERSONAL if value in text] == []
