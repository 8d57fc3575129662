"""Turn an uploaded or local file into plain text for the parser.

Plain text (with encoding detection), DOCX (python-docx) and the text layer of a
PDF (pypdf) are supported. Every function here returns text and a list of
warnings instead of raising: one unreadable file must never stop an import run.
Sizes and time are bounded so that a hostile or broken file cannot hang a worker.
"""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

# Larger Word/PDF files are almost always scans or attachments bundles, not one
# official text; reading them whole would only cost memory.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Uncompressed size allowed for word/document.xml: guards against zip bombs.
MAX_DOCX_XML_BYTES = 60 * 1024 * 1024
# python-docx reads every part of the package into memory, images included.
MAX_DOCX_UNPACKED_BYTES = 150 * 1024 * 1024
# The parser reads at most this many characters (about 400 printed pages).
MAX_TEXT_CHARS = 2_000_000
# UTF-8 needs at most 4 bytes per character, so this is enough for MAX_TEXT_CHARS.
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS
MAX_PDF_PAGES = 300
PDF_TIME_BUDGET_SECONDS = 20.0
MAX_TABLE_DEPTH = 3
SNIFF_BYTES = 8192

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


@dataclass
class Extraction:
    """Text taken out of one file, what kind of file it turned out to be, and
    warnings for the editor."""

    text: str = ""
    kind: str = "text"
    warnings: list[str] = field(default_factory=list)


