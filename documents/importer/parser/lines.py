"""The document's text as lines, and what a line looks like.

Copies taken from web portals lose the two-column layout, so every part of the
parser works line by line: `normalise` turns any text into clean lines (table cells
and the two motto lines on lines of their own), and `LineReader` is the base the
parts share, holding the lines and their folded forms (capitals without marks, đ →
D, from search.text) for keyword matching.
"""

from __future__ import annotations

import functools
import re

from search.text import normalize, strip_marks

from .markdown import strip_emphasis
from .model import DOCUMENT_TYPES

_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\u0085\u2028\u2029]")
_CELL_BREAK = re.compile(r"\t|\s\|(?=\s)")
# Rules under the header ("-------", "—oOo—") and Markdown table rules ("|---|:--|").
_SEPARATOR = re.compile(r"^(?:[-_=*~.—–•·]+|[-_=*~.—–•·oO0 |:]{3,})$")
_EMPHASIS = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__)?|(?:\*\*|__)$")
# Legal databases print each header cell as its own run of lines closed by "|"
# ("Số: 05/2025/NQ-HĐND |", or "|" alone), wrapping a cell's text anywhere.
_CELL_EDGE = re.compile(r"^\|\s*|\s*\|$")
# "------------------ Số: 1661/NQ-UBTVQH15": a header row flattened behind the rule
# under the issuer's cell; the rule is no part of the line.
_LEADING_RULE = re.compile(r"^[-_=—–]{4,}\s+(?=\S)")
_NUMBER_ALONE = re.compile(r"^S[ốỐ]\s*[:.]?$")
_DATE_CUT = re.compile(r"(?:ngày|tháng)\s*[0-9]{0,2}$", re.IGNORECASE)
_DATE_REST = re.compile(r"^(?:[0-9]{1,2}\s+)?(?:tháng|năm\s+[0-9]{4})\b", re.IGNORECASE)
# "Số /TTr-TTCP": a draft's number left blank, printed without the colon.
_ISSUER_THEN_NUMBER = re.compile(
    r"^(?P<issuer>.{3,90}?)\s+(?P<number>S[ốỐ]\s*:\s*[0-9].*|Số\s*/\s*\w.*)$"
)
# "Số: 12/UBND-NC V/v khen thưởng …": the "V/v" subject under the number, run on.
_NUMBER_THEN_VV = re.compile(r"^(?P<number>S[ốỐ]\s*[:.]?\s*[0-9]\S*)\s+(?P<vv>V/[vV]\s.*)$")
# "Hà Nội, ngày 5 tháng 10 năm 2018 TỜ TRÌNH Về …": the type heading run into the
# place and date above it.
_DATE_THEN_HEADING = re.compile(
    r"^(?P<date>[^\W\d_][^,]{0,40},\s*ngày\b.{0,30}?năm\s*[0-9]{4})\s+(?P<heading>"
    + "|".join(
        sorted((re.escape(name.upper()) for name in DOCUMENT_TYPES.values()), key=len, reverse=True)
    )
    + r")(?=\s|$)(?P<rest>.*)$"
)
# A header cell printed twice in a row by a page's summary and its text.
_TWICE = re.compile(r"^(?P<name>.{3,60}) (?P=name)$")
_PLACE_DATE = re.compile(r"^[^\W\d_][^,]{0,40},\s*ngày", re.IGNORECASE)
# A document viewer's page marker glued to the first line ("Trang 1THỦ TƯỚNG").
_PAGE_MARK = re.compile(r"^(?:Trang|Page)\s*[0-9]{1,3}(?=[^\W\d_])")
_ONE_WORD = re.compile(r"^[^\W\d_]+$")
# "• ỦY BAN NHÂN DÂN": a web page's list bullet in front of a header cell.
_PAGE_BULLET = re.compile(r"^•\s+(?=\S)")
_WORDS = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+){1,3}$")
# A place's first words, perhaps joined by a dash ("Bà Rịa - Vũng").
_PLACE_WORDS = re.compile(r"^[^\W\d_]+(?: (?:[^\W\d_]+|[-–])){1,5}$")
_LAST_WORD_THEN_DATE = re.compile(r"^[^\W\d_]+,\s*ngày\b", re.IGNORECASE)

