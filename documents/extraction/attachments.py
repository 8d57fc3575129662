"""Plain text out of uploaded attachments, for search.

Extraction runs inside the upload request; `read.extract_bytes` bounds it (see
`limits`). Only the extensions below are read: other attachments (old Office
formats) keep an empty text and a note saying so. Images have no text to read in
the request: recognition (OCR, documents.recognition) reads them, and PDFs without a
usable text layer, in a background job. Any failure gives empty text and a note for
the editor; it never raises.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from .limits import limits
from .read import extract_bytes, too_large_warning
from .result import Extraction

SUPPORTED_EXTENSIONS = ("pdf", "docx", "xlsx", "txt")
# Scanned pages saved as images; their text comes from recognition only.
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "tif", "tiff")
RECOGNISED_EXTENSIONS = ("pdf", *IMAGE_EXTENSIONS)


def extract_text(fileobj, extension: str, size: int | None = None) -> Extraction:
    """The text of an open binary file of the given extension, with a note (the
    result's `note`) for the editor when the text is empty or partial."""
    extension = (extension or "").lower().lstrip(".")
    if extension in IMAGE_EXTENSIONS:
        return Extraction(kind="image")
    if extension not in SUPPORTED_EXTENSIONS:
        return Extraction(
            kind="unsupported",
            warnings=[_("Không trích xuất văn bản từ tệp .%(ext)s.") % {"ext": extension}],
        )
    max_bytes = limits().max_file_bytes
    # Known to be too large: refuse before reading (the file may sit in remote storage).
    if size is not None and size > max_bytes:
        return Extraction(kind=extension, warnings=[too_large_warning(max_bytes)])
    fileobj.seek(0)
    return extract_bytes(fileobj.read(max_bytes + 1), f"file.{extension}")