def read_path(path: str | Path) -> Extraction:
    """Read a file from disk (at most MAX_FILE_BYTES) and extract its text."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as error:
        return Extraction(
            kind="error",
            warnings=[
                _("Không đọc được tệp: %(error)s")
                % {"error": getattr(error, "strerror", None) or error}
            ],
        )
    return extract_text(data, path.name)


def extract_text(data: bytes, filename: str = "") -> Extraction:
    """Extract text from the bytes of a TXT, DOCX or PDF file.

    The content decides the format (a PDF renamed to .txt is still read as a PDF);
    the file name only serves for warnings.
    """
    data = bytes(data)
    suffix = Path(filename).suffix.lower()
    warnings: list[str] = []
    if not data:
        return Extraction(kind="empty", warnings=[_("Tệp trống.")])
    truncated = len(data) > MAX_FILE_BYTES
    if truncated:
        data = data[:MAX_FILE_BYTES]

    if data.startswith(b"%PDF-"):
        kind = "pdf"
    elif data.startswith(b"PK\x03\x04"):
        kind = "docx"
    elif data.startswith(_OLE2_MAGIC):
        return Extraction(
            kind="binary",
            warnings=[
                _("Tệp Word 97-2003 (.doc) không được hỗ trợ: hãy lưu lại thành .docx hoặc PDF.")
            ],
        )
    elif data.startswith(_BINARY_MAGIC):
        return Extraction(kind="binary", warnings=[_("Tệp là tệp nhị phân, không phải văn bản.")])
    else:
        kind = "text"

    if kind in {"pdf", "docx"} and suffix and suffix != f".{kind}":
        warnings.append(
            _("Nội dung tệp là %(kind)s dù phần mở rộng là %(suffix)s.")
            % {"kind": kind.upper(), "suffix": suffix}
        )
    if truncated and kind != "text":
        return Extraction(
            kind=kind,
            warnings=[
                *warnings,
                _("Tệp lớn hơn %(size)s MB: không đọc.")
                % {"size": MAX_FILE_BYTES // (1024 * 1024)},
            ],
        )

    if kind == "pdf":
        result = _extract_pdf(data)
    elif kind == "docx":
        result = _extract_docx(data)
    else:
        result = _extract_plain(data[: MAX_TEXT_BYTES + 1])
    result.warnings[:0] = warnings
    return result


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode text bytes: BOMs first, then UTF-8, then Windows-1258 (Vietnamese)."""
    warnings: list[str] = []
    truncated = len(data) > MAX_TEXT_BYTES
    if truncated:
        data = data[:MAX_TEXT_BYTES]
        warnings.append(
            _("Tệp văn bản quá lớn: chỉ đọc %(size)s byte đầu tiên.") % {"size": MAX_TEXT_BYTES}
        )
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec.startswith("utf-16"):
                body = body[: len(body) - len(body) % 2]
            elif codec.startswith("utf-32"):
                body = body[: len(body) - len(body) % 4]
            return body.decode(codec, errors="replace"), warnings

    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        body = data[: len(data) - len(data) % 2]
        return body.decode(utf16, errors="replace"), warnings

    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as error:
        # A cut in the middle of a multi-byte character is not an encoding problem.
        if truncated and error.start >= len(data) - 3:
            return data[: error.start].decode("utf-8", errors="replace"), warnings
    warnings.append(_("Tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258."))
    return data.decode("cp1258", errors="replace"), warnings


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold NULs or many control characters."""
    sample = data[:SNIFF_BYTES]
    if not sample or _utf16_without_bom(sample):
        return False
    if sample.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    return controls > len(sample) * 0.05


def _utf16_without_bom(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even_nuls = sum(1 for i in range(0, pairs * 2, 2) if sample[i] == 0)
    odd_nuls = sum(1 for i in range(1, pairs * 2, 2) if sample[i] == 0)
    # ASCII-heavy UTF-16 text has a NUL in one half of almost every pair and
    # almost none in the other half.
    if odd_nuls > pairs * 0.4 and even_nuls < pairs * 0.05:
        return "utf-16-le"
    if even_nuls > pairs * 0.4 and odd_nuls < pairs * 0.05:
        return "utf-16-be"
    return None


def _extract_plain(data: bytes) -> Extraction:
    if looks_binary(data):
        return Extraction(kind="binary", warnings=[_("Tệp là tệp nhị phân, không phải văn bản.")])
    text, warnings = decode_text(data)
    return Extraction(text=text, kind="text", warnings=warnings)


def _extract_docx(data: bytes) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            unpacked = sum(member.file_size for member in archive.infolist())
            if info.file_size > MAX_DOCX_XML_BYTES or unpacked > MAX_DOCX_UNPACKED_BYTES:
                return Extraction(
                    kind="docx",
                    warnings=[_("Tệp DOCX quá lớn sau khi giải nén: không đọc.")],
                )
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return Extraction(
            kind="docx", warnings=[_("Tệp nén không phải tài liệu Word (.docx) hợp lệ.")]
        )
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        _docx_blocks(document.iter_inner_content(), lines, depth=0)
    except Exception as error:  # python-docx/lxml raise many kinds
        return Extraction(
            kind="docx",
            warnings=[_("Không đọc được tệp DOCX: %(error)s") % {"error": type(error).__name__}],
        )
    text = "\n".join(lines)
    warnings = [] if text.strip() else [_("Tệp DOCX không có chữ.")]
    return Extraction(text=text, kind="docx", warnings=warnings)


def _docx_blocks(blocks, lines: list[str], depth: int) -> None:
    """Paragraphs in document order; a table cell by cell, row by row, so that a
    header table (issuer | motto) and a task table (TT | task | units) both come
    out as one line per cell paragraph."""
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table):
            if depth >= MAX_TABLE_DEPTH:
                continue
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    # Merged cells are returned once per grid column they span.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    _docx_blocks(cell.iter_inner_content(), lines, depth + 1)
                    lines.append("")
        else:
            lines.append(block.text)
        if len(lines) % 500 == 0 and sum(map(len, lines)) > MAX_TEXT_CHARS:
            return


def _extract_pdf(data: bytes) -> Extraction:
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

    started = time.monotonic()
    chunks: list[str] = []
    size = 0
    for index in range(min(page_count, MAX_PDF_PAGES)):
        if time.monotonic() - started > PDF_TIME_BUDGET_SECONDS or size > MAX_TEXT_CHARS:
            warnings.append(
                _("Chỉ đọc %(read)s/%(total)s trang đầu của tệp PDF.")
                % {"read": index, "total": page_count}
            )
            break
        try:
            chunk = pages[index].extract_text() or ""
        except Exception:  # one broken page must not lose the others
            warnings.append(_("Không đọc được trang %(page)s của tệp PDF.") % {"page": index + 1})
            continue
        chunks.append(chunk)
        size += len(chunk)
    else:
        if page_count > MAX_PDF_PAGES:
            warnings.append(
                _("Chỉ đọc %(read)s/%(total)s trang đầu của tệp PDF.")
                % {"read": MAX_PDF_PAGES, "total": page_count}
            )
    text = "\n".join(chunks)
    if not text.strip():
        warnings.append(_("Tệp PDF không có lớp chữ (có thể là bản quét): không có gì để đọc."))
    return Extraction(text=text, kind="pdf", warnings=warnings)
