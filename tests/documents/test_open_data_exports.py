"""The archive as CSV and JSON at `<archive>/csv/?…` and `<archive>/json/?…` (issue #22,
point 8): columns, filters shared with the archive page, refusals of bad parameters."""

import csv
import datetime
import io
import json

import pytest
from django.utils import translation

from documents.archive import ArchiveQuery
from documents.archive.export import COLUMNS, export_rows
from documents.choices import DocumentStatus, DocumentType
from tests.documents.factories import (
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(archive):
    """A decision in force with every exported field, a replaced plan, a letter."""
    body = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Thử Nghiệm")
    decision = OfficialDocumentPageFactory(
        parent=archive,
        number="27/2024/QĐ-UBND",
        subject="Về việc khen thưởng, thi đua năm 2024",
        issuing_body=body,
        issued_on=datetime.date(2024, 6, 14),
        effective_on=datetime.date(2024, 7, 1),
        signer_name="Phạm Quốc Hưng",
    )
    plan = PlanPageFactory(
        parent=archive,
        number="8/KH-UBND",
        issuing_body=body,
        issued_on=datetime.date(2025, 1, 20),
        status=DocumentStatus.REPLACED,
    )
    letter = OfficialDocumentPageFactory(
        parent=archive,
        number="120/SNV-BTĐKT",
        document_type=DocumentType.OFFICIAL_LETTER,
        issuing_body=None,
        issued_on=datetime.date(2026, 1, 10),
    )
    return {"decision": decision, "plan": plan, "letter": letter}


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def read_json(response):
    return json.loads(b"".join(response.streaming_content).decode("utf-8"))


def export(client, archive, kind, params=None):
    response = client.get(f"{archive.url}{kind}/", params or {})
    assert response.status_code == 200
    return read_csv(response) if kind == "csv" else read_json(response)


def test_csv_starts_with_a_byte_order_mark_and_the_columns(client, archive, documents):
    text = b"".join(client.get(archive.url + "csv/").streaming_content).decode("utf-8")
    assert text.splitlines()[0] == "\ufeff" + ",".join(COLUMNS)


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_gives_every_column_of_a_document(client, archive, documents, kind):
    rows = export(client, archive, kind)
    decision = next(row for row in rows if row["so_ky_hieu"] == "27/2024/QĐ-UBND")
    assert decision == {
        "so_ky_hieu": "27/2024/QĐ-UBND",
        "loai_van_ban": "Quyết định",
        "trich_yeu": "Về việc khen thưởng, thi đua năm 2024",
        "co_quan_ban_hanh": "Ủy ban nhân dân tỉnh Thử Nghiệm",
        "ngay_ban_hanh": "2024-06-14",
        "ngay_hieu_luc": "2024-07-01",
        "tinh_trang_hieu_luc": "Còn hiệu lực",
        "nguoi_ky": "Phạm Quốc Hưng",
        "url": documents["decision"].get_full_url(),
    }


def test_json_gives_null_for_missing_values(client, archive, documents):
    letter = next(
        row for row in export(client, archive, "json") if row["so_ky_hieu"] == "120/SNV-BTĐKT"
    )
    assert (letter["co_quan_ban_hanh"], letter["ngay_hieu_luc"]) == (None, None)


def test_csv_leaves_missing_values_empty(client, archive, documents):
    letter = next(
        row for row in export(client, archive, "csv") if row["so_ky_hieu"] == "120/SNV-BTĐKT"
    )
    assert (letter["co_quan_ban_hanh"], letter["ngay_hieu_luc"]) == ("", "")


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_lists_the_archive_newest_first(client, archive, documents, kind):
    numbers = [row["so_ky_hieu"] for row in export(client, archive, kind)]
    assert numbers == ["120/SNV-BTĐKT", "8/KH-UBND", "27/2024/QĐ-UBND"]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "ke-hoach"},
        {"status": "bi-thay-the"},
        {"year": "2024"},
        {"q": "27/2024/QĐ-UBND"},
        {"sort": "cu-nhat"},
        {"type": "quyet-dinh", "year": "2026"},
    ],
)
@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_of_a_filtered_view_lists_what_the_archive_page_lists(
    client, archive, documents, kind, params
):
    listed = [page.number for page in client.get(archive.url, params).context["documents"]]
    assert [row["so_ky_hieu"] for row in export(client, archive, kind, params)] == listed


def test_export_leaves_out_drafts(client, archive, documents):
    OfficialDocumentPageFactory(parent=archive, number="99/QĐ-NHAP", live=False)
    assert "99/QĐ-NHAP" not in [row["so_ky_hieu"] for row in export(client, archive, "json")]


def test_json_of_a_view_without_documents_is_an_empty_array(client, archive, documents):
    assert export(client, archive, "json", {"year": "1999"}) == []


def test_csv_of_a_view_without_documents_has_only_the_columns(client, archive, documents):
    assert export(client, archive, "csv", {"year": "1999"}) == []


@pytest.mark.parametrize(("kind", "extension"), [("csv", "csv"), ("json", "json")])
def test_export_downloads_as_a_named_file(client, archive, documents, kind, extension):
    response = client.get(f"{archive.url}{kind}/")
    assert response["Content-Disposition"] == f'attachment; filename="van-ban.{extension}"'


@pytest.mark.parametrize(
    ("kind", "content_type"),
    [("csv", "text/csv; charset=utf-8"), ("json", "application/json; charset=utf-8")],
)
def test_export_says_its_format(client, archive, documents, kind, content_type):
    assert client.get(f"{archive.url}{kind}/")["Content-Type"] == content_type


@pytest.mark.parametrize(
    ("params", "label"),
    [
        ({"year": "abc"}, "Năm ban hành"),
        ({"type": "khong-co"}, "Loại văn bản"),
        ({"issuer": "9223372036854775808"}, "Cơ quan ban hành"),
        ({"status": "<script>"}, "Tình trạng hiệu lực"),
        ({"sort": "bad"}, "Sắp xếp"),
        ({"q": "x" * 500}, "Từ khóa"),
        ({"field": "a b/c"}, "Lĩnh vực"),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "json"])
def test_bad_parameter_is_refused_with_a_message_naming_it(
    client, archive, documents, kind, params, label
):
    response = client.get(f"{archive.url}{kind}/", params)
    assert response.status_code == 400
    assert "Content-Disposition" not in response
    text = response.content.decode()
    assert text.startswith("Tham số không hợp lệ:")
    assert label in text


def test_unknown_parameter_is_no_filter(client, archive, documents):
    assert len(export(client, archive, "json", {"utm_source": "zalo"})) == 3


def test_archive_page_links_both_downloads_with_its_filters(client, archive, documents):
    html = client.get(archive.url, {"type": "ke-hoach", "page": "1"}).content.decode()
    assert f'href="{archive.url}csv/?type=ke-hoach"' in html
    assert f'href="{archive.url}json/?type=ke-hoach"' in html
    assert "Tải CSV" in html
    assert "Tải JSON" in html


def test_archive_page_download_links_drop_the_values_it_ignored(client, archive, documents):
    html = client.get(archive.url, {"type": "ke-hoach", "year": "abc"}).content.decode()
    assert f'href="{archive.url}csv/?type=ke-hoach"' in html


def test_labels_are_in_the_language_of_the_request_not_of_the_stream(archive, documents):
    with translation.override("en"):
        rows = export_rows(archive, ArchiveQuery(), None)
    assert {row["loai_van_ban"] for row in rows} == {"Decision", "Plan", "Official letter"}
