"""The text layer of a PDF (pypdf), page by page within the page, time and
character budget. Only text layers are read here, inside the request: a page
without a usable one (a scan) is recognised later by `ocr.recognise` in a
background job, never while an upload waits."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _

from .limits import Budget
from .result import Extraction


class UnreadablePdf(Exception):
    """The PDF cannot be opened; the message is for the editor."""


def open_pdf(data: bytes):
    """A pypdf reader for the bytes, or UnreadablePdf saying why not."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadablePdf(_("Tệp PDF được đặt mật khẩu: không đọc được."))
        # Reading the page tree here makes a broken one fail now, not page by page.
        len(reader.pages)
    except UnreadablePdf:
        raise
    except Exception as error:  # pypdf raises many kinds on broken files
        raise UnreadablePdf(
            _("Không đọc được tệp PDF: %(error)s") % {"error": type(error).__name__}
        ) from error
    return reader


def read_pdf(data: bytes, budget: Budget) -> Extraction:
    warnings: list[str] = []
    try:
        pages = open_pdf(data).pages
    except UnreadablePdf as error:
        return Extraction(kind="pdf", warnings=[str(error)])
    page_count = len(pages)

    max_pages = budget.limits.max_pdf_pages
    chunks: list[str] = []
    for index in range(min(page_count, max_pages)):
        if budget.expired() or budget.full():
            warnings.append(_pages_read(index, page_count))
            break
        try:
            chunk = pages[index].extract_text() or ""
        except Exception:  # one broken page must not lose the others
            warnings.append(_("Không đọc được trang %(page)s của tệp PDF.") % {"page": index + 1})
            continue
        chunks.append(chunk)
        budget.spend(chunk)
    else:
        if page_count > max_pages:
            warnings.append(_pages_read(max_pages, page_count))
    text = "\n".join(chunks)
    if not text.strip():
        warnings.append(_("Tệp PDF không có lớp chữ (có thể là bản quét): không có gì để đọc."))
    return Extraction(text=text, kind="pdf", warnings=warnings, pages=page_count)


def _pages_read(read: int, total: int) -> str:
    return _("Chỉ đọc %(read)s/%(total)s trang đầu của tệp PDF.") % {"read": read, "total": total}
