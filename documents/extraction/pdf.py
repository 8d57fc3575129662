"""The text layer of a PDF (pypdf), page by page within the page, time and
character budget. A page without a text layer goes to `ocr.page_text`."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _

from . import ocr
from .limits import Budget
from .result import Extraction


def read_pdf(data: bytes, budget: Budget) -> Extraction:
    warnings: list[str] = []
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Extraction(
                kind="pdf", warnings=[_("Tệp PDF được đặt mật khẩu: không đọc được.")]
            )
        pages = reader.pages
        page_count = len(pages)
    except Exception as error:  # pypdf raises many kinds on broken files
        return Extraction(
            kind="pdf",
            warnings=[_("Không đọc được tệp PDF: %(error)s") % {"error": type(error).__name__}],
        )

    max_pages = budget.limits.max_pdf_pages
    chunks: list[str] = []
    for index in range(min(page_count, max_pages)):
        if budget.expired() or budget.full():
            warnings.append(_pages_read(index, page_count))
            break
        try:
            page = pages[index]
            chunk = page.extract_text() or ""
            if not chunk.strip():
                chunk = ocr.page_text(page, budget)
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
    return Extraction(text=text, kind="pdf", warnings=warnings)


def _pages_read(read: int, total: int) -> str:
    return _("Chỉ đọc %(read)s/%(total)s trang đầu của tệp PDF.") % {"read": read, "total": total}
