"""Parse the text of a Vietnamese official document (văn bản hành chính) into fields.

The layout follows the government's rules for administrative documents: a header
block (issuer on the left, the national motto on the right, number and place/date
under them), the type heading and subject line, legal bases, the body, and at the
end the recipients ("Nơi nhận") beside the signer block. Copies taken from web
portals add menus and footers around it and lose the two-column layout, so every
rule here works line by line and never relies on columns.

Choices worth knowing:
- Text is kept as printed: the issuer "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN" becomes
  "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" (lines joined by one space, letter case kept);
  changing case would need knowledge of proper names and could invent text.
- A field that is not in the text stays None (or an empty list); nothing is guessed.
- The number keeps its printed form with the spaces around "/" and "-" removed.
- signer_title keeps the signer's title lines, joined with newlines;
  signer_capacity is the capacity closest to the name ("KT." in
  "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from .sources import MAX_TEXT_CHARS, extract_text, read_path

DOCUMENT_TYPES: dict[str, str] = {
    "KH": "Kế hoạch",
    "CT": "Chỉ thị",
    "QĐ": "Quyết định",
    "CV": "Công văn",
    "HD": "Hướng dẫn",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "NQ": "Nghị quyết",
    "TTr": "Tờ trình",
    "CTr": "Chương trình",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "KL": "Kết luận",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "GM": "Giấy mời",
    "BB": "Biên bản",
    "CĐ": "Công điện",
    "TT": "Thông tư",
    "NĐ": "Nghị định",
}

SIGNER_CAPACITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


@dataclass
class Section:
    """A numbered part of the body: I./II. (level 1), 1./Điều 1. (level 2),
    1.1. (level 3), a) (level 4). Level 0 is the unnumbered text before the first
    heading. Bulleted paragraphs keep a leading "- "."""

    marker: str
    heading: str
    level: int
    paragraphs: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)


@dataclass
class Task:
    """One row of a plan's task table."""

    number: str
    text: str
    responsible_units: list[str] = field(default_factory=list)
    deadline: str | None = None


@dataclass
class TaskGroup:
    """Tasks under one period heading (QUÝ I, Tháng 3, Cả năm …); period is None
    for tasks listed before any heading."""

    period: str | None
    tasks: list[Task] = field(default_factory=list)


@dataclass
class ParsedDocument:
    """Everything the parser found in one document; missing fields stay empty."""

    number: str | None = None
    document_type_code: str | None = None
    document_type_name: str | None = None
    title: str | None = None
    issuing_body: str | None = None
    issuing_parent: str | None = None
    issuing_place: str | None = None
    issued_on: datetime.date | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    signer_capacity: str = ""
    legal_bases: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tasks: list[TaskGroup] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready dict (the date as an ISO string)."""
        data = asdict(self)
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        return data


# ---------------------------------------------------------------------------
# Text helpers

_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\u0085\u2028\u2029]")
_CELL_BREAK = re.compile(r"\t|\s\|(?=\s)")
# Rules under the header ("-------", "—oOo—") and Markdown table rules ("|---|:--|").
_SEPARATOR = re.compile(r"^(?:[-_=*~.—–•·]+|[-_=*~.—–•·oO0 |:]{3,})$")
_EMPHASIS = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__)?|(?:\*\*|__)$")

# Party organisations print "ĐẢNG CỘNG SẢN VIỆT NAM" where the State prints the motto.
_MOTTO_1 = re.compile(
    r"CONG\s*HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s+NAM|DANG\s+CONG\s+SAN\s+VIET\s+NAM"
)
_MOTTO_2 = re.compile(r"DOC\s*LAP\s*[-–—]+\s*TU\s*DO\s*[-–—]+\s*HANH\s*PHUC")


def fold(text: str) -> str:
    """Upper-case text without diacritics (đ → D), for matching keywords."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


@functools.lru_cache(maxsize=4096)
def _is_upper(text: str) -> bool:
    """Printed in capitals (a stray lower-case letter, as in "TTr", is allowed)."""
    if text == text.upper():
        return any(c.isalpha() for c in text)
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)


