"""Excel workbooks: each row's cells on one line, within the unpacked-size limit."""

from documents.extraction import extract_bytes
from tests.documents.files import xlsx_bytes


def test_rows_are_read_with_their_cells_joined():
    data = xlsx_bytes(("TT", "Nội dung", "Đơn vị"), (1, "Tổng kết thi đua", "Sở Nội vụ"))
    extraction = extract_bytes(data, "nhiem-vu.xlsx")
    assert extraction.kind == "xlsx"
    assert extraction.text == "TT | Nội dung | Đơn vị\n1 | Tổng kết thi đua | Sở Nội vụ"


def test_workbook_named_docx_is_read_as_a_workbook_with_a_warning():
    extraction = extract_bytes(xlsx_bytes(("Thi đua",)), "bang.docx")
    assert extraction.text == "Thi đua"
    assert any(".docx" in warning for warning in extraction.warnings)


def test_empty_workbook_warns():
    extraction = extract_bytes(xlsx_bytes(), "rong.xlsx")
    assert extraction.text == ""
    assert extraction.warnings


def test_workbook_that_unpacks_too_large_is_refused(settings):
    settings.DOCUMENT_TEXT_MAX_UNPACKED_BYTES = 1000
    extraction = extract_bytes(xlsx_bytes(("Thi đua",)), "bom.xlsx")
    assert extraction.text == ""
    assert extraction.warnings
