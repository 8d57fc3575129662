"""Award lists in PDF with a text layer: the table recovered from the words'
positions, through `import_awards` and the admin import; a scan is refused."""

import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from home.awards.importer.pdf import pdf_table, read_lines
from home.awards.importer.tables import Unreadable
from home.models import AwardDecisionPage, AwardRow
from tests.home.awards import pdf_files

pytestmark = pytest.mark.django_db

HEADER = ["TT", "Họ và tên", "Chức vụ, đơn vị công tác", "Hình thức khen thưởng"]
TITLE = [
    "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC SỞ NỘI VỤ",
    "(Kèm theo Quyết định số 77/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)",
]


def run(path, fails=False):
    out = StringIO()
    if fails:
        with pytest.raises(CommandError):
            call_command("import_awards", str(path), "--json", stdout=out)
    else:
        call_command("import_awards", str(path), "--json", stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def list_pdf(tmp_path):
    path = tmp_path / "ds-1034.pdf"
    path.write_bytes(pdf_files.award_list_pdf())
    return path


def test_a_pdf_list_becomes_a_decision_with_its_counts(archive, list_pdf):
    [report] = run(list_pdf)
    assert (report["decision"], report["date"], report["collective"], report["individual"]) == (
        "1034/QĐ-UBND",
        "2024-03-12",
        2,
        3,
    )


def test_the_award_is_read_from_the_title_in_capitals(archive, list_pdf):
    [report] = run(list_pdf)
    assert report["award"] == "Bằng khen của Chủ tịch UBND tỉnh"


def test_the_personal_columns_are_named_as_dropped(archive, list_pdf):
    [report] = run(list_pdf)
    assert "Đã bỏ các cột dữ liệu cá nhân: Ngày sinh, Số CCCD, Điện thoại." in report["warnings"]


def test_rows_keep_name_section_and_detail_of_their_columns(archive, list_pdf):
    run(list_pdf)
    row = AwardRow.objects.get(name="Nguyễn Văn Bình")
    assert (row.kind, row.section, row.detail) == (
        "ca-nhan",
        "II. CÁ NHÂN",
        "Trưởng phòng Tổ chức, Sở Nội vụ",
    )


def test_text_wrapped_inside_a_cell_is_one_name(archive, list_pdf):
    run(list_pdf)
    names = list(AwardRow.objects.filter(kind="tap-the").values_list("name", flat=True))
    assert "Trường Trung học cơ sở Lê Lợi, phường Bắc Sơn" in names


def test_a_closing_count_that_disagrees_is_a_warning(archive, tmp_path):
    path = tmp_path / "ds.pdf"
    path.write_bytes(pdf_files.award_list_pdf(closing="Danh sách có 03 tập thể và 03 cá nhân./."))
    [report] = run(path)
    assert (
        "Dòng cuối danh sách ghi 03 tập thể và 03 cá nhân nhưng đọc được 02 tập thể và "
        "03 cá nhân." in report["warnings"]
    )


def long_list_pdf(count):
    rows = [
        [number, f"Ông Trần Văn {number:03d}", f"Chuyên viên, xã Hòa An số {number}", "Giấy khen"]
        for number in range(1, count + 1)
    ]
    closing = [f"Danh sách có {count:02d} cá nhân./."]
    return pdf_files.list_pdf(TITLE, HEADER, rows, closing, widths=[40, 200, 320, 200])


def test_a_list_over_several_pages_with_the_header_repeated_keeps_every_row(archive, tmp_path):
    path = tmp_path / "ds-77.pdf"
    path.write_bytes(long_list_pdf(70))
    [report] = run(path)
    rows = AwardRow.objects.order_by("order")
    assert (report["individual"], rows.first().name, rows.last().name) == (
        70,
        "Trần Văn 001",
        "Trần Văn 070",
    )


def test_the_repeated_header_is_not_read_as_a_row(archive, tmp_path):
    path = tmp_path / "ds-77.pdf"
    path.write_bytes(long_list_pdf(70))
    run(path)
    assert not AwardRow.objects.filter(name__icontains="Họ và tên").exists()


def test_a_hinh_thuc_column_gives_the_award(archive, tmp_path):
    path = tmp_path / "ds-77.pdf"
    path.write_bytes(long_list_pdf(3))
    run(path)
    assert set(AwardRow.objects.values_list("award_text", flat=True)) == {"Giấy khen"}


def test_a_scanned_pdf_is_refused_with_a_message_and_nothing_stored(archive, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_files.scanned_pdf())
    [report] = run(path, fails=True)
    assert "Tệp PDF không có lớp chữ" in report["warnings"][0]
    assert (report["page_id"], AwardDecisionPage.objects.count()) == (None, 0)


def test_a_damaged_pdf_is_unreadable():
    with pytest.raises(Unreadable):
        read_lines(b"%PDF-1.7\nnot really")


def test_a_pdf_without_a_list_header_gives_no_table():
    data = pdf_files.list_pdf(["THÔNG BÁO"], ["Nội dung", "Ghi chú"], [["Họp", "Sáng"]])
    table, lines = pdf_table(read_lines(data))
    assert (table, "THÔNG BÁO" in lines) == ([], True)


def test_the_admin_import_previews_a_pdf(client, superuser, archive):
    client.force_login(superuser)
    upload = SimpleUploadedFile("ds-1034.pdf", pdf_files.award_list_pdf())
    html = client.post("/admin/awards/import/", {"source_file": upload}).content.decode()
    assert "Tệp ds-1034.pdf: 2 tập thể, 3 cá nhân." in html


def short_list_table(closing_lines=()):
    rows = [
        [1, "Ông Trần Văn An", "Chuyên viên", "Giấy khen"],
        [2, "Bà Lê Thị Bình", "Kế toán", "Giấy khen"],
    ]
    data = pdf_files.list_pdf(TITLE, HEADER, rows, closing_lines, widths=[40, 200, 320, 200])
    table, _lines = pdf_table(read_lines(data))
    return table


def test_short_cells_under_a_centred_header_stay_in_their_column():
    assert short_list_table()[1] == ["1", "Ông Trần Văn An", "Chuyên viên", "Giấy khen"]


def test_lines_printed_under_the_table_are_not_part_of_its_last_row():
    table = short_list_table(["Người lập danh sách", "Nguyễn Văn Cường"])
    assert table[-1] == ["2", "Bà Lê Thị Bình", "Kế toán", "Giấy khen"]
