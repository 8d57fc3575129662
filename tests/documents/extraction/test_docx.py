"""Word files: paragraphs and table cells in document order, within the size and
unpacked-size limits (the deadline: test_attachments)."""

from documents.extraction import extract_bytes
from tests.documents.files import docx_bytes


def test_paragraphs_and_table_cells_come_in_document_order():
    data = docx_bytes("KẾ HOẠCH", table=[["1", "Sở Nội vụ"]])
    assert extract_bytes(data, "a.docx").text.split("\n")[:3] == ["KẾ HOẠCH", "1", ""]


def test_oversized_docx_is_refused_with_a_warning(settings):
    settings.DOCUMENT_TEXT_MAX_FILE_BYTES = 1000
    extraction = extract_bytes(docx_bytes("Kế hoạch thi đua"), "lon.docx")
    assert extraction.text == ""
    assert extraction.warnings


def test_docx_that_unpacks_too_large_is_refused(settings):
    settings.DOCUMENT_TEXT_MAX_UNPACKED_BYTES = 1000
    extraction = extract_bytes(docx_bytes("Kế hoạch thi đua"), "bom.docx")
    assert extraction.text == ""
    assert extraction.warnings

