"""Turn the bytes of a file into plain text: the content decides the format (a PDF
renamed to .txt is still read as a PDF), the file name only serves for warnings.

Plain text (with encoding detection), DOCX, XLSX and the text layer of a PDF are
read. Nothing here raises: one unreadable file must never stop an upload or an
import run. Sizes, time and length are bounded by `limits` so that a hostile or
broken file cannot hang a worker.
"""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

from django.utils.translation import gettext as _

from .docx import read_docx
from .limits import Budget, limits
from .pdf import read_pdf
from .result import Extraction
from .txt import read_txt
from .xlsx import read_xlsx

logger = logging.getLogger(__name__)

READERS = {"pdf": read_pdf, "docx": read_docx, "xlsx": read_xlsx, "text": read_txt}

_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",
    b"Rar!",
    b"7z\xbc\xaf",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_path(path: str | Path) -> Extraction:
    """Read a file from disk (at most the file-size limit) and extract its text."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(limits().max_file_bytes + 1)
    except (OSError, ValueError) as error:
        return Extraction(
            kind="error",
            warnings=[
                _("Không đọc được tệp: %(error)s")
                % {"error": getattr(error, "strerror", None) or error}
            ],
        )
    return extract_bytes(data, path.name)


def extract_bytes(data: bytes, filename: str = "") -> Extraction:
    """Extract text from the bytes of a TXT, DOCX, XLSX or PDF file."""
    current = limits()
    budget = Budget(current)
    data = bytes(data)
    suffix = Path(filename).suffix.lower()
    if not data:
        return Extraction(kind="empty", warnings=[_("Tệp trống.")])
    truncated = len(data) > current.max_file_bytes
    if truncated:
        data = data[: current.max_file_bytes]

    kind = _kind(data)
    if kind == "doc":
        return Extraction(
            kind="binary",
            warnings=[
                _("Tệp Word 97-2003 (.doc) không được hỗ trợ: hãy lưu lại thành .docx hoặc PDF.")
            ],
        )
    if kind == "binary":
        return Extraction(kind="binary", warnings=[_("Tệp là tệp nhị phân, không phải văn bản.")])

    warnings: list[str] = []
    if kind != "text" and suffix and suffix != f".{kind}":
        warnings.append(
            _("Nội dung tệp là %(kind)s dù phần mở rộng là %(suffix)s.")
            % {"kind": kind.upper(), "suffix": suffix}
        )
    if truncated and kind != "text":
        return Extraction(
            kind=kind, warnings=[*warnings, too_large_warning(current.max_file_bytes)]
        )

    if kind == "text":
        data = data[: current.max_text_bytes + 1]
    try:
        result = READERS[kind](data, budget)
    except Exception as error:  # noqa: BLE001 - a broken file must never stop a save or an import
        logger.warning("Could not extract text from a %s file", kind, exc_info=True)
        result = Extraction(
            kind=kind,
            warnings=[_("Không đọc được tệp: %(error)s") % {"error": type(error).__name__}],
        )
    result.warnings[:0] = warnings
    if len(result.text) > current.max_chars:
        result.text = result.text[: current.max_chars]
        result.warnings.append(
            _("Văn bản quá dài: chỉ lấy %(limit)d ký tự đầu.") % {"limit": current.max_chars}
        )
    return result


def _kind(data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "xlsx" if _is_workbook(data) else "docx"
    if data.startswith(_OLE2_MAGIC):
        return "doc"
    if data.startswith(_BINARY_MAGIC):
        return "binary"
    return "text"


def _is_workbook(data: bytes) -> bool:
    """An Office zip holding a workbook; anything else zipped is tried as Word."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def too_large_warning(max_bytes: int) -> str:
    """The warning for a file over the size limit, which is not read."""
    return _("Tệp lớn hơn %(size)s MB: không đọc.") % {"size": max_bytes // (1024 * 1024)}
