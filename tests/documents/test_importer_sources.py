"""Text extraction for the importer: DOCX and PDF files generated here, plain
text in several encodings, and broken, empty, binary or oversized files."""

import datetime
import io
import os
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
import reportlab
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from documents.importer import (
    ParsedDocument,
    extract_text,
    parse_bytes,
    parse_file,
    read_path,
    sources,
)

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


def _pdf(lines: list[str], font_file: str) -> bytes:
    name = Path(font_file).stem
    pdfmetrics.registerFont(TTFont(name, font_file))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setFont(name, 11)
    y = 800
    for line in lines:
        if line == "\f" or y < 60:
            pdf.showPage()
            pdf.setFont(name, 11)
            y = 800
        if line == "\f":
            continue
        pdf.drawString(50, y, line)
        y -= 16
    pdf.save()
    return buffer.getvalue()


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
    document = parse_bytes(_pdf(PDF_LINES, _font_path()), "ke-hoach.pdf")
    assert document.number == "18/KH-UBND"
    assert document.issued_on == datetime.date(2025, 1, 6)
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"
    assert document.document_type_code == "KH"
    assert document.signer_name == "Hoàng Minh Khôi"


def test_pdf_text_is_extracted_with_the_font_bundled_in_reportlab():
    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    extraction = extract_text(_pdf(["Plan 18/KH-UBND", "06/01/2025"], vera), "plan.pdf")
    assert extraction.kind == "pdf"
    assert "18/KH-UBND" in extraction.text
    assert "06/01/2025" in extraction.text


def test_pdf_without_text_layer_warns():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(50, 50, 200, 200, fill=1)
    pdf.save()
    extraction = extract_text(buffer.getvalue(), "scan.pdf")
    assert extraction.text.strip() == ""
    assert extraction.warnings


def test_pdf_renamed_to_txt_is_read_as_pdf_with_a_warning():
    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    extraction = extract_text(_pdf(["Plan 18/KH-UBND"], vera), "plan.txt")
    assert extraction.kind == "pdf"
    assert "18/KH-UBND" in extraction.text
    assert any(".txt" in warning for warning in extraction.warnings)


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", "hong.pdf"),
        (b"PK\x03\x04" + b"\x00" * 60, "hong.docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "cu.doc"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "anh.txt"),
        (b"\x00\x01\x02\x03\xff\xfe\x00\x07" * 200, "nhi-phan.txt"),
    ],
    ids=["corrupt-pdf", "corrupt-docx", "word-97", "png-as-txt", "binary-as-txt"],
)
def test_broken_or_binary_file_gives_a_warning_and_no_text(data, filename):
    document = parse_bytes(data, filename)
    assert document.number is None
    assert document.title is None
    assert document.warnings


def test_zip_that_is_not_a_word_file_warns():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "không phải tài liệu Word")
    extraction = extract_text(buffer.getvalue(), "tai-lieu.docx")
    assert extraction.text == ""
    assert extraction.warnings


def test_empty_file_warns(tmp_path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    document = parse_file(path)
    assert document.warnings
    assert document.number is None


def test_missing_file_warns_instead_of_raising(tmp_path):
    extraction = read_path(tmp_path / "khong-co.txt")
    assert extraction.kind == "error"
    assert extraction.warnings


SHORT_TEXT = "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/TB-UBND\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_encodings_are_decoded(encoding):
    extraction = extract_text(SHORT_TEXT.encode(encoding), "a.txt")
    assert unicodedata.normalize("NFC", extraction.text).lstrip("\ufeff") == SHORT_TEXT
    assert parse_bytes(SHORT_TEXT.encode(encoding), "a.txt").number == "5/TB-UBND"


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _windows_1258_form(text: str) -> str:
    """Windows-1258 stores the five tone marks as combining characters after
    the letter (ế → ê + acute)."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = "".join(c for c in parts if c not in TONE_MARKS)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(out)


def test_windows_1258_is_decoded_with_a_warning():
    extraction = extract_text(_windows_1258_form(SHORT_TEXT).encode("cp1258"), "a.txt")
    assert unicodedata.normalize("NFC", extraction.text) == SHORT_TEXT
    assert extraction.warnings


def test_oversized_text_file_is_cut_with_a_warning(monkeypatch):
    monkeypatch.setattr(sources, "MAX_TEXT_BYTES", 200)
    monkeypatch.setattr(sources, "MAX_TEXT_CHARS", 100)
    data = (SHORT_TEXT + "Nội dung văn bản. " * 100).encode("utf-8")
    extraction = extract_text(data, "dai.txt")
    assert len(extraction.text.encode("utf-8")) <= 200
    assert extraction.text.startswith("ỦY BAN NHÂN DÂN")
    assert extraction.warnings


def test_oversized_docx_is_refused_with_a_warning(monkeypatch):
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1000)
    extraction = extract_text(_plan_docx(), "lon.docx")
    assert extraction.text == ""
    assert extraction.warnings


def test_pdf_pages_beyond_the_limit_are_skipped_with_a_warning(monkeypatch):
    monkeypatch.setattr(sources, "MAX_PDF_PAGES", 1)
    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    extraction = extract_text(_pdf(["Page one", "\f", "Page two"], vera), "dai.pdf")
    assert "Page one" in extraction.text
    assert "Page two" not in extraction.text
    assert any("1/2" in warning for warning in extraction.warnings)


def test_pdf_reading_stops_when_the_time_budget_is_spent(monkeypatch):
    monkeypatch.setattr(sources, "PDF_TIME_BUDGET_SECONDS", -1)
    vera = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")
    extraction = extract_text(_pdf(["Page one", "\f", "Page two"], vera), "cham.pdf")
    assert extraction.text.strip() == ""
    assert any("0/2" in warning for warning in extraction.warnings)


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


def test_docx_that_unpacks_too_large_is_refused(monkeypatch):
    monkeypatch.setattr(sources, "MAX_DOCX_UNPACKED_BYTES", 1000)
    extraction = extract_text(_plan_docx(), "bom.docx")
    assert extraction.text == ""
    assert extraction.warnings