# Party organisations print "ĐẢNG CỘNG SẢN VIỆT NAM" where the State prints the motto.
MOTTO_1 = re.compile(
    r"CONG\s*HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s+NAM|DANG\s+CONG\s+SAN\s+VIET\s+NAM"
)
MOTTO_2 = re.compile(r"DOC\s*LAP\s*[-–—]+\s*TU\s*DO\s*[-–—]+\s*HANH\s*PHUC")


def key(text: str) -> str:
    """The matching key of a line: capitals without marks ("Số" → "SO"), the
    form every keyword table of the parser is written in."""
    return strip_marks(text).upper()


# Keyed without spaces: OCR splits a heading's words ("K ÉT LUẬN").
_TYPE_BY_FOLDED_NAME = {key(name).replace(" ", ""): code for code, name in DOCUMENT_TYPES.items()}
# A programme or plan "of action" is printed under that longer heading.
_TYPE_BY_FOLDED_NAME.update({"CHUONGTRINHHANHDONG": "CTr", "KEHOACHHANHDONG": "KH"})


@functools.lru_cache(maxsize=4096)
def is_upper(text: str) -> bool:
    """Printed in capitals (a stray lower-case letter, as in "TTr", is allowed)."""
    if text == text.upper():
        return any(c.isalpha() for c in text)
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)


@functools.lru_cache(maxsize=4096)
def is_name(line: str) -> bool:
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


# The commonest family names: a name in capitals ("TRẦN VĂN NAM") or after an
# office ("Chủ tịch UBND tỉnh Nguyễn Văn A") starts with one.
FAMILY_NAMES = frozenset(
    {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đào",
    }
)  # fmt: skip


def is_name_in_capitals(line: str) -> bool:
    """A personal name printed in capitals that starts with a common family name
    ("NGUYỄN THỊ HOA"); a title or a body in capitals starts otherwise."""
    return (
        is_upper(line) and line.split(" ", 1)[0].title() in FAMILY_NAMES and is_name(line.title())
    )


# The body's name is never cut between two lines: "TM. ỦY BAN NHÂN / DÂN".
_BODY_NAMES = ("UY BAN NHAN DAN", "HOI DONG NHAN DAN", "BAN CHAP HANH", "BAN THUONG VU")


def cuts_body_name(previous: str, line: str) -> bool:
    """Whether a line break between previous and line falls inside a body's name."""
    joined = key(f"{previous} {line}")
    cut = len(key(previous))
    for name in _BODY_NAMES:
        at = joined.find(name)
        if at != -1 and at < cut < at + len(name):
            return True
    return False


def starts_with(folded: str, words: tuple[str, ...]) -> bool:
    folded = folded + " "
    return any(folded.startswith(word) for word in words)


def is_motto(folded: str) -> bool:
    return bool(MOTTO_1.match(folded) or MOTTO_2.match(folded))


def type_heading(line: str) -> str | None:
    """The type code of a heading line such as "KẾ HOẠCH"."""
    if not line or len(line) > 30:
        return None
    return _TYPE_BY_FOLDED_NAME.get(key(line).replace(" ", ""))


def _clean_line(line: str) -> str:
    line = _SPACES.sub(" ", line).strip()
    line = _CELL_EDGE.sub("", line)
    line = _LEADING_RULE.sub("", line)
    line = _PAGE_MARK.sub("", line)
    if _PAGE_BULLET.match(line) and is_upper(line):
        line = _PAGE_BULLET.sub("", line)
    line = _EMPHASIS.sub("", line).strip()
    line = _EMPHASIS.sub("", line).strip()
    if _SEPARATOR.match(line):
        return ""
    return line


def normalise(text: str) -> list[str]:
    """NFC, one space for any run of spaces (NBSP included), no invisible or
    control characters, table cells and the two motto lines on lines of their own.
    Empty strings mark blank lines."""
    text = normalize(text)
    text = strip_emphasis(_LINE_BREAKS.sub("\n", text))
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
                lines.extend(_split_number(_clean_line(part)))
    return _join_wrapped(_single_spaced(lines))


def _single_spaced(lines: list[str]) -> list[str]:
    """A copy that puts a blank line after every line carries no paragraphs in
    its blank lines; without them, a subject or an issuer over several lines
    reads as in the printed text."""
    nonblank = [i for i, line in enumerate(lines[:-1]) if line][:60]
    if len(nonblank) < 10:
        return lines
    spaced = sum(1 for i in nonblank if not lines[i + 1])
    if spaced < 0.85 * len(nonblank):
        return lines
    return [line for line in lines if line]


