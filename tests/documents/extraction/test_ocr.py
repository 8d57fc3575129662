"""Recognition with the real Tesseract: scans, mixed PDFs and progress."""

from documents.extraction.ocr import needs_recognition, recognise
from tests.documents.extraction import scans
from tests.documents.extraction.ocr_support import (
    LAYER_LINES,
    joined_pdf,
    needs_tesseract,
    scan_pages,
    text_layer_pdf,
)

pytestmark = needs_tesseract


def test_a_scanned_page_is_recognised_with_its_number_and_date():
    result = recognise(scans.png_bytes(scan_pages()[0]), "quyet-dinh.png")
    assert not result.error
    assert "1044/QĐ-UBND" in result.text
    assert "ngày 29 tháng 12 năm 2017" in result.text


def test_a_scanned_pdf_counts_its_recognised_pages():
    result = recognise(scans.pdf_bytes(scan_pages()), "quyet-dinh.pdf")
    assert (result.pages, result.recognised_pages) == (1, 1)


def test_a_pdf_with_a_good_text_layer_needs_no_recognition():
    assert not needs_recognition(text_layer_pdf(*LAYER_LINES), "ke-hoach.pdf")


def test_a_mixed_pdf_recognises_only_its_image_page():
    pdf = joined_pdf(text_layer_pdf(*LAYER_LINES), scans.pdf_bytes(scan_pages()))
    result = recognise(pdf, "ho-so.pdf")
    assert (result.pages, result.recognised_pages) == (2, 1)
    assert LAYER_LINES[0] in result.text
    assert "1044/QĐ-UBND" in result.text


def test_progress_is_reported_after_each_page():
    seen = []
    recognise(scans.tiff_bytes(scan_pages(2)), "hai-trang.tiff", on_page=lambda *a: seen.append(a))
    assert seen == [(1, 2), (2, 2)]


def test_a_page_turned_upside_down_is_read_upright():
    page = scan_pages()[0].rotate(180)
    result = recognise(scans.png_bytes(page), "nguoc.png")
    assert "1044/QĐ-UBND" in result.text
