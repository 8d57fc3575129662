"""The header row of an award list, wherever it sits, and what each column holds.

Header cells are compared folded ("Họ và tên" → "ho va ten"), so spelling with or
without marks, upper or lower case, all count. Columns holding personal data are
recognised first and are never read: their cells do not leave this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from home.awards.names import folded_key

ORDER, NAME, POSITION, UNIT, DETAIL, AWARD, ACHIEVEMENT, YEAR, PERSONAL = (
    "order",
    "name",
    "position",
    "unit",
    "detail",
    "award",
    "achievement",
    "year",
    "personal",
)

# Personal data (Nghị định 13/2023/NĐ-CP): birth date, ID numbers, home town,
# address, phone, e-mail, sex, ethnicity. Tested before the other roles, so that
# "Năm sinh" is not read as the year honoured nor "Địa chỉ" as the unit.
_PERSONAL = re.compile(
    r"\b(?:nam sinh|ngay sinh|sinh ngay|ngay thang nam sinh|cccd|cmnd|cmtnd|can cuoc"
    r"|dinh danh|chung minh|ho chieu|que quan|nguyen quan|noi o|cho o|dia chi|thuong tru"
    r"|tam tru|noi sinh|dien thoai|sdt|so dt|e-?mail|thu dien tu|gioi tinh|nam\s*/\s*nu"
    r"|dan toc|ton giao|ma so thue)\b"
)
_ORDER = re.compile(r"^(?:s?tt|so tt|so thu tu|thu tu)$")
_NAME = re.compile(
    r"\b(?:ho va ten|ho ten|ten tap the|tap the,? ca nhan|ten don vi|ten ca nhan)\b|^ten$"
)
_POSITION = re.compile(r"\bchuc (?:vu|danh)\b")
_UNIT = re.compile(r"\b(?:don vi|co quan|noi cong tac)\b")
_AWARD = re.compile(r"\b(?:hinh thuc|danh hieu|muc khen)\b")
_ACHIEVEMENT = re.compile(r"\b(?:thanh tich|ly do)\b")
_YEAR = re.compile(r"^(?:nam|nam khen thuong|nam dat|thoi gian|giai doan|nam hoc)$")

HEADER_SEARCH_ROWS = 40
MAX_HEADER_CELL = 80


def role(cell):
    """What a header cell names, or None."""
    folded = folded_key(cell)
    if not folded or len(folded) > MAX_HEADER_CELL:
        return None
    if _PERSONAL.search(folded):
        return PERSONAL
    if _ORDER.match(folded.strip(" .")):
        return ORDER
    if _NAME.search(folded):
        # "Họ và tên, chức vụ, đơn vị" in one column: the name comes first.
        return NAME
    if _POSITION.search(folded) and _UNIT.search(folded):
        return DETAIL
    if _POSITION.search(folded):
        return POSITION
    if _UNIT.search(folded):
        return UNIT
    if _AWARD.search(folded):
        return AWARD
    if _ACHIEVEMENT.search(folded):
        return ACHIEVEMENT
    if _YEAR.match(folded):
        return YEAR
    return None


@dataclass
class Header:
    row_index: int
    # role → column index; the first column of each role wins.
    columns: dict[str, int] = field(default_factory=dict)
    # The personal data columns as printed, for the import report.
    dropped: list[str] = field(default_factory=list)
    # True when the name column says which kind it holds ("Tên tập thể" / "Họ và tên").
    name_kind: str | None = None
    name_holds_detail: bool = False


def _header_at(row, index):
    header = Header(row_index=index)
    for column, cell in enumerate(row):
        found = role(cell)
        if found == PERSONAL:
            header.dropped.append(cell)
        elif found and found not in header.columns:
            header.columns[found] = column
    if NAME not in header.columns or len(header.columns) + len(header.dropped) < 2:
        return None
    name_cell = folded_key(row[header.columns[NAME]])
    if ("tap the" in name_cell and "ca nhan" not in name_cell) or "ten don vi" in name_cell:
        header.name_kind = "tap-the"
    elif "ho" in name_cell.split() and "tap the" not in name_cell:
        header.name_kind = "ca-nhan"
    header.name_holds_detail = bool(_POSITION.search(name_cell) or _UNIT.search(name_cell))
    return header


def find_header(table):
    """The first row within the first rows of `table` that reads as the header of a
    list (a name column and at least one other known column), or None."""
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        header = _header_at(row, index)
        if header is not None:
            return header
    return None


def is_column_numbering(row):
    """The row of column numbers some lists print under the header: 1 2 3 … or (1) (2)."""
    cells = [cell.strip("() ") for cell in row if cell.strip()]
    return len(cells) >= 2 and all(cell.isdigit() for cell in cells)
