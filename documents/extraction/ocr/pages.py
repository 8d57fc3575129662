"""The pages of a file to recognise: for a PDF, each page's text layer when it is
usable and otherwise the page rendered as an image (pypdfium2); for an image
(JPEG, PNG, TIFF), its frames. Every limit that can be checked without decoding
pixels (page count, pixels per page, encryption) is checked here, before any work.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

from ..limits import OcrLimits, limits
from ..pdf import UnreadablePdf, open_pdf
from .quality import usable

IMAGE_MAGIC = {
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
}
# Below this a page rendered smaller to stay within the pixel limit is unreadable.
MIN_DPI = 100
# Photos without a resolution are taken to show an A4 page across their width.
A4_WIDTH_INCHES = 8.27


class Unrecognisable(Exception):
    """The whole file cannot be recognised; the message is for the editor."""


@dataclass
class Page:
    """One page: a usable text layer, or a way to get its image and resolution."""

    text: str | None = None
    image: Callable[[], tuple[Image.Image, int]] | None = None


def image_format(data: bytes) -> str | None:
    """JPEG, PNG or TIFF by the file's first bytes, or None."""
    for magic, name in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return name
    return None


def layer_texts(reader) -> Iterator[str | None]:
    """Each page's text layer in order (None when pypdf fails on the page)."""
    for page in reader.pages:
        try:
            yield page.extract_text() or ""
        except Exception:  # noqa: BLE001 - pypdf raises many kinds; the image may still render
            yield None


def pdf_pages(data: bytes, current: OcrLimits) -> tuple[list[Page], Callable[[], None]]:
    """The pages of a PDF and a function that releases the rendered document."""
    try:
        reader = open_pdf(data)
    except UnreadablePdf as error:
        raise Unrecognisable(str(error)) from error
    count = len(reader.pages)
    if count > limits().max_pdf_pages:
        raise _too_many(count, limits().max_pdf_pages)
    texts = list(layer_texts(reader))
    scans = [index for index, text in enumerate(texts) if text is None or not usable(text)]
    if len(scans) > current.max_pages:
        raise _too_many(len(scans), current.max_pages)
    resolutions = {index: _scan_resolution(reader.pages[index], index, current) for index in scans}
    try:
        import pypdfium2

        document = pypdfium2.PdfDocument(data)
    except Exception as error:  # noqa: BLE001 - pdfium's errors for broken files vary
        raise Unrecognisable(
            _("Không đọc được tệp PDF: %(error)s") % {"error": type(error).__name__}
        ) from error
    pages = [
        Page(image=_renderer(document, index, resolutions[index], current))
        if index in scans
        else Page(text=texts[index])
        for index in range(count)
    ]
    return pages, document.close


def _renderer(document, index: int, scanned_at: float | None, current: OcrLimits):
    # Rendering a 200 dpi scan at 300 dpi adds pixels, not detail: OCR time grows
    # with the pixels, so such a page is rendered at its own resolution.
    wanted = (
        round(min(current.dpi, scanned_at)) if scanned_at and scanned_at >= MIN_DPI else current.dpi
    )

    def render() -> tuple[Image.Image, int]:
        page = document[index]
        try:
            width, height = page.get_size()
            dpi = wanted
            if width * height * (dpi / 72) ** 2 > current.max_pixels:
                # A poster-sized page: render it smaller rather than refuse it.
                dpi = math.floor(72 * math.sqrt(current.max_pixels / (width * height)))
                if dpi < MIN_DPI:
                    raise PageTooLarge
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            return bitmap.to_pil(), dpi
        finally:
            page.close()

    return render


class PageTooLarge(Exception):
    """One page has more pixels than the limit allows at a readable resolution."""


def _scan_resolution(page, index: int, current: OcrLimits) -> float | None:
    """The resolution of the page's largest image (a scanner's 200 or 300 dpi), None
    without images. A page whose image would decode to more pixels than the limit is
    refused: pdfium decodes an image whole before scaling it to the page."""
    try:
        objects = page["/Resources"]["/XObject"]
        sizes = [
            (int(objects[name].get("/Width", 0)), int(objects[name].get("/Height", 0)))
            for name in objects
        ]
        box = page.mediabox
        longest_side_inches = max(float(box.width), float(box.height)) / 72
    except Exception:  # noqa: BLE001 - no resources, or a broken dictionary: nothing to check
        return None
    if not sizes:
        return None
    width, height = max(sizes, key=lambda size: size[0] * size[1])
    if width * height > current.max_pixels:
        raise _bomb(index + 1, width * height, current)
    return max(width, height) / longest_side_inches if longest_side_inches else None


def image_pages(data: bytes, current: OcrLimits) -> tuple[list[Page], Callable[[], None]]:
    """The frames of a JPEG, PNG or TIFF (a multi-page TIFF has several)."""
    try:
        image = Image.open(io.BytesIO(data))
        count = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise Unrecognisable(
            _("Tệp ảnh bị hỏng hoặc không phải ảnh: không nhận dạng được.")
        ) from error
    if count > current.max_pages:
        raise _too_many(count, current.max_pages)
    for index in range(count):
        image.seek(index)
        width, height = image.size
        if width * height > current.max_pixels:
            raise _bomb(index + 1, width * height, current)
    pages = [Page(image=_frame(image, index, current)) for index in range(count)]
    return pages, image.close


def _frame(image: Image.Image, index: int, current: OcrLimits):
    def load() -> tuple[Image.Image, int]:
        image.seek(index)
        frame = image.copy()
        dpi = image.info.get("dpi", (0, 0))[0]
        if not dpi or dpi < MIN_DPI / 2:
            dpi = frame.width / A4_WIDTH_INCHES
        if dpi > 1.5 * current.dpi:
            # More pixels than OCR needs only cost time.
            scale = current.dpi / dpi
            frame = frame.resize((round(frame.width * scale), round(frame.height * scale)))
            dpi = current.dpi
        return frame, round(max(dpi, 70))

    return load


def _too_many(count: int, limit: int) -> Unrecognisable:
    return Unrecognisable(
        _("Tệp có %(count)s trang cần nhận dạng, nhiều hơn giới hạn %(limit)s trang: hãy tách tệp.")
        % {"count": count, "limit": limit}
    )


def _bomb(page: int, pixels: int, current: OcrLimits) -> Unrecognisable:
    return Unrecognisable(
        _(
            "Ảnh ở trang %(page)s có %(pixels)s triệu điểm ảnh, "
            "vượt giới hạn %(limit)s triệu: không nhận dạng."
        )
        % {
            "page": page,
            "pixels": round(pixels / 1_000_000),
            "limit": round(current.max_pixels / 1_000_000),
        }
    )
