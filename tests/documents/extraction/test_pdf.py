"""PDF files: the text layer page by page, within the page and time limits."""

import io

from reportlab.pdfgen import canvas

from documents.extraction import extract_bytes
from tests.documents.files import pdf_pages_bytes, vera_font

TWO_PAGES = ["Page one", "\f", "Page two"]


def test_pdf_text_is_extracted_with_the_font_bundled_in_reportlab():
    pdf = pdf_pages_bytes(["Plan 18/KH-UBND", "06/01/2025"], vera_font())
    extraction = extract_bytes(pdf, "plan.pdf")
    assert extraction.kind == "pdf"
    assert "18/KH-UBND" in extraction.text
    assert "06/01/2025" in extraction.text


def test_pdf_without_text_layer_warns():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(50, 50, 200, 200, fill=1)
    pdf.save()
    extraction = extract_bytes(buffer.getvalue(), "scan.pdf")
    assert extraction.text.strip() == ""
    assert extraction.warnings


def test_pdf_pages_beyond_the_limit_are_skipped_with_a_warning(settings):
    settings.DOCUMENT_TEXT_MAX_PDF_PAGES = 1
    extraction = extract_bytes(pdf_pages_bytes(TWO_PAGES, vera_font()), "dai.pdf")
    assert "Page one" in extraction.text
    assert "Page two" not in extraction.text
    assert any("1/2" in warning for warning in extraction.warnings)


def test_pdf_reading_stops_when_the_time_budget_is_spent(settings):
    settings.DOCUMENT_TEXT_TIME_LIMIT = -1
    extraction = extract_bytes(pdf_pages_bytes(TWO_PAGES, vera_font()), "cham.pdf")
    assert extraction.text.strip() == ""
    assert any("0/2" in warning for warning in extraction.warnings)


def test_oversized_pdf_is_refused_with_a_warning(settings):
    settings.DOCUMENT_TEXT_MAX_FILE_BYTES = 100
    extraction = extract_bytes(pdf_pages_bytes(["Page one"], vera_font()), "lon.pdf")
    assert extraction.text == ""
    assert any("MB" in warning for warning in extraction.warnings)
