"""The one set of limits for reading text out of files, for attachments and every
importer alike. Each can be overridden in settings as DOCUMENT_TEXT_<NAME>
(DOCUMENT_TEXT_MAX_FILE_BYTES, DOCUMENT_TEXT_MAX_CHARS, DOCUMENT_TEXT_TIME_LIMIT …).

Where the attachments and the importer used to differ, the stricter value was
kept: both read inside a web request (an upload, the import preview), and the
text is stored and folded for search, so time and memory are bounded there first.
- MAX_CHARS 500,000 (the importer had 2,000,000): about 120 printed pages, far
  beyond any one official text; what lies further is an appendix bundle, not a
  document to parse or a passage anyone searches for.
- TIME_LIMIT 10 s over the whole file (the importer had 20 s for PDFs only): an
  upload request must still answer within the usual 30 s gateway timeout.
- MAX_UNPACKED_BYTES 100 MB (the importer had 150 MB): python-docx and openpyxl
  hold every part of the package in memory, images included.

Recognition (OCR) runs in a background worker, never in a request, and has its own
limits, overridable as DOCUMENT_OCR_<NAME> (`ocr_limits`): pages per file, pixels per
page, seconds per page and the resolution pages are rendered at (DOCUMENT_OCR_CORRECT,
on by default, turns the post-correction of recognised text off when False).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, fields

from django.conf import settings

# Larger Word/PDF files are almost always scans or attachment bundles, not one text.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 500_000
TIME_LIMIT_SECONDS = 10.0
MAX_PDF_PAGES = 300
# Office files are zips: refuse archives whose parts would blow up memory.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Uncompressed size allowed for word/document.xml alone.
MAX_DOCX_XML_BYTES = 60 * 1024 * 1024


# 10-25 minutes of a worker's time at the 6-14 s per A4 page measured on a loaded
# 2-core machine (tests/benchmarks/README.md); a longer scan is an appendix bundle
# that an editor should split or attach as text.
OCR_MAX_PAGES = 100
# Pixels of one page image: an A4 page at 600 dpi is 35 million; more is a poster or
# a decompression bomb, refused before its pixels are decoded.
OCR_MAX_PIXELS = 40_000_000
# One page normally takes a few seconds; a page that takes a minute is not text.
OCR_SECONDS_PER_PAGE = 60.0
# Tesseract's accuracy on 10-12 pt body text levels off at about 300 dpi.
OCR_DPI = 300
# Recognised text goes through `ocr.correct` (number line, codes, dates, set phrases).
OCR_CORRECT = True


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = MAX_FILE_BYTES
    max_chars: int = MAX_TEXT_CHARS
    time_limit: float = TIME_LIMIT_SECONDS
    max_pdf_pages: int = MAX_PDF_PAGES
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES
    max_docx_xml_bytes: int = MAX_DOCX_XML_BYTES

    @property
    def max_text_bytes(self) -> int:
        """Bytes of a text file to decode: UTF-8 needs at most 4 per character."""
        return 4 * self.max_chars


def limits() -> Limits:
    """The limits in force: the defaults above, each overridable in settings."""
    return _from_settings(Limits, "DOCUMENT_TEXT_")


def _from_settings(kind, prefix: str):
    """An instance of the limits dataclass with each field read from the setting
    PREFIX + FIELD NAME in capitals, or its default."""
    return kind(
        **{
            item.name: getattr(settings, f"{prefix}{item.name.upper()}", item.default)
            for item in fields(kind)
        }
    )


@dataclass(frozen=True)
class OcrLimits:
    max_pages: int = OCR_MAX_PAGES
    max_pixels: int = OCR_MAX_PIXELS
    seconds_per_page: float = OCR_SECONDS_PER_PAGE
    dpi: int = OCR_DPI
    correct: bool = OCR_CORRECT


def ocr_limits() -> OcrLimits:
    """The recognition limits in force, each overridable as DOCUMENT_OCR_<NAME>."""
    return _from_settings(OcrLimits, "DOCUMENT_OCR_")


class Budget:
    """What one extraction may still spend: a deadline and a number of characters."""

    def __init__(self, current: Limits):
        self.limits = current
        self.deadline = time.monotonic() + current.time_limit
        self.chars = 0

    def expired(self) -> bool:
        return time.monotonic() > self.deadline

    def full(self) -> bool:
        """The text gathered so far (pieces joined by newlines) is over the limit."""
        return self.chars - 1 > self.limits.max_chars

    def spend(self, text: str) -> None:
        self.chars += len(text) + 1
