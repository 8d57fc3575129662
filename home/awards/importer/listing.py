"""The rows of an award list: from its header row down, with the section rows
(I. TẬP THỂ, II. CÁ NHÂN …) that set the kind of the rows below them, and the closing
count line ("Danh sách có 03 tập thể và 08 cá nhân./."), checked against the rows
found. Personal-data columns are never read (home.awards.importer.columns), and an ID
or phone number written inside a kept cell is cut out before the row is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from documents.importer.parser.lines import is_name, key, starts_with
from documents.importer.parser.patterns import BODY_WORDS, ROMAN
from home.awards.importer import columns as col
from home.awards.names import counts_text, folded_key, without_honorific
from home.profiles.models import ProfileKind

INDIVIDUAL, COLLECTIVE = ProfileKind.INDIVIDUAL.value, ProfileKind.COLLECTIVE.value

# Collectives the parser's issuer words do not cover: teams, classes, villages …
_COLLECTIVE_WORDS = (
    *BODY_WORDS,
    "TO ",
    "LOP ",
    "THON ",
    "BAN ",
    "XA ",
    "PHUONG ",
    "HOP TAC XA",
    "NHA MAY",
    "TAP THE",
    "KHOA ",
    "DON VI",
    "TRAM ",
    "DOI ",
    "CHI BO",
    "CHI DOAN",
    "CHI HOI",
    "GIA DINH",
)
_SECTION_MARK = re.compile(r"^(?:[IVX]{1,4}|[A-Đ])\s*[.)]?$")
_LETTER_SECTION = re.compile(r"^(?P<m>[A-Đ])\s*[.)]\s*(?P<t>\S.*)$")
_COUNT = re.compile(r"(?P<n>\d+)\s*(?P<kind>tap the|ca nhan)")
_COUNT_LINE = re.compile(r"^\(?\s*(?:danh sach|tong cong|tong so|tong|cong|co|gom)\b|\./\.")
_YEARS = re.compile(r"(?:19|20)\d{2}")
# Nine digits or more, spaces and dots allowed between them: an ID or phone number.
_ID_LIKE = re.compile(r"(?<![\d/])\+?\d(?:[ .]?\d){8,}(?![\d/])")
_NAME_SPLIT = re.compile(r"\s*(?:,|\s[-–]\s)\s*")


@dataclass
class ListedRow:
    kind: str
    name: str
    detail: str = ""
    award_text: str = ""
    year: int | None = None
    period: str = ""
    achievement: str = ""
    section: str = ""
    order: int = 0


@dataclass
class ParsedList:
    rows: list[ListedRow] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Text above the header (titles, "Kèm theo Quyết định số …") and below the rows.
    lines: list[str] = field(default_factory=list)

    def counts(self):
        collective = sum(1 for row in self.rows if row.kind == COLLECTIVE)
        return collective, len(self.rows) - collective


def scrub(text):
    """`text` without ID-like digit runs, and whether one was removed."""
    cleaned = _ID_LIKE.sub("", text)
    return " ".join(cleaned.split()).strip(" ,;"), cleaned != text


def year_and_period(text):
    """The last year written in `text` and the text itself as the period."""
    years = _YEARS.findall(text or "")
    return (int(years[-1]) if years else None), (text or "")[:64]


def _kind_of_heading(text):
    folded = folded_key(text)
    if "ca nhan" in folded and "tap the" not in folded:
        return INDIVIDUAL
    if "tap the" in folded and "ca nhan" not in folded:
        return COLLECTIVE
    return None


def _guess_kind(name, header):
    if without_honorific(name) != name.strip():
        return INDIVIDUAL
    if header.name_kind:
        return header.name_kind
    first = _NAME_SPLIT.split(name, maxsplit=1)[0]
    if starts_with(key(first), _COLLECTIVE_WORDS):
        return COLLECTIVE
    return INDIVIDUAL if is_name(first) else COLLECTIVE


class _Reader:
    def __init__(self, table, header, parsed):
        self.table = table
        self.header = header
        self.parsed = parsed
        self.section = ""
        self.section_kind = None
        self.stated = None
        self.scrubbed = False

    def cell(self, row, role):
        index = self.header.columns.get(role)
        return row[index].strip() if index is not None and index < len(row) else ""

    def read(self):
        start = self.header.row_index + 1
        if start < len(self.table) and col.is_column_numbering(self.table[start]):
            start += 1
        for row in self.table[start:]:
            if self.stated is not None:
                self.parsed.lines.extend(cell for cell in row if cell)
                continue
            self.read_row(row)
        if self.scrubbed:
            self.parsed.warnings.append(
                _("Đã bỏ những dãy số giống số định danh, số điện thoại trong các ô được giữ.")
            )
        self.check_count()

    def read_row(self, row):
        kept = [cell for index, cell in enumerate(row) if cell and index in self.kept_columns()]
        distinct = list(dict.fromkeys(kept))
        order = self.cell(row, col.ORDER)
        name = self.cell(row, col.NAME)
        if not distinct:
            return
        if (
            len(distinct) == 1
            and not (name and order and order != name)
            and (not name or self.is_heading_or_count(distinct[0]))
        ):
            self.text_row(distinct[0])
        elif _SECTION_MARK.match(order) and name and not self.other_cells(row):
            self.start_section(f"{order.rstrip('.')}. {name}")
        elif name:
            self.data_row(row, name)

    def kept_columns(self):
        return set(self.header.columns.values())

    def other_cells(self, row):
        skip = {col.ORDER, col.NAME}
        return [
            self.cell(row, role)
            for role in self.header.columns
            if role not in skip and self.cell(row, role)
        ]

    @staticmethod
    def stated_counts(text):
        folded = folded_key(text)
        counts = {match["kind"]: int(match["n"]) for match in _COUNT.finditer(folded)}
        if counts and _COUNT_LINE.search(folded):
            return counts.get("tap the", 0), counts.get("ca nhan", 0)
        return None

    @staticmethod
    def is_heading(text):
        return bool(
            ROMAN.match(text)
            or _LETTER_SECTION.match(text)
            or (_kind_of_heading(text) and len(text.split()) <= 4)
            or (text == text.upper() and any(c.isalpha() for c in text))
        )

    def is_heading_or_count(self, text):
        return self.is_heading(text) or self.stated_counts(text) is not None

    def text_row(self, text):
        stated = self.stated_counts(text)
        if stated is not None:
            self.stated = stated
        elif self.is_heading(text):
            self.start_section(text)
        else:
            self.parsed.lines.append(text)

    def start_section(self, text):
        self.section = text[:255]
        self.section_kind = _kind_of_heading(text) or self.section_kind

    def data_row(self, row, name):
        kind = self.section_kind or _guess_kind(name, self.header)
        detail_parts = [
            self.cell(row, col.DETAIL),
            self.cell(row, col.POSITION),
            self.cell(row, col.UNIT),
        ]
        if kind == INDIVIDUAL and (self.header.name_holds_detail or not any(detail_parts)):
            pieces = _NAME_SPLIT.split(name, maxsplit=1)
            if len(pieces) == 2:
                name, detail_parts[0] = (
                    pieces[0],
                    ", ".join(filter(None, [pieces[1], detail_parts[0]])),
                )
        year, period = year_and_period(self.cell(row, col.YEAR))
        values = {
            "name": name,
            "detail": ", ".join(part for part in detail_parts if part),
            "award_text": self.cell(row, col.AWARD),
            "achievement": self.cell(row, col.ACHIEVEMENT),
            "period": period,
        }
        for field_name, text in values.items():
            values[field_name], removed = scrub(text)
            self.scrubbed = self.scrubbed or removed
        self.parsed.rows.append(
            ListedRow(
                kind=kind,
                year=year,
                section=self.section,
                order=len(self.parsed.rows) + 1,
                **values,
            )
        )

    def check_count(self):
        if self.stated is None:
            return
        found = self.parsed.counts()
        if found != self.stated:
            self.parsed.warnings.append(
                _("Dòng cuối danh sách ghi %(stated)s nhưng đọc được %(found)s.")
                % {"stated": counts_text(*self.stated), "found": counts_text(*found)}
            )


def parse_tables(tables):
    """The rows of every table that has a header row, and the text around them."""
    parsed = ParsedList()
    found_header = False
    for table in tables:
        header = col.find_header(table)
        if header is None:
            parsed.lines.extend(cell for row in table for cell in dict.fromkeys(row) if cell)
            continue
        found_header = True
        parsed.lines.extend(
            cell for row in table[: header.row_index] for cell in dict.fromkeys(row) if cell
        )
        parsed.dropped.extend(name for name in header.dropped if name not in parsed.dropped)
        _Reader(table, header, parsed).read()
    if not found_header:
        parsed.warnings.append(
            _("Không tìm thấy dòng tiêu đề của danh sách (STT, Họ và tên, Chức vụ, Đơn vị …).")
        )
    return parsed
