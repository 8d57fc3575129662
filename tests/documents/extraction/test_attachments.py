"""Attachments' text for search: the file object and extension entry point."""

import io

from documents import extraction
from documents.extraction import extract_text
from tests.documents.files import corrupt_pdf_bytes, docx_bytes, pdf_bytes, xlsx_bytes


def test_pdf_text_is_extracted():
    result = extract_text(io.BytesIO(pdf_bytes("Ke hoach thi dua", "Quy I nam 2026")), "pdf")
    assert "Ke hoach thi dua" in result.text
    assert "Quy I nam 2026" in result.text
    assert result.note == ""


def test_docx_paragraphs_and_tables_are_extracted():
    data = docx_bytes("Kế hoạch thi đua năm 2026", table=[["1", "Sở Nội vụ"]])
    result = extract_text(io.BytesIO(data), "docx")
    assert "Kế hoạch thi đua năm 2026" in result.text
    assert "Sở Nội vụ" in result.text


def test_txt_in_windows_1258_is_read():
    result = extract_text(io.BytesIO("Thi đua".encode("cp1258")), "txt")
    assert result.text.startswith("Thi")


def test_corrupt_pdf_gives_empty_text_and_a_note():
    result = extract_text(io.BytesIO(corrupt_pdf_bytes()), "pdf")
    assert result.text == ""
    assert "Không đọc được" in result.note


def test_file_over_size_limit_is_not_read(settings):
    settings.DOCUMENT_TEXT_MAX_FILE_BYTES = 10
    data = pdf_bytes("Ke hoach")
    result = extract_text(io.BytesIO(data), "pdf", size=len(data))
    assert result.text == ""
    assert "MB" in result.note


def test_text_is_cut_at_the_character_limit(settings):
    settings.DOCUMENT_TEXT_MAX_CHARS = 20
    result = extract_text(io.BytesIO(("thi đua " * 100).encode()), "txt")
    assert len(result.text) == 20
    assert result.note


def test_extraction_stops_at_the_deadline(settings):
    settings.DOCUMENT_TEXT_MAX_CHARS = extraction.MAX_TEXT_CHARS
    settings.DOCUMENT_TEXT_TIME_LIMIT = -1
    data = docx_bytes("Đoạn một", "Đoạn hai")
    result = extract_text(io.BytesIO(data), "docx")
    assert result.text == ""
    assert "quá lâu" in result.note


def test_unsupported_extension_gives_a_note():
    result = extract_text(io.BytesIO(b"RIFF\x00\x00\x00\x00WEBP"), "webp")
    assert result.text == ""
    assert ".webp" in result.note


def test_scanned_image_has_no_text_and_no_note_before_recognition():
    # Its text comes from the recognition job (documents.recognition), not the upload.
    result = extract_text(io.BytesIO(b"\x89PNG"), "png")
    assert (result.text, result.note, result.kind) == ("", "", "image")


def test_xlsx_attachment_text_is_extracted():
    result = extract_text(io.BytesIO(xlsx_bytes(("Cụm thi đua số 3",))), "xlsx")
    assert result.text == "Cụm thi đua số 3"


def test_size_known_to_be_over_the_limit_is_refused_before_reading(settings):
    settings.DOCUMENT_TEXT_MAX_FILE_BYTES = 10
    result = extract_text(io.BytesIO(b"thi dua"), "txt", size=11)
    assert result.text == ""
