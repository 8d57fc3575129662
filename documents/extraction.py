"""Plain text out of uploaded attachments (PDF, DOCX, TXT), for search.

Extraction runs inside the upload request, so it is bounded: files above a size
limit are not read, and the loops over pages and paragraphs stop at a deadline and
at a text-length limit. Any failure gives empty text and a note for the editor; it
never raises.
"""

import logging
import time
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 500_000
TIME_LIMIT_SECONDS = 10.0
# A DOCX is a zip: refuse archives whose unpacked parts would blow up memory.
MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024

SUPPORTED_EXTENSIONS = ("pdf", "docx", "txt")


@dataclass(frozen=True)
class Extraction:
    text: str
    note: str = ""


def _limits():
    return (
        getattr(settings, "DOCUMENT_TEXT_MAX_FILE_BYTES", MAX_FILE_BYTES),
        getattr(settings, "DOCUMENT_TEXT_MAX_CHARS", MAX_TEXT_CHARS),
        getattr(settings, "DOCUMENT_TEXT_TIME_LIMIT", TIME_LIMIT_SECONDS),
    )


class _Collector:
    """Gathers text pieces until the character limit or the deadline is reached."""

    def __init__(self, max_chars, time_limit):
        self.parts = []
        self.length = 0
        self.max_chars = max_chars
        self.deadline = time.monotonic() + time_limit
        self.truncated_note = ""

    def full(self):
        if self.length >= self.max_chars:
            self.truncated_note = _("Văn bản quá dài: chỉ lấy %(limit)d ký tự đầu.") % {
                "limit": self.max_chars
            }
            return True
        if time.monotonic() > self.deadline:
            self.truncated_note = _("Đọc tệp quá lâu: chỉ lấy phần văn bản đã đọc được.")
            return True
        return False

    def add(self, text):
        text = (text or "").strip()
        if text:
            self.parts.append(text)
            self.length += len(text) + 1

    def result(self):
        text = "\n".join(self.parts)
        if len(text) > self.max_chars and not self.truncated_note:
            self.full()
        return Extraction(text[: self.max_chars], self.truncated_note)


def _pdf(fileobj, collector):
    from pypdf import PdfReader

    reader = PdfReader(fileobj)
    if reader.is_encrypted:
        reader.decrypt("")
    for page in reader.pages:
        if collector.full():
            break
        collector.add(page.extract_text())


def _docx(fileobj, collector):
    import docx

    with zipfile.ZipFile(fileobj) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise ValueError(f"DOCX unpacks to {unpacked} bytes")
    fileobj.seek(0)
    document = docx.Document(fileobj)
    for paragraph in document.paragraphs:
        if collector.full():
            return
        collector.add(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            if collector.full():
                return
            collector.add(" | ".join(cell.text for cell in row.cells))


def _txt(fileobj, collector):
    raw = fileobj.read(collector.max_chars * 4)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Vietnamese office files were often saved as Windows-1258.
        text = raw.decode("cp1258", errors="replace")
    collector.add(text)


_READERS = {"pdf": _pdf, "docx": _docx, "txt": _txt}


def extract_text(fileobj, extension, size=None):
    """Return the text of an open binary file of the given extension, with a note
    for the editor when the text is empty or partial."""
    extension = (extension or "").lower().lstrip(".")
    reader = _READERS.get(extension)
    if reader is None:
        return Extraction("", _("Không trích xuất văn bản từ tệp .%(ext)s.") % {"ext": extension})
    max_bytes, max_chars, time_limit = _limits()
    if size is not None and size > max_bytes:
        return Extraction(
            "",
            _("Tệp lớn hơn %(mb)d MB nên không được đọc nội dung để tìm kiếm.")
            % {"mb": max_bytes // (1024 * 1024)},
        )
    collector = _Collector(max_chars, time_limit)
    try:
        fileobj.seek(0)
        reader(fileobj, collector)
    except Exception:  # noqa: BLE001 - a broken upload must never stop the save
        logger.warning("Could not extract text from a .%s upload", extension, exc_info=True)
        return Extraction(
            "",
            _(
                "Không đọc được nội dung tệp (tệp hỏng hoặc sai định dạng). Tệp vẫn được "
                "lưu nhưng nội dung của nó sẽ không tìm kiếm được."
            ),
        )
    result = collector.result()
    if not result.text and not result.note:
        return Extraction(
            "", _("Tệp không có lớp chữ (có thể là bản scan): không có nội dung để tìm kiếm.")
        )
    return result
