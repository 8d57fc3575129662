"""Files the importer parses: DOCX and PDF files generated here (header and signer
in two-column tables, a task table with merged period rows), and broken, empty or
binary files, which give warnings and no fields."""

import datetime
import io
import os

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.importer import ParsedDocument, parse_bytes, parse_file
from tests.documents.files import UNREADABLE_FILES, pdf_pages_bytes

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH SÔNG XANH", "Số: 18/KH-UBND"]
HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Sông Xanh, ngày 06 tháng 01 năm 2025",
]
TASK_ROWS = [
    ("TT", "Nội dung", "Đơn vị thực hiện"),
    ("QUÝ I", None, None),
    ("1", "Tổng kết công tác thi đua năm 2024.", "- UBND tỉnh;\n- Các đơn vị."),
    ("2", "Phát động phong trào thi đua năm 2025.", "- Ban Thi đua - Khen thưởng."),
    ("QUÝ II", None, None),
    ("3", "Sơ kết công tác thi đua 6 tháng đầu năm.", "- Các cụm, khối thi đua."),
]
RECIPIENTS = ["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT."]
SIGNER = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Minh Khôi"]


def _fill_cell(cell, lines):
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _plan_docx() -> bytes:
    """A plan laid out as Word files are: header and signer in two-column
    tables, the task table with a merged period row."""
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    _fill_cell(header.cell(0, 0), HEADER_LEFT)
    _fill_cell(header.cell(0, 1), HEADER_RIGHT)
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Công tác thi đua, khen thưởng năm 2025")
    document.add_paragraph("Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;")
    document.add_paragraph("I. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN")
    table = document.add_table(rows=len(TASK_ROWS), cols=3)
    for row_index, (first, second, third) in enumerate(TASK_ROWS):
        row = table.rows[row_index]
        if second is None:
            merged = row.cells[0].merge(row.cells[2])
            merged.text = first
            continue
        row.cells[0].text = first
        row.cells[1].text = second
        _fill_cell(row.cells[2], third.split("\n"))
    document.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    document.add_paragraph("Các đơn vị triển khai thực hiện kế hoạch này./.")
    tail = document.add_table(rows=1, cols=2)
    _fill_cell(tail.cell(0, 0), RECIPIENTS)
    _fill_cell(tail.cell(0, 1), SIGNER)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_header_signer_and_tables_are_extracted():
    document = parse_bytes(_plan_docx(), "ke-hoach.docx")
    assert document.number == "18/KH-UBND"
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"
    assert document.issued_on == datetime.date(2025, 1, 6)
    assert document.title == "Công tác thi đua, khen thưởng năm 2025"
    assert document.signer_name == "Hoàng Minh Khôi"
    assert document.signer_capacity == "TM."
    assert document.recipients == ["Bộ Nội vụ", "Lưu: VT"]


def test_docx_task_table_keeps_periods_tasks_and_units():
    document = parse_bytes(_plan_docx(), "ke-hoach.docx")
    assert [group.period for group in document.tasks] == ["QUÝ I", "QUÝ II"]
    first = document.tasks[0].tasks[0]
    assert (first.number, first.text) == ("1", "Tổng kết công tác thi đua năm 2024.")
    assert first.responsible_units == ["UBND tỉnh", "Các đơn vị"]
    assert document.tasks[1].tasks[0].responsible_units == ["Các cụm, khối thi đua"]


def _font_path() -> str | None:
    candidates = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/Library/Fonts/Arial Unicode.ttf",
        "C:/Windows/Fonts/arial.ttf",
    ]
    return next((path for path in candidates if os.path.exists(path)), None)


PDF_LINES = [
    *HEADER_LEFT[:2],
    *HEADER_RIGHT[:2],
    HEADER_LEFT[2],
    HEADER_RIGHT[2],
    "KẾ HOẠCH",
    "Công tác thi đua, khen thưởng năm 2025",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đẩy mạnh phong trào thi đua yêu nước./.",
    *SIGNER,
]


@pytest.mark.skipif(_font_path() is None, reason="no TrueType font with Vietnamese glyphs")
def test_pdf_text_layer_is_parsed():
    document = parse_bytes(pdf_pages_bytes(PDF_LINES, _font_path()), "ke-hoach.pdf")
    assert document.number == "18/KH-UBND"
    assert document.issued_on == datetime.date(2025, 1, 6)
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"
    assert document.document_type_code == "KH"
    assert document.signer_name == "Hoàng Minh Khôi"


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        *UNREADABLE_FILES,
        # Read as text (it passes for UTF-16), but nothing in it is a document.
        pytest.param(b"\x00\x01\x02\x03\xff\xfe\x00\x07" * 200, "nhi-phan.txt", id="binary-as-txt"),
    ],
)
def test_broken_or_binary_file_gives_a_warning_and_no_text(data, filename):
    document = parse_bytes(data, filename)
    assert document.number is None
    assert document.title is None
    assert document.warnings


def test_empty_file_warns(tmp_path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    document = parse_file(path)
    assert document.warnings
    assert document.number is None


SHORT_TEXT = "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/TB-UBND\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_text_in_any_unicode_encoding_is_parsed(encoding):
    assert parse_bytes(SHORT_TEXT.encode(encoding), "a.txt").number == "5/TB-UBND"


LINE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(HEADER_LEFT + HEADER_RIGHT + SIGNER), LINE_TEXT), max_size=20
    )
)
def test_any_docx_paragraphs_and_cells_parse_without_raising(lines):
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    for index, line in enumerate(lines[:4]):
        table.cell(index // 2, index % 2).text = line
    buffer = io.BytesIO()
    document.save(buffer)
    assert isinstance(parse_bytes(buffer.getvalue(), "x.docx"), ParsedDocument)