def _clean_line(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    line = _EMPHASIS.sub("", line).strip()
    line = _EMPHASIS.sub("", line).strip()
    if _SEPARATOR.match(line):
        return ""
    return line


def normalise(text: str) -> list[str]:
    """NFC, one space for any run of spaces (NBSP included), no invisible or
    control characters, table cells and the two motto lines on lines of their own.
    Empty strings mark blank lines."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    lines: list[str] = []
    for raw in text.split("\n"):
        stripped = raw.strip()
        # A Markdown table row: "| 1 | Nội dung | Đơn vị |".
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = stripped[1:-1].split("|")
        else:
            cells = _CELL_BREAK.split(raw)
        for cell in cells:
            for part in _split_motto(_clean_line(cell)):
                lines.append(_clean_line(part))
    return lines


def _split_motto(line: str) -> list[str]:
    """A copy that lost the header columns may print "ỦY BAN NHÂN DÂN CỘNG HÒA …"
    on one line; give each motto line a line of its own."""
    if len(line) > 300 or not line:
        return [line]
    upper = line.upper()
    if "NAM" not in upper and "PH" not in upper:
        return [line]
    folded = fold(line)
    if len(folded) != len(line):
        return [line]
    cuts = set()
    for pattern in (_MOTTO_1, _MOTTO_2):
        match = pattern.search(folded)
        if match:
            cuts.update((match.start(), match.end()))
    cuts.discard(0)
    cuts.discard(len(line))
    if not cuts:
        return [line]
    parts, start = [], 0
    for cut in sorted(cuts):
        parts.append(line[start:cut])
        start = cut
    parts.append(line[start:])
    return [part.strip() for part in parts if part.strip()]


# ---------------------------------------------------------------------------
# Patterns

_TYPE_BY_FOLDED_NAME = {fold(name): code for code, name in DOCUMENT_TYPES.items()}
_TYPE_BY_FOLDED_CODE = {fold(code): code for code in DOCUMENT_TYPES}

_NUMBER_LINE = re.compile(r"^S[ốỐ]\s*(?:[:.]\s*|\s+|(?=[0-9/]))(?P<rest>.*)$", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"^(?P<serial>[0-9]*)(?P<tail>(?:[/-][^\s/,;:]+)+)")
_DATE = re.compile(
    r"ngày[\s.…_]*(?P<d>[0-9]{1,2})?[\s.…_]*tháng[\s.…_]*(?P<m>[0-9]{1,2})?"
    r"[\s.…_]*năm[\s.…_]*(?P<y>[0-9]{4})?",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    r"ngày\s*(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})",
    re.IGNORECASE,
)
# "Nơi nhận:" heads the recipients; "Nơi nhận hồ sơ: …" is a body sentence.
_RECIPIENTS_HEADING = re.compile(r"^NOI\s+NHAN\s*(?::|$)")
_VV = re.compile(r"^(?:V/v|V/V|v/v|Về việc)\b", re.IGNORECASE)
# Party documents write the capacity with a slash: "T/M BAN THƯỜNG VỤ".
_CAPACITY = re.compile(
    r"^(?:(?P<dot>TM|KT|TL|TUQ|Q)\s*\.|(?P<slash>T/M|K/T|T/L)\.?)\s*(?P<rest>.*)$"
)
# "(Đã ký)", "[daky]", "(Ký tên, đóng dấu)": where the signature stood.
_SIGNED = re.compile(
    r"^[(\[]?\s*(?:đã\s*k[ýí]|k[ýí]\s*tên|k[ýí]\s*,|k[ýí]\s*và|chữ\s*k[ýí]|đóng\s*dấu|daky)"
    r"[^()\[\]]{0,40}[)\]]?$",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^(?P<m>[IVX]{1,5})\s*[.)]\s*(?P<t>.*)$")
_ARABIC = re.compile(r"^(?P<m>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})\s*[.)]\s*(?P<t>\S.*)$")
_ARABIC_DOTTED = re.compile(r"^(?P<m>[0-9]{1,2}(?:\.[0-9]{1,2}){1,3})\s+(?P<t>\S.*)$")
_LETTER = re.compile(r"^(?P<m>[a-zđ])\s*\)\s*(?P<t>\S.*)$")
_ARTICLE = re.compile(r"^(?P<m>Điều\s+[0-9]{1,3})\s*[.:]\s*(?P<t>.*)$")
_BULLET = re.compile(r"^[-–—•+*]\s*(?P<t>.*)$")
_BARE_NUMBER = re.compile(r"^[0-9]{1,3}\.?$")
_PERIOD = re.compile(
    r"^(?:QUY\s+(?:[IV]{1,3}|[1-4])|THANG\s+[0-9]{1,2}|CA\s+NAM|[0-9]\s+THANG\s+(?:DAU|CUOI)\s+NAM"
    r"|NHIEM\s+VU\s+THUONG\s+XUYEN|THUONG\s+XUYEN|NAM\s+[0-9]{4})"
    r"(?:\s*(?:/|NAM)\s*[0-9]{4})?\s*:?$"
)
_DEADLINE = re.compile(
    r"^(?:TRUOC\s|TRONG\s+(?:THANG|QUY|NAM)|THANG\s+[0-9]|QUY\s+[IV1-4]|THUONG\s+XUYEN"
    r"|HOAN\s+THANH|CA\s+NAM|DAU\s+NAM|CUOI\s+NAM|NAM\s+[0-9]{4}|DINH\s+KY|HANG\s+(?:THANG|QUY)"
    r"|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?$)"
)
_STARTS_BODY = re.compile(
    r"^(?:CAN\s+CU|THUC\s+HIEN|THEO\s|KINH\s+GUI|DE\s|NHAM\s|TREN\s+CO\s+SO|XET\s|VOI\s+MUC)"
)

# The first line under the type heading is the subject even when it starts like
# a body sentence ("Xét tặng danh hiệu …", "Thực hiện phong trào …").
_FIRST_TITLE_STOP = re.compile(r"^(?:CAN\s+CU|KINH\s+GUI)")

_BODY_WORDS = (
    "UY BAN", "UBND", "HOI DONG", "HDND", "SO ", "BAN ", "PHONG ", "KHOI ", "CUM ",
    "VAN PHONG", "TRUNG TAM", "CHI CUC", "CUC ", "TONG CUC", "BO ", "DANG ", "DANG UY",
    "TINH UY", "HUYEN UY", "THANH UY", "MAT TRAN", "LIEN DOAN", "DOAN ", "HOI ", "TRUONG ",
    "CONG AN", "BO CHI HUY", "THANH TRA", "CONG TY", "BAO ", "DAI ", "BENH VIEN", "VIEN ",
    "KHO BAC", "BAO HIEM", "CHINH PHU", "THU TUONG", "QUOC HOI", "TOA AN", "VIEN KIEM SAT",
)
_LOCALITY_WORDS = (
    "TINH ", "THANH PHO ", "TP ", "TP. ", "HUYEN ", "QUAN ", "THI XA ", "XA ", "PHUONG ",
    "THI TRAN ", "KHOI ", "CUM ",
)
# Lines that name a body of their own even though they start like a locality.
_STANDALONE_BODY_WORDS = (
    "SO ", "BAN ", "PHONG ", "VAN PHONG", "TINH UY", "HUYEN UY", "THANH UY", "QUAN UY", "THI UY",
)
_CONNECTOR_WORDS = ("VA ", "& ", ", ", "- ", "– ")
_UNIT_WORDS = _BODY_WORDS + (
    "CAC ", "HD", "VP ", "THUONG TRUC", "TINH DOAN", "DON VI", "CO QUAN", "THANH VIEN",
    "LANH DAO", "THU TRUONG", "CHU TICH", "GIAM DOC", "TO ", "UBMTTQ", "MTTQ", "LDLD",
    "SO", "BAN", "PHONG", "BCH", "TRUONG BAN", "DIA PHUONG", "NGANH",
)
_SIGNER_TITLES = (
    "CHU TICH", "PHO CHU TICH", "GIAM DOC", "PHO GIAM DOC", "TRUONG BAN", "PHO TRUONG BAN",
    "KHOI TRUONG", "KHOI PHO", "CUM TRUONG", "CUM PHO", "CHANH VAN PHONG", "PHO CHANH VAN PHONG",
    "BO TRUONG", "THU TRUONG", "BI THU", "PHO BI THU", "TRUONG PHONG", "PHO TRUONG PHONG",
    "HIEU TRUONG", "TONG GIAM DOC", "CHI CUC TRUONG", "CUC TRUONG", "THU TUONG", "VIEN TRUONG",
    "CHANH THANH TRA", "TRUONG DOAN", "NGUOI KY", "TM.", "KT.", "TL.", "TUQ.", "Q.",
)


def _starts_with(folded: str, words: tuple[str, ...]) -> bool:
    folded = folded + " "
    return any(folded.startswith(word) for word in words)


def _is_motto(folded: str) -> bool:
    return bool(_MOTTO_1.match(folded) or _MOTTO_2.match(folded))


def _type_heading(line: str) -> str | None:
    if not line or len(line) > 30:
        return None
    return _TYPE_BY_FOLDED_NAME.get(fold(line))


@functools.lru_cache(maxsize=4096)
def _is_name(line: str) -> bool:
    """A personal name: 2-6 capitalised words of letters ("H'Hen Niê" and
    "Y-Ngông" included)."""
    words = line.split(" ")
    if not 2 <= len(words) <= 6 or len(line) > 50:
        return False
    for word in words:
        parts = re.split(r"['’-]", word)
        if not all(part.isalpha() and (part[1:].islower() or len(part) == 1) for part in parts):
            return False
        if not parts[0][0].isupper():
            return False
    return True


# ---------------------------------------------------------------------------
# Parser


class _Parser:
    def __init__(self, lines: list[str], warnings: list[str]):
        self.lines = lines
        self.folded = [fold(line) for line in lines]
        self.doc = ParsedDocument(warnings=warnings)
        self.type_heading_at: int | None = None
        self.type_from_heading: str | None = None
        self.number_code: str | None = None
        self.number_blank = False
        self.header_first = len(lines)
        self.date_warned = False
        self.legal_base_lines: set[int] = set()
        self.deadline_column = False

    def run(self) -> ParsedDocument:
        anchor = self._find_anchor()
        if anchor is None:
            self.doc.warnings.append(_("Không nhận ra phần đầu của văn bản hành chính."))
            return self.doc
        region_end = self._parse_header(anchor)
        body_start = self._parse_title(region_end)
        tail_start = self._find_tail(body_start)
        self._parse_tail(tail_start)
        self._parse_legal_bases(body_start, tail_start)
        table = self._parse_tasks(body_start, tail_start)
        self._parse_sections(body_start, tail_start, table)
        self._resolve_type()
        self._add_missing_warnings()
        return self.doc

    # -- header -------------------------------------------------------------

    def _find_anchor(self) -> int | None:
        for index, folded in enumerate(self.folded):
            if _MOTTO_1.match(folded):
                return index
        for index, line in enumerate(self.lines):
            if self._number_in(line) is not None:
                return index
        for index, line in enumerate(self.lines):
            if self._date_in(line) is not None and not _BULLET.match(line):
                return index
        candidates = [i for i, line in enumerate(self.lines) if _type_heading(line)]
        # Web menus list type names in mixed case; the heading of the document is
        # printed in capitals, so prefer a capitalised one.
        for index in candidates:
            if _is_upper(self.lines[index]) and not self._next_is_type_heading(index):
                return index
        for index in candidates:
            if not self._next_is_type_heading(index):
                return index
        return None

    def _next_is_type_heading(self, index: int) -> bool:
        following = self._next_nonblank(index + 1)
        return following is None or bool(_type_heading(self.lines[following]))

    def _next_nonblank(self, index: int, stop: int | None = None) -> int | None:
        stop = len(self.lines) if stop is None else stop
        while index < stop:
            if self.lines[index]:
                return index
            index += 1
        return None

    def _nonblank_indices(self, start: int, count: int, step: int = 1) -> list[int]:
        found, index = [], start
        while 0 <= index < len(self.lines) and len(found) < count:
            if self.lines[index]:
                found.append(index)
            index += step
        return found

    def _parse_header(self, anchor: int) -> int:
        """Issuer, number, place, date and the type heading's position. Returns
        the line where the subject line may start."""
        window = self._nonblank_indices(anchor, 14)
        region_end = window[-1] + 1 if window else anchor + 1
        for index in window:
            folded = self.folded[index]
            if index > anchor and (_STARTS_BODY.match(folded) or _ROMAN.match(self.lines[index])):
                region_end = index
                break
            if _type_heading(self.lines[index]) and self.type_heading_at is None:
                self.type_heading_at = index
                region_end = index
                break

        issuer_lines = self._issuer_lines(anchor, region_end)
        header_start = min([anchor, self.header_first, *issuer_lines])
        self._assign_issuer([self.lines[i] for i in issuer_lines])

        search_from = max(0, header_start - 1)
        for index in range(search_from, region_end):
            line = self.lines[index]
            if not line:
                continue
            if self.doc.number is None and self.number_code is None:
                number = self._number_in(line)
                if number is not None:
                    self._assign_number(number)
                    cut = _NUMBER_LINE.match(line)
                    line = line[cut.start("rest") :] if cut else line
                    line = line.split(" ", 1)[1] if " " in line else ""
            if self.doc.issued_on is None and self.doc.issuing_place is None:
                self._assign_date(line)
        if self.type_heading_at is None:
            region_end = self._find_vv(header_start, region_end)
        return region_end

    def _issuer_lines(self, anchor: int, region_end: int) -> list[int]:
        found: list[int] = []
        if _MOTTO_1.match(self.folded[anchor]):
            # Copied column by column, the left column (issuer, number, "V/v …")
            # comes whole before the motto: skip its number and subject lines.
            for index in self._nonblank_indices(anchor - 1, 8, step=-1):
                line = self.lines[index]
                if not found and (
                    self._number_in(line) is not None
                    or _VV.match(line)
                    or self._date_in(line)
                    or line[0].islower()
                ):
                    self.header_first = index
                    continue
                if len(found) < 4 and self._is_issuer_line(index, adjacent=not found):
                    found.insert(0, index)
                else:
                    break
            for index in range(anchor + 1, region_end):
                line, folded = self.lines[index], self.folded[index]
                if not line or _is_motto(folded):
                    continue
                if self._number_in(line) is not None or self._date_in(line) or _VV.match(line):
                    break
                if _is_upper(line) and len(line) <= 80:
                    found.append(index)
                else:
                    break
        else:
            above = self._nonblank_indices(anchor - 1, 3, step=-1)
            for index in above:
                if self._is_issuer_line(index, adjacent=False) and _is_upper(self.lines[index]):
                    found.insert(0, index)
                else:
                    break
        return found

    def _is_issuer_line(self, index: int, adjacent: bool) -> bool:
        line, folded = self.lines[index], self.folded[index]
        if len(line) > 90 or _is_motto(folded) or self._number_in(line) is not None:
            return False
        if _starts_with(folded, _BODY_WORDS) or _starts_with(folded, _LOCALITY_WORDS):
            return True
        return adjacent and _is_upper(line)

    def _assign_issuer(self, lines: list[str]) -> None:
        units: list[str] = []
        for line in lines:
            folded = fold(line) + " "
            continues = (
                units
                and (
                    _starts_with(fold(line), _LOCALITY_WORDS)
                    or folded.startswith(_CONNECTOR_WORDS)
                    or line[0].islower()
                    or units[-1].endswith((",", "-", "–", "VÀ", "và"))
                )
                and not _starts_with(fold(line), _STANDALONE_BODY_WORDS)
            )
            if continues:
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
        if not units:
            return
        self.doc.issuing_body = units[-1]
        if len(units) > 1:
            self.doc.issuing_parent = units[-2]

    def _number_in(self, line: str) -> str | None:
        """The number token of a "Số: …" line ("" when the serial is left blank)."""
        match = _NUMBER_LINE.match(line)
        if not match:
            return None
        rest = re.sub(r"\s*([/-])\s*", r"\1", match.group("rest")).strip()
        token = _NUMBER_TOKEN.match(rest)
        if not token or not any(c.isalpha() for c in token.group("tail")):
            return None
        return token.group(0).rstrip(".,;:")

    def _assign_number(self, number: str) -> None:
        token = _NUMBER_TOKEN.match(number)
        serial, tail = token.group("serial"), token.group("tail")
        party = re.match(r"^-([^/]+)/", tail)
        if party:
            candidate = party.group(1)
        else:
            parts = [part for part in tail.split("/") if part and not part.isdigit()]
            candidate = parts[0].split("-")[0] if parts else ""
        self.number_code = _TYPE_BY_FOLDED_CODE.get(fold(candidate), "CV")
        if serial:
            self.doc.number = number
        else:
            self.number_blank = True
            self.doc.warnings.append(
                _("Văn bản chưa có số (chỉ có ký hiệu %(symbol)s).") % {"symbol": number}
            )

    def _date_in(self, line: str):
        """The place-and-date line of the header: "Lạng Sơn, ngày 24 tháng 01 năm
        2013". A date inside a sentence ("trước ngày 15/6/2020") does not count."""
        if len(line) > 120:
            return None
        match = _DATE_NUMERIC.search(line) or _DATE.search(line)
        if not match:
            return None
        prefix = line[: match.start()].strip()
        if not prefix or prefix.endswith(","):
            return match
        words = prefix.split()
        if len(words) <= 6 and all(w[0].isupper() for w in words):
            return match
        return None

    def _assign_date(self, line: str) -> None:
        match = self._date_in(line)
        if not match:
            return
        place = line[: match.start()].strip(" ,.-–")
        if place and len(place) <= 50 and not any(c.isdigit() for c in place):
            self.doc.issuing_place = place
        day, month, year = match.group("d"), match.group("m"), match.group("y")
        self.date_warned = True
        if not (day and month and year):
            self.doc.warnings.append(
                _("Ngày ban hành chưa ghi đủ ngày, tháng, năm: %(text)s")
                % {"text": match.group(0).strip()}
            )
            return
        try:
            self.doc.issued_on = datetime.date(int(year), int(month), int(day))
            self.date_warned = False
        except ValueError:
            self.doc.warnings.append(
                _("Ngày ban hành không hợp lệ: %(text)s") % {"text": match.group(0).strip()}
            )

    def _find_vv(self, start: int, end: int) -> int:
        """Subject of a công văn ("V/v …", possibly over two lines)."""
        for index in range(start, min(end + 3, len(self.lines))):
            line = self.lines[index]
            if not _VV.match(line):
                continue
            parts, last = [line], index
            for following in range(index + 1, min(index + 4, len(self.lines))):
                nxt = self.lines[following]
                if (
                    not nxt
                    or _STARTS_BODY.match(self.folded[following])
                    or _is_upper(nxt)
                    or self._date_in(nxt)
                    or _is_motto(self.folded[following])
                ):
                    break
                parts.append(nxt)
                last = following
            self.doc.title = " ".join(parts)
            return max(end, last + 1)
        return end

    # -- title ----------------------------------------------------------------

    def _parse_title(self, region_end: int) -> int:
        if self.type_heading_at is None:
            return region_end
        self.type_from_heading = _type_heading(self.lines[self.type_heading_at])
        parts: list[str] = []
        index = self.type_heading_at + 1
        while index < len(self.lines) and self.lines[index] == "":
            index += 1
        while index < len(self.lines) and len(parts) < 4:
            line, folded = self.lines[index], self.folded[index]
            if (
                not line
                or (_STARTS_BODY.match(folded) if parts else _FIRST_TITLE_STOP.match(folded))
                or _ROMAN.match(line)
                or _ARTICLE.match(line)
                or _type_heading(line)
                or (parts and _is_upper(line) and not _is_upper(parts[-1]))
                or line.endswith(":")
                or len(line) > 250
                or (parts and self._opens_body_part(line, folded))
            ):
                break
            parts.append(line)
            index += 1
        if parts:
            self.doc.title = " ".join(parts)
        return index

    @staticmethod
    def _opens_body_part(line: str, folded: str) -> bool:
        """A line that can only belong to the body (copies often lose the blank
        line after the subject, and a subject line ends without a full stop)."""
        return bool(
            line.endswith((".", ";"))
            or ": " in line
            or _BARE_NUMBER.match(line)
            or _PERIOD.match(folded)
            or folded in {"TT", "STT"}
            or _ARABIC.match(line)
            or _LETTER.match(line)
            or _BULLET.match(line)
        )

    # -- tail: recipients and signer -------------------------------------------

    def _find_tail(self, body_start: int) -> int:
        for index in range(body_start, len(self.lines)):
            line, folded = self.lines[index], self.folded[index]
            if not line:
                continue
            if _RECIPIENTS_HEADING.match(folded):
                return index
            if _CAPACITY.match(line) and _is_upper(line):
                return index
            if self._starts_signer_block(index):
                return index
            if line.endswith("./.") and self._tail_follows(index + 1):
                return index + 1
        return len(self.lines)

    def _tail_follows(self, index: int) -> bool:
        """"./." closes the body only when the signer or recipients come next."""
        following = self._next_nonblank(index)
        if following is None:
            return False
        line = self.lines[following]
        return (
            _RECIPIENTS_HEADING.match(self.folded[following])
            or (_is_upper(line) and len(line) <= 90 and not _ROMAN.match(line))
            or _is_name(line)
            or bool(_SIGNED.match(line))
        )

    def _starts_signer_block(self, index: int) -> bool:
        line, folded = self.lines[index], self.folded[index]
        if not _is_upper(line) or len(line) > 70 or _ROMAN.match(line) or _PERIOD.match(folded):
            return False
        if not (_starts_with(folded, _SIGNER_TITLES) or _starts_with(folded, _BODY_WORDS)):
            return False
        for following in self._nonblank_indices(index + 1, 4):
            nxt = self.lines[following]
            if _is_name(nxt):
                return True
            if not (_is_upper(nxt) or _SIGNED.match(nxt)):
                return False
        return False

    def _parse_tail(self, start: int) -> None:
        lines = self.lines
        index = start
        in_recipients = False
        recipients: list[str] = []
        title_lines: list[str] = []
        capacities: list[str] = []
        name_found = False
        while index < len(lines):
            line, folded = lines[index], self.folded[index]
            index += 1
            if not line or _SIGNED.match(line):
                continue
            if _RECIPIENTS_HEADING.match(folded):
                in_recipients = True
                rest = line.split(":", 1)[1].strip() if ":" in line else ""
                if rest:
                    recipients.append(self._clean_recipient(rest))
                continue
            bullet = _BULLET.match(line)
            capacity = _CAPACITY.match(line)
            if in_recipients and bullet and not (capacity and _is_upper(line)):
                recipients.append(self._clean_recipient(bullet.group("t")))
                continue
            if in_recipients and recipients and not bullet:
                if line[0].islower():
                    recipients[-1] = f"{recipients[-1]} {self._clean_recipient(line)}"
                    continue
                if folded.startswith("LUU") or (line.endswith(";") and not _is_upper(line)):
                    recipients.append(self._clean_recipient(line))
                    continue
            if not name_found and capacity and _is_upper(line):
                if capacity.group("dot"):
                    capacities.append(f"{capacity.group('dot')}.")
                    line = f"{capacity.group('dot')}. {capacity.group('rest')}".strip()
                else:
                    capacities.append(capacity.group("slash").replace("/", "") + ".")
                title_lines.append(line)
                continue
            if not name_found and _is_upper(line) and len(line) <= 90:
                title_lines.append(line)
                continue
            if not name_found and title_lines and _is_name(line):
                self.doc.signer_name = line
                name_found = True
                continue
            # Anything else (a footer, a menu) ends the document.
            break
        self.doc.recipients = [r for r in recipients if r]
        if title_lines:
            self.doc.signer_title = "\n".join(title_lines)
        if capacities:
            self.doc.signer_capacity = capacities[-1]

    @staticmethod
    def _clean_recipient(text: str) -> str:
        text = text.strip()
        text = _BULLET.match(text).group("t") if _BULLET.match(text) else text
        return text.rstrip(" ;,.").strip()

    # -- body -------------------------------------------------------------------

    def _parse_legal_bases(self, start: int, end: int) -> None:
        """Collect the "Căn cứ …" lines at the top of the body (sections leave
        them out so that they are not stored twice)."""
        bases: list[str] = []
        index = start
        while index < end:
            line, folded = self.lines[index], self.folded[index]
            if not line:
                index += 1
                continue
            if folded.startswith("CAN CU"):
                bases.append(line)
                self.legal_base_lines.add(index)
            elif bases and line[0].islower() and index - 1 in self.legal_base_lines:
                bases[-1] = f"{bases[-1]} {line}"
                self.legal_base_lines.add(index)
            elif (
                _ROMAN.match(line) or _ARTICLE.match(line) or _ARABIC.match(line)
            ) or index - start > 40:
                break
            index += 1
        self.doc.legal_bases = [base.rstrip(" ;,") for base in bases]

    def _parse_tasks(self, start: int, end: int) -> tuple[int, int] | None:
        table_start = None
        for index in range(start, end):
            folded = self.folded[index]
            if folded in {"TT", "STT", "SO TT"}:
                table_start = index
                break
            if _PERIOD.match(folded) and len(folded) <= 40:
                following = self._next_nonblank(index + 1, end)
                if following is not None and _BARE_NUMBER.match(self.lines[following]):
                    table_start = index
                    break
        if table_start is None:
            return None

        self.deadline_column = self._has_deadline_column(table_start, end)
        groups: list[TaskGroup] = []
        current_task: list[str] | None = None
        task_number = ""
        index = table_start
        table_end = end

        def close_task() -> None:
            if current_task is None:
                return
            if not groups:
                groups.append(TaskGroup(period=None))
            groups[-1].tasks.append(self._make_task(task_number, current_task))

        while index < end:
            line, folded = self.lines[index], self.folded[index]
            if not line:
                index += 1
                continue
            if _ROMAN.match(line) or (_ARABIC.match(line) and current_task is not None):
                table_end = index
                break
            if self._is_period_heading(index, end, current_task):
                close_task()
                current_task = None
                groups.append(TaskGroup(period=line.rstrip(":").strip()))
            elif _BARE_NUMBER.match(line):
                close_task()
                current_task = []
                task_number = line.rstrip(".")
            elif current_task is not None:
                current_task.append(line)
            elif groups and groups[-1].tasks:
                table_end = index
                break
            index += 1
        close_task()
        self.doc.tasks = [group for group in groups if group.tasks or group.period]
        if not any(group.tasks for group in self.doc.tasks):
            self.doc.tasks = []
            return None
        return table_start, table_end

    def _has_deadline_column(self, start: int, end: int) -> bool:
        """A "Thời gian" column in the table's header row."""
        for index in range(start, min(end, start + 12)):
            folded = self.folded[index]
            if _BARE_NUMBER.match(self.lines[index]) or _PERIOD.match(folded):
                break
            if folded.startswith(("THOI GIAN", "THOI HAN", "TIEN DO")):
                return True
        return False

    def _is_period_heading(self, index: int, end: int, task: list[str] | None) -> bool:
        """"Tháng 4/2025" is a period heading above a group of tasks, or the
        deadline of the task before it: a heading is always followed by a task
        number, and where the table has a time column a task's first time-like
        line is its deadline."""
        folded = self.folded[index]
        if not _PERIOD.match(folded) or len(folded) > 40:
            return False
        if not task:
            return True
        following = self._next_nonblank(index + 1, end)
        if following is None or not _BARE_NUMBER.match(self.lines[following]):
            return False
        return not (self.deadline_column and not _DEADLINE.match(fold(task[-1])))

    def _make_task(self, number: str, lines: list[str]) -> Task:
        lines = list(lines)
        deadline = None
        if len(lines) > 1 and _DEADLINE.match(fold(lines[-1])):
            deadline = lines.pop().rstrip(" .;")
        units_from = len(lines)
        while units_from > 1 and self._is_unit_line(lines[units_from - 1]):
            units_from -= 1
        units: list[str] = []
        for line in lines[units_from:]:
            for part in re.split(r";\s*(?:[-–]\s*)?", line):
                part = self._clean_recipient(part)
                if part:
                    units.append(part)
        text = "\n".join(lines[:units_from])
        return Task(number=number, text=text, responsible_units=units, deadline=deadline)

    def _is_unit_line(self, line: str) -> bool:
        bullet = _BULLET.match(line)
        text = bullet.group("t") if bullet else line
        parts = [p for p in re.split(r";\s*(?:[-–]\s*)?", text) if p.strip(" .")]
        if not parts:
            return False
        return all(
            len(part.split()) <= 10 and _starts_with(fold(part.strip(" -–.")), _UNIT_WORDS)
            for part in parts
        )

    def _parse_sections(self, start: int, end: int, table: tuple[int, int] | None) -> None:
        root = Section(marker="", heading="", level=0)
        stack: list[Section] = [root]
        for index in range(start, end):
            line = self.lines[index]
            if not line or index in self.legal_base_lines:
                continue
            if table and table[0] <= index < table[1]:
                continue
            marker, heading, level = self._heading(line)
            if level:
                section = Section(marker=marker, heading=heading, level=level)
                while stack[-1].level >= level:
                    stack.pop()
                stack[-1].children.append(section)
                stack.append(section)
                continue
            bullet = _BULLET.match(line)
            paragraph = f"- {bullet.group('t')}" if bullet and bullet.group("t") else line
            stack[-1].paragraphs.append(paragraph)
        sections = []
        if root.paragraphs:
            sections.append(Section(marker="", heading="", level=0, paragraphs=root.paragraphs))
        sections.extend(root.children)
        self.doc.sections = sections

    @staticmethod
    def _heading(line: str) -> tuple[str, str, int]:
        for pattern, level in ((_ROMAN, 1), (_ARTICLE, 2)):
            match = pattern.match(line)
            if match:
                return match.group("m"), match.group("t").rstrip(" :"), level
        match = _ARABIC.match(line) or _ARABIC_DOTTED.match(line)
        if match:
            marker = match.group("m")
            return marker, match.group("t").rstrip(" :"), 2 + marker.count(".")
        match = _LETTER.match(line)
        if match:
            return match.group("m"), match.group("t").rstrip(" :"), 5
        return "", "", 0

    # -- type and warnings ------------------------------------------------------

    def _resolve_type(self) -> None:
        code = self.type_from_heading or self.number_code
        if code is None and self.doc.title and _VV.match(self.doc.title):
            code = "CV"
        if code:
            self.doc.document_type_code = code
            self.doc.document_type_name = DOCUMENT_TYPES[code]

    def _add_missing_warnings(self) -> None:
        doc = self.doc
        if doc.document_type_code is None:
            doc.warnings.append(_("Không xác định được loại văn bản."))
        if doc.number is None and not self.number_blank:
            doc.warnings.append(_("Không tìm thấy số ký hiệu."))
        if doc.issued_on is None and not self.date_warned:
            doc.warnings.append(_("Không tìm thấy ngày ban hành."))
        if doc.title is None:
            doc.warnings.append(_("Không tìm thấy trích yếu."))
        if doc.signer_name is None:
            doc.warnings.append(_("Không tìm thấy người ký."))


def parse_text(text: str) -> ParsedDocument:
    """Parse the text of one document. Never raises on any string."""
    warnings: list[str] = []
    if not isinstance(text, str):
        text = str(text)
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        warnings.append(
            _("Văn bản quá dài: chỉ đọc %(limit)s ký tự đầu tiên.") % {"limit": MAX_TEXT_CHARS}
        )
    if not text.strip():
        return ParsedDocument(warnings=[*warnings, _("Văn bản trống.")])
    lines = normalise(text)
    return _Parser(lines, warnings).run()


def parse_bytes(data: bytes, filename: str = "") -> ParsedDocument:
    """Extract the text of a TXT, DOCX or PDF file and parse it."""
    extraction = extract_text(data, filename)
    return _parse_extraction(extraction.text, extraction.warnings)


def parse_file(path: str | Path) -> ParsedDocument:
    """Read a file from disk and parse it."""
    extraction = read_path(path)
    return _parse_extraction(extraction.text, extraction.warnings)


def _parse_extraction(text: str, warnings: list[str]) -> ParsedDocument:
    if not text.strip():
        return ParsedDocument(warnings=list(warnings) or [_("Văn bản trống.")])
    document = parse_text(text)
    document.warnings[:0] = warnings
    return document
