"""Excel workbooks (openpyxl, read-only): each sheet's rows, the cells of a row
joined by " | ", which the importer's parser reads as one cell per line."""

from __future__ import annotations

import io
import zipfile

from django.utils.translation import gettext as _

from .limits import Budget
from .result import Extraction


def read_xlsx(data: bytes, budget: Budget) -> Extraction:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return Extraction(kind="xlsx", warnings=[_("Không đọc được tệp XLSX.")])
    if unpacked > budget.limits.max_unpacked_bytes:
        return Extraction(
            kind="xlsx", warnings=[_("Tệp XLSX quá lớn sau khi giải nén: không đọc.")]
        )
    lines: list[str] = []
    warnings: list[str] = []
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            _sheets(workbook, lines, warnings, budget)
        finally:
            workbook.close()
    except Exception:  # openpyxl raises many kinds on broken files
        return Extraction(kind="xlsx", warnings=[_("Không đọc được tệp XLSX.")])
    text = "\n".join(lines)
    if not text.strip() and not warnings:
        warnings.append(_("Tệp XLSX không có chữ."))
    return Extraction(text=text, kind="xlsx", warnings=warnings)


def _sheets(workbook, lines: list[str], warnings: list[str], budget: Budget) -> None:
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            if budget.expired():
                warnings.append(_("Đọc tệp quá lâu: chỉ lấy phần văn bản đã đọc được."))
                return
            if budget.full():
                return
            cells = [str(value).strip() for value in row if value is not None]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                lines.append(line)
                budget.spend(line)
