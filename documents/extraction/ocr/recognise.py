"""Recognition of a whole file, page by page, for a background job: the pages whose
text layer is usable are kept as they are, the others are turned upright,
cleaned and read by Tesseract. Nothing raises: the result's `error` says why a
file could not be recognised at all, `warnings` which pages were lost.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.utils.translation import gettext as _
from PIL import Image

from ..limits import Budget, limits, ocr_limits
from ..read import too_large_warning
from ..result import Extraction
from . import engine, preprocess
from .correct import correct
from .pages import PageTooLarge, Unrecognisable, image_format, image_pages, pdf_pages
from .quality import usable

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]


def needs_recognition(data: bytes, name: str) -> bool:
    """True for an image (JPEG, PNG, TIFF by content) and for a PDF with a page
    whose text layer is missing or garbage. No OCR is run: safe inside a request.

    A PDF that cannot be opened (encrypted, broken) is True as well, so that the
    recognition job records why it cannot be read."""
    data = bytes(data)
    if image_format(data):
        return True
    if not data.startswith(b"%PDF-"):
        return False
    from ..pdf import UnreadablePdf, open_pdf
    from .pages import layer_texts

    current = limits()
    budget = Budget(current)
    try:
        reader = open_pdf(data[: current.max_file_bytes])
    except UnreadablePdf:
        return True
    for index, text in enumerate(layer_texts(reader)):
        if text is None or not usable(text):
            return True
        # Past the reading limits the rest of the file is not read in a request either.
        if index + 1 >= current.max_pdf_pages or budget.expired():
            return False
    return False


def recognise(data: bytes, name: str, *, on_page: ProgressCallback | None = None) -> Extraction:
    """The text of a scanned PDF or image; `on_page(done, total)` after each page."""
    data = bytes(data)
    kind = "pdf" if data.startswith(b"%PDF-") else "image" if image_format(data) else "binary"
    try:
        return _recognise(data, kind, on_page)
    except Exception:  # noqa: BLE001 - a recognition job must end with a reason, not a crash
        logger.exception("Recognition of %r failed", name)
        return Extraction(
            kind=kind, error=_("Lỗi không lường trước khi nhận dạng tệp: đã ghi vào nhật ký.")
        )


def _recognise(data: bytes, kind: str, on_page: ProgressCallback | None) -> Extraction:
    current, text_limits = ocr_limits(), limits()
    if not data:
        return Extraction(kind="empty", error=_("Tệp trống."))
    if kind == "binary":
        return Extraction(
            kind=kind,
            error=_("Chỉ nhận dạng được tệp PDF và ảnh JPEG, PNG, TIFF."),
        )
    if len(data) > text_limits.max_file_bytes:
        return Extraction(kind=kind, error=too_large_warning(text_limits.max_file_bytes))
    if not engine.available():
        return Extraction(
            kind=kind,
            error=_("Máy chủ chưa cài Tesseract với tiếng Việt: không nhận dạng được."),
        )
    try:
        pages, release = (pdf_pages if kind == "pdf" else image_pages)(data, current)
    except Unrecognisable as error:
        return Extraction(kind=kind, error=str(error))

    result = Extraction(kind=kind, pages=len(pages))
    chunks: list[str] = []
    timeouts = failures = 0
    try:
        for number, page in enumerate(pages, start=1):
            if page.text is not None:
                chunks.append(page.text)
            else:
                try:
                    chunks.append(_page_text(page, current))
                    result.recognised_pages += 1
                except engine.PageTimeout:
                    timeouts += 1
                    result.warnings.append(
                        _("Trang %(page)s nhận dạng quá %(seconds)s giây: bỏ qua.")
                        % {"page": number, "seconds": round(current.seconds_per_page)}
                    )
                except (
                    engine.EngineError,
                    PageTooLarge,
                    OSError,
                    ValueError,
                    Image.DecompressionBombError,
                ):
                    logger.warning("Page %s could not be recognised", number, exc_info=True)
                    failures += 1
                    result.warnings.append(
                        _("Không nhận dạng được trang %(page)s.") % {"page": number}
                    )
            if on_page is not None:
                on_page(number, len(pages))
    finally:
        release()

    if result.recognised_pages == 0 and (timeouts or failures):
        result.error = (
            _("Nhận dạng quá thời gian cho phép ở mọi trang.")
            if timeouts and not failures
            else _("Tệp bị hỏng: không nhận dạng được trang nào.")
        )
        return result
    result.text = "\n".join(chunks)
    if len(result.text) > text_limits.max_chars:
        result.text = result.text[: text_limits.max_chars]
        result.warnings.append(
            _("Văn bản quá dài: chỉ lấy %(limit)d ký tự đầu.") % {"limit": text_limits.max_chars}
        )
    return result


def _page_text(page, current) -> str:
    """One page read within its time limit: rendering, orientation, cleaning and
    Tesseract together."""
    deadline = time.monotonic() + current.seconds_per_page
    image, dpi = page.image()
    image = preprocess.grey(image)
    turn = engine.orientation(image, dpi, _left(deadline))
    if turn:
        image = image.rotate(turn, expand=True, fillcolor=255)
    cleaned = preprocess.clean(image, dpi)
    text = engine.text(cleaned, dpi, _left(deadline))
    return correct(text) if current.correct else text


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise engine.PageTimeout
    return left
