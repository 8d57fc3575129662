"""Word files (python-docx): paragraphs and tables in document order, a table cell
by cell, so that a header table (issuer | motto) and a task table (TT | task |
units) both come out as one line per cell paragraph."""

from __future__ import annotations

import io
import zipfile

from django.utils.translation import gettext as _

from .limits import Budget
from .result import Extraction

MAX_TABLE_DEPTH = 3


class _Stopped(Exception):
    """The deadline or the character limit ended the reading."""


def read_docx(data: bytes, budget: Budget) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            unpacked = sum(member.file_size for member in archive.infolist())
            if (
                info.file_size > budget.limits.max_docx_xml_bytes
                or unpacked > budget.limits.max_unpacked_bytes
            ):
                return Extraction(
                    kind="docx",
                    warnings=[_("Tệp DOCX quá lớn sau khi giải nén: không đọc.")],
                )
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return Extraction(
            kind="docx", warnings=[_("Tệp nén không phải tài liệu Word (.docx) hợp lệ.")]
        )
    lines: list[str] = []
    warnings: list[str] = []
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        _blocks(document.iter_inner_content(), lines, 0, budget)
    except _Stopped:
        if budget.expired():
            warnings.append(_("Đọc tệp quá lâu: chỉ lấy phần văn bản đã đọc được."))
    except Exception as error:  # python-docx/lxml raise many kinds
        return Extraction(
            kind="docx",
            warnings=[_("Không đọc được tệp DOCX: %(error)s") % {"error": type(error).__name__}],
        )
    text = "\n".join(lines)
    if not text.strip() and not warnings:
        warnings.append(_("Tệp DOCX không có chữ."))
    return Extraction(text=text, kind="docx", warnings=warnings)


def _blocks(blocks, lines: list[str], depth: int, budget: Budget) -> None:
    from docx.table import Table

    for block in blocks:
        if budget.expired() or budget.full():
            raise _Stopped
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
                    _blocks(cell.iter_inner_content(), lines, depth + 1, budget)
                    lines.append("")
        else:
            lines.append(block.text)
            budget.spend(block.text)
