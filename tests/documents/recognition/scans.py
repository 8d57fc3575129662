"""Scanned pages drawn by the tests: lines of text rendered with DejaVu Sans (it has
the Vietnamese glyphs) on a white A4 page at 200 dpi, saved as PNG or as an
image-only PDF, as a scanner saves them."""

import io
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from documents.extraction import ocr
from documents.models import DocumentFile

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DPI = 200
# The production backend for long jobs: they wait in a table for `db_worker`.
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def require_ocr():
    """Skip (or fail under REQUIRE_NO_SKIPS, see tests/skip_policy) without
    Tesseract's Vietnamese model or the font."""
    if not ocr.available() or not FONT.exists():
        pytest.skip("Tesseract with its vie model (make install) and DejaVu Sans are needed")


def page_image(lines):
    width, height = round(8.27 * DPI), round(11.69 * DPI)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), round(12 * DPI / 72))
    y = DPI
    for line in lines:
        draw.text((DPI, y), line, font=font, fill=0)
        y += round(12 * DPI / 72 * 1.6)
    return page


def png_scan(*lines):
    buffer = io.BytesIO()
    page_image(lines).save(buffer, "PNG", dpi=(DPI, DPI))
    return buffer.getvalue()


def pdf_scan(*pages):
    """An image-only PDF, one page per list of lines."""
    images = [page_image(lines).convert("RGB") for lines in pages]
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def saved_file(name, data):
    """A document file saved as an upload saves it (text read, recognition queued)."""
    document = DocumentFile(title=name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document
