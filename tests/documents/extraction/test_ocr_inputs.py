"""Which files need recognition, and bad input: each ends with a clear error in
Vietnamese, nothing raised."""

import io

from PIL import Image

from documents.extraction.ocr import needs_recognition, recognise
from tests.documents.extraction import scans
from tests.documents.extraction.ocr_support import (
    LAYER_LINES,
    needs_tesseract,
    scan_pages,
    text_layer_pdf,
)
from tests.documents.files import corrupt_pdf_bytes, docx_bytes, encrypted_pdf_bytes

pytestmark = needs_tesseract


def _png(size=(40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", size, 255).save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_image_needs_recognition_whatever_its_name():
    assert needs_recognition(_png(), "bang-khen.txt")


def test_a_scanned_pdf_needs_recognition():
    assert needs_recognition(scans.pdf_bytes(scan_pages()), "quet.pdf")


def test_a_pdf_whose_layer_is_only_a_page_number_needs_recognition():
    assert needs_recognition(text_layer_pdf("12"), "quet.pdf")


def test_a_word_file_needs_no_recognition():
    assert not needs_recognition(docx_bytes("Kế hoạch"), "ke-hoach.docx")


def test_an_encrypted_pdf_goes_to_recognition_to_record_why_it_fails():
    assert needs_recognition(encrypted_pdf_bytes(*LAYER_LINES), "mat.pdf")


def test_an_empty_file_gives_an_error():
    assert recognise(b"", "trong.pdf").error == "Tệp trống."


def test_an_encrypted_pdf_gives_an_error():
    assert "mật khẩu" in recognise(encrypted_pdf_bytes(*LAYER_LINES), "mat.pdf").error


def test_a_corrupt_pdf_gives_an_error():
    assert "Không đọc được tệp PDF" in recognise(corrupt_pdf_bytes(), "hong.pdf").error


def test_a_corrupt_image_gives_an_error():
    data = _png()[:30] + b"\x00" * 200
    assert recognise(data, "hong.png").error


def test_a_truncated_jpeg_gives_an_error():
    buffer = io.BytesIO()
    scan_pages()[0].save(buffer, format="JPEG")
    result = recognise(buffer.getvalue()[:2000], "cut.jpg")
    assert result.error and not result.text


def test_a_file_that_is_neither_pdf_nor_image_gives_an_error():
    assert "PDF" in recognise(docx_bytes("Kế hoạch"), "ke-hoach.docx").error


def test_a_decompression_bomb_is_refused_before_decoding(settings):
    settings.DOCUMENT_OCR_MAX_PIXELS = 1_000_000
    result = recognise(_png((2000, 2000)), "bom.png")
    assert "triệu điểm ảnh" in result.error


def test_a_bomb_inside_a_pdf_is_refused(settings):
    settings.DOCUMENT_OCR_MAX_PIXELS = 1_000_000
    pdf = scans.pdf_bytes([Image.new("L", (1500, 1500), 255)])
    assert "triệu điểm ảnh" in recognise(pdf, "bom.pdf").error


def test_too_many_pages_to_recognise_give_an_error(settings):
    settings.DOCUMENT_OCR_MAX_PAGES = 2
    pages = [Image.new("L", (200, 280), 255)] * 3
    result = recognise(scans.pdf_bytes(pages), "dai.pdf")
    assert "nhiều hơn giới hạn 2 trang" in result.error
    assert result.recognised_pages == 0


def test_a_page_over_its_time_limit_gives_an_error(settings):
    settings.DOCUMENT_OCR_SECONDS_PER_PAGE = 0.01
    result = recognise(scans.png_bytes(scan_pages()[0]), "cham.png")
    assert result.error == "Nhận dạng quá thời gian cho phép ở mọi trang."
    assert result.text == ""


def test_a_300_page_scan_is_refused_with_the_default_limits():
    pages = [Image.new("L", (100, 140), 255)] * 300
    result = recognise(scans.pdf_bytes(pages, 20), "ho-so-300-trang.pdf")
    assert "300 trang cần nhận dạng" in result.error