def _wrapped_pair(line: str, following: str) -> bool:
    """Whether a narrow cell or column broke one printed line in two: the motto
    ("CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM"), "Số: / 15/2023/QĐ-UBND", the date
    ("Hà Nội, ngày 01 / tháng 07 năm 2021") or a paragraph's first word ("Căn /
    cứ Luật …")."""
    if not line or not following:
        return False
    if _NUMBER_ALONE.match(line) or (_DATE_CUT.search(line) and _DATE_REST.match(following)):
        return True
    if (
        line.endswith(",")
        and len(line.split()) <= 4
        and line[0].isupper()
        and line.split()[-1][0].isupper()
        and following.lower().startswith("ngày")
    ):
        # "Hà Nội, / ngày 12 tháng 6 năm 2025": the place and its date in two lines;
        # the place may open with a common noun ("Thành phố Huế, / ngày …").
        return True
    if _ONE_WORD.match(line) and line[0].isupper() and _PLACE_DATE.match(following):
        # "Hà / Nội, ngày 16 tháng 5 năm 2024"
        return True
    if (
        _PLACE_WORDS.match(line)
        and line[0].isupper()
        and not is_upper(line)
        and _LAST_WORD_THEN_DATE.match(following)
    ):
        # "Thành phố Hồ Chí / Minh, ngày 18 tháng 11 năm 2025", "Bà Rịa - Vũng / Tàu, ngày …"
        return True
    if line in FAMILY_NAMES and is_name(f"{line} {following}"):
        # A signer's name broken after the family name: "Phan / Thị Thắng".
        return True
    if _ONE_WORD.match(line) and not type_heading(line) and type_heading(f"{line} {following}"):
        # A type heading cut in a narrow column: "THÔNG / TƯ", "KẾ / HOẠCH".
        return True
    if is_upper(line) and is_upper(following) and cuts_body_name(line, following):
        # "HỘI / ĐỒNG NHÂN DÂN": a header cell broken inside the body's name.
        return True
    folded = key(line)
    if folded.startswith(("CONG", "DANG")) and not MOTTO_1.match(folded):
        # "CỘNG HÒA XÃ / HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN / VIỆT NAM"
        return bool(MOTTO_1.match(f"{folded} {key(following)}"))
    if folded.startswith("DOC") and not MOTTO_2.match(folded):
        # "Độc lập - / Tự do - Hạnh phúc"
        return bool(MOTTO_2.match(f"{folded} {key(following)}"))
    return bool(_ONE_WORD.match(line) and line[0].isupper() and following[0].islower())


def _join_wrapped(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        if joined and _wrapped_pair(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _split_number(line: str) -> list[str]:
    """ "UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND": a copy that lost the header's
    columns runs the issuer in capitals into the number, the number into the
    "V/v" subject under it, or the place and date into the type heading."""
    match = _ISSUER_THEN_NUMBER.match(line)
    if match and is_upper(match.group("issuer")):
        issuer = match.group("issuer")
        twice = _TWICE.match(issuer)
        return [twice.group("name") if twice else issuer, *_split_number(match.group("number"))]
    subject = _NUMBER_THEN_VV.match(line)
    if subject:
        return [subject.group("number"), subject.group("vv")]
    heading = _DATE_THEN_HEADING.match(line)
    if heading:
        rest = heading.group("rest").strip()
        return [heading.group("date"), heading.group("heading"), *([rest] if rest else [])]
    return [line]


def _split_motto(line: str) -> list[str]:
    """A copy that lost the header columns may print "ỦY BAN NHÂN DÂN CỘNG HÒA …"
    on one line; give each motto line a line of its own."""
    if len(line) > 300 or not line:
        return [line]
    upper = line.upper()
    if "NAM" not in upper and "PH" not in upper:
        return [line]
    folded = key(line)
    if len(folded) != len(line):
        return [line]
    cuts = set()
    for pattern in (MOTTO_1, MOTTO_2):
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


class LineReader:
    """The lines of one document with their folded forms, and the look-ahead every
    part of the parser uses."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.folded = [key(line) for line in lines]

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
