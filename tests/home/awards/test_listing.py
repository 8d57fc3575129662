"""Reading an award list: the header wherever it sits, sections, the count line,
names without honorifics, personal-data columns never read."""

import pytest

from home.awards.importer.listing import parse_tables
from home.awards.importer.tables import Unreadable, read_source
from tests.home.awards import files


def parse(data, name="danh-sach.xlsx"):
    return parse_tables(read_source(data, name).tables)


def test_header_is_found_below_title_rows_and_merged_cells():
    parsed = parse(files.award_list_xlsx())
    assert [row.name for row in parsed.rows][:2] == [
        "Phòng Giáo dục và Đào tạo xã Hòa An",
        "Trường Trung học cơ sở Lê Lợi, phường Bắc Sơn",
    ]


def test_section_rows_set_the_kind_and_section_of_the_rows_below():
    parsed = parse(files.award_list_xlsx())
    assert [(row.kind, row.section) for row in parsed.rows] == [
        ("tap-the", "I. TẬP THỂ"),
        ("tap-the", "I. TẬP THỂ"),
        ("ca-nhan", "II. CÁ NHÂN"),
        ("ca-nhan", "II. CÁ NHÂN"),
        ("ca-nhan", "II. CÁ NHÂN"),
    ]


def test_personal_columns_are_named_as_dropped():
    assert parse(files.award_list_xlsx()).dropped == ["Ngày sinh", "Số CCCD", "Điện thoại"]


def test_personal_columns_never_reach_a_row():
    parsed = parse(files.award_list_xlsx())
    text = repr(parsed.rows)
    assert files.CITIZEN_ID not in text
    assert files.BIRTH_DATE not in text


def test_a_matching_count_line_gives_no_warning():
    assert parse(files.award_list_xlsx()).warnings == []


def test_a_count_line_that_disagrees_is_a_warning():
    rows = [*files.LIST_ROWS[:-1], ["Danh sách có 03 tập thể và 03 cá nhân./."]]
    parsed = parse(files.xlsx_bytes(rows))
    assert parsed.warnings == [
        "Dòng cuối danh sách ghi 03 tập thể và 03 cá nhân nhưng đọc được 02 tập thể và 03 cá nhân."
    ]


def test_a_name_cell_holding_position_and_unit_is_split():
    rows = [
        ["TT", "Họ và tên, chức vụ, đơn vị", "Hình thức khen thưởng"],
        [1, "Ông Trần Văn Cường, Phó Giám đốc Sở Y tế", "Bằng khen"],
    ]
    row = parse(files.xlsx_bytes(rows)).rows[0]
    assert (row.name, row.detail) == ("Ông Trần Văn Cường", "Phó Giám đốc Sở Y tế")


def test_position_and_unit_columns_are_joined_into_the_detail():
    rows = [
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
        [1, "Hoàng Thị Mai", "Kế toán trưởng", "Trung tâm Y tế xã Tân Lập"],
    ]
    row = parse(files.xlsx_bytes(rows)).rows[0]
    assert row.detail == "Kế toán trưởng, Trung tâm Y tế xã Tân Lập"


def test_without_sections_a_person_and_a_unit_are_told_apart():
    rows = [
        ["STT", "Tên tập thể, cá nhân", "Thành tích"],
        [1, "Trường Tiểu học Kim Đồng", "Hoàn thành xuất sắc nhiệm vụ năm học 2023 - 2024"],
        [2, "Bà Đinh Thị Lan", "Hoàn thành xuất sắc nhiệm vụ năm học 2023 - 2024"],
    ]
    assert [row.kind for row in parse(files.xlsx_bytes(rows)).rows] == ["tap-the", "ca-nhan"]


def test_an_id_number_written_in_a_kept_cell_is_cut_out():
    rows = [
        ["STT", "Họ và tên", "Chức vụ, đơn vị"],
        [1, "Vi Văn Hùng", f"Công an xã Tân Lập, CCCD {files.CITIZEN_ID}"],
    ]
    parsed = parse(files.xlsx_bytes(rows))
    assert parsed.rows[0].detail == "Công an xã Tân Lập, CCCD"
    assert parsed.warnings


def test_a_year_column_gives_the_year_and_period():
    rows = [["STT", "Họ và tên", "Năm"], [1, "Vi Văn Hùng", "2020 - 2024"]]
    row = parse(files.xlsx_bytes(rows)).rows[0]
    assert (row.year, row.period) == (2024, "2020 - 2024")


def test_a_word_table_with_merged_section_rows():
    table = [
        ["TT", "Họ và tên", "Chức vụ, đơn vị"],
        ["A. TẬP THỂ"],
        ["1", "Ban Chỉ huy Quân sự xã Hòa An", ""],
        ["B. CÁ NHÂN"],
        ["1", "Đ/c Hà Văn Sơn", "Chỉ huy trưởng"],
    ]
    data = files.docx_bytes(["DANH SÁCH"], table, merged_rows={1, 3})
    parsed = parse(data, "ds.docx")
    assert [(row.kind, row.name) for row in parsed.rows] == [
        ("tap-the", "Ban Chỉ huy Quân sự xã Hòa An"),
        ("ca-nhan", "Đ/c Hà Văn Sơn"),
    ]


def test_a_csv_with_semicolons_and_a_byte_order_mark():
    data = files.csv_bytes(
        [["STT", "Họ và tên", "Đơn vị"], ["1", "Lương Thị Hoa", "Xã Tân Lập"]], delimiter=";"
    )
    row = parse(data, "ds.csv").rows[0]
    assert (row.name, row.detail) == ("Lương Thị Hoa", "Xã Tân Lập")


def test_a_file_without_a_header_row_says_so():
    parsed = parse(files.xlsx_bytes([["Báo cáo tổng kết"], ["Nội dung"]]))
    assert parsed.rows == []
    assert "Không tìm thấy dòng tiêu đề" in parsed.warnings[0]


@pytest.mark.parametrize(
    ("data", "name"),
    [(b"not a zip", "ds.xlsx"), (b"PK\x03\x04broken", "ds.docx"), (b"\xff\xfe\x00", "ds.csv")],
)
def test_a_damaged_file_is_unreadable_with_a_message(data, name):
    with pytest.raises(Unreadable):
        read_source(data, name)


def test_an_unsupported_format_is_unreadable():
    with pytest.raises(Unreadable, match="chưa được hỗ trợ"):
        read_source(b"PK\x03\x04", "ds.odt")


def test_a_count_line_in_brackets_is_not_read_as_a_row():
    rows = [*files.LIST_ROWS[:-1], ["(Danh sách gồm 02 tập thể và 03 cá nhân)"]]
    parsed = parse(files.xlsx_bytes(rows))
    assert (parsed.counts(), parsed.warnings) == ((2, 3), [])


def test_a_semicolon_csv_whose_title_holds_commas():
    data = files.csv_bytes(
        [
            ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "", ""],
            ["STT", "Họ và tên", "Đơn vị"],
            ["1", "Lương Thị Hoa", "Xã Tân Lập"],
        ],
        delimiter=";",
    )
    assert [row.name for row in parse(data, "ds.csv").rows] == ["Lương Thị Hoa"]
