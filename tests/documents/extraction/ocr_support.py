"""What the OCR tests share: the skip when Tesseract is absent (CI, with
REQUIRE_NO_SKIPS=1, fails instead), and a short official text to scan."""

import io

import pytest

from documents.extraction.ocr import available
from tests.documents.extraction import scans
from tests.documents.files import pdf_pages_bytes

needs_tesseract = pytest.mark.skipif(
    not available() or not scans.font_available(),
    reason="Tesseract with its vie model and DejaVu Serif are needed "
    "(sudo apt-get install tesseract-ocr tesseract-ocr-vie fonts-dejavu-core)",
)

LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 1044/QĐ-UBND"]
RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Ngãi, ngày 29 tháng 12 năm 2017",
]
BODY = [
    "QUYẾT ĐỊNH",
    "Về việc tặng Bằng khen cho các tập thể có thành tích xuất sắc",
    "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;",
    "Xét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh.",
]


def scan_pages(count: int = 1, seed: int = 0):
    body = [*BODY, *(f"Trang {number} của văn bản quét." for number in range(2, count + 1))]
    pages = scans.render_pages(body[:4], left=LEFT, right=RIGHT, seed=seed)
    for number in range(2, count + 1):
        pages += scans.render_pages([f"Điều {number}. Quyết định có hiệu lực."], seed=number)
    return pages


def text_layer_pdf(*lines: str) -> bytes:
    return pdf_pages_bytes(list(lines), str(scans.FONT_DIR / "DejaVuSans.ttf"))


def joined_pdf(*pdfs: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


LAYER_LINES = (
    "KẾ HOẠCH Tổ chức phong trào thi đua yêu nước năm 2025 trên địa bàn tỉnh",
    "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022 của Quốc hội;",
)
