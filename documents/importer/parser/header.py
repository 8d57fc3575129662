"""The header of an official document: where it starts (the motto, or failing that
the number, the date or the type heading), the number ("Số: 18/KH-UBND") and the
place-and-date line; the issuer is read by `issuer`.

The number keeps its printed form with the spaces around "/" and "-" removed.
"""

from __future__ import annotations

import datetime
import re

from django.utils.translation import gettext as _

from .issuer import IssuerParser
from .lines import MOTTO_1, is_upper, key, type_heading
from .model import DOCUMENT_TYPES
from .patterns import BULLET, ROMAN, STARTS_BODY

_TYPE_BY_FOLDED_CODE = {key(code): code for code in DOCUMENT_TYPES}

# "Số:" as printed, or as OCR misreads its mark ("Sổ:", "Sô:"): checked folded.
_NUMBER_LINE = re.compile(r"^S\w\s*(?:[:.]\s*|\s+|(?=[0-9/]))(?P<rest>.*)$", re.IGNORECASE)
# A word processor may print the hyphen as an en dash ("2865/GDĐT–KT&KĐCL").
_NUMBER_TOKEN = re.compile(r"^(?P<serial>[0-9]*)(?P<tail>(?:[/–-][^\s/,;:]+)+)")
# The number as printed, spaces around "/" and "-" included ("225 - KH/TWĐTN-CTTN").
_NUMBER_PRINTED = re.compile(r"[0-9]*(?:\s*[/–-]\s*[^\s/,;:]+)+")
# Matched on the folded line, so that OCR's wrong marks ("ngảy", "thảng") still
# read; positions are those of the printed line (folding keeps the length).
# A PDF's text layer may put a space inside a figure ("năm 20 24").
# A weekday opens a web page's own date stamp ("Thứ bảy, ngày 27/04/2024").
_WEEKDAY = re.compile(r"^(?:THU\s+(?:HAI|BA|TU|NAM|SAU|BAY|[2-7])|CHU\s+NHAT)\b")
_DATE = re.compile(
    r"NGAY[\s.…_]*(?P<d>[0-9](?: ?[0-9])?)?[\s.…_]*THANG[\s.…_]*(?P<m>[0-9](?: ?[0-9])?)?"
    r"[\s.…_]*NAM[\s.…_]*(?P<y>[0-9]{2} ?[0-9]{2})?"
)
# Laws and the National Assembly's resolutions print the type before the
# number: "Luật số: 57/2014/QH13", "Nghị quyết số: 653/2019/UBTVQH14".
_TYPED_NUMBER = re.compile(
    r"^(?:Luật|Pháp\s+lệnh|Lệnh|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư)\s+(?=[Ss]ố\s*:)",
    re.IGNORECASE,
)
_ADDRESSEES = re.compile(r"^KINH\s+GUI\b")
# "số 64/2025/QH15 được sửa đổi …": a wrapped sentence citing a law, in small letters
# and without the colon of the header's "Số:".
_CITED_NUMBER = re.compile(r"^số\s+[0-9]")
_DEPARTMENT_NUMERAL = re.compile(r"\s+[IVX]{1,4}\s*")
_DATE_NUMERIC = re.compile(
    r"NGAY\s*(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})"
)


_SOURCE_NOTE = re.compile(r"^\(\s*Theo\s", re.IGNORECASE)


def number_type(number: str) -> str:
    """The type a number names ("42/2020/TT-BCT": TT); a letter's when it names none."""
    tail = _NUMBER_TOKEN.match(number).group("tail")
    party = re.match(r"^-([^/]+)/", tail)
    if party:
        candidate = party.group(1)
    else:
        parts = [part for part in tail.split("/") if part and not part.isdigit()]
        # "63/TB–UBND": an en dash parts the type from the issuer as a hyphen does.
        candidate = re.split(r"[-–]", parts[0])[0] if parts else ""
    return _TYPE_BY_FOLDED_CODE.get(key(candidate), "CV")


class HeaderParser(IssuerParser):
    """Number, place and date; where the type heading stands (the issuer through
    IssuerParser)."""

    def _find_anchor(self) -> int | None:
        for index, folded in enumerate(self.folded):
            if MOTTO_1.match(folded):
                return index
        opening = self._next_nonblank(0)
        if opening is not None and _ADDRESSEES.match(self.folded[opening]):
            # A letter whose copy lost its header starts at "Kính gửi:": numbers and
            # dates further down are those its body cites.
            self.headless_letter = True
            return opening
        for index, line in enumerate(self.lines):
            if self._number_in(line) is not None:
                return index
        for index, line in enumerate(self.lines):
            # "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)": a page's note of its
            # source, not a place-and-date line.
            if _SOURCE_NOTE.match(line) or BULLET.match(line):
                continue
            if self._date_in(line) is not None:
                return index
        candidates = [i for i, line in enumerate(self.lines) if type_heading(line)]
        # Web menus list type names in mixed case; the heading of the document is
        # printed in capitals, so prefer a capitalised one.
        for index in candidates:
            if is_upper(self.lines[index]) and not self._next_is_type_heading(index):
                return index
        for index in candidates:
            if not self._next_is_type_heading(index):
                return index
        return None

    def _next_is_type_heading(self, index: int) -> bool:
        following = self._next_nonblank(index + 1)
        return following is None or bool(type_heading(self.lines[following]))

    def _parse_header(self, anchor: int) -> int:
        """Issuer, number, place, date and the type heading's position. Returns
        the line where the subject line may start."""
        # A letter opening at "Kính gửi:" has no header left to read.
        window = [] if self.headless_letter else self._nonblank_indices(anchor, 14)
        region_end = window[-1] + 1 if window else anchor + 1
        for index in window:
            folded = self.folded[index]
            # A body paragraph opens with a capital: "đề xuất …" under "V/v" goes on
            # with the subject though it folds like "Để …".
            opens_body = STARTS_BODY.match(folded) and not self.lines[index][0].islower()
            if index > anchor and (opens_body or ROMAN.match(self.lines[index])):
                region_end = index
                break
            if self.type_heading_at is None and (
                type_heading(self.lines[index])
                or (index > anchor and self._type_with_subject(index))
            ):
                self.type_heading_at = index
                region_end = index
                break

        issuer_lines = self._issuer_lines(anchor, region_end)
        if not issuer_lines and MOTTO_1.match(self.folded[anchor]):
            # A page may print the header twice, its summary run together before
            # the document's own: the issuer is the column beside the next motto.
            again = next(
                (i for i in range(anchor + 1, region_end) if MOTTO_1.match(self.folded[i])), None
            )
            if again is not None:
                issuer_lines = self._issuer_lines(again, region_end)
        header_start = min([anchor, self.header_first, *issuer_lines])
        self._assign_issuer([self.lines[i] for i in issuer_lines])
        self.authority_lines = self._complete_issuer(anchor + 1, region_end + 30)

        search_from = max(0, header_start - 1)
        for index in range(search_from, region_end):
            line = self.lines[index]
            if not line:
                continue
            if self.doc.number is None and self.number_code is None:
                number = self._number_in(line)
                if number is not None:
                    self._assign_number(number)
                    line = self._after_number(line)
            no_date_yet = self.doc.issued_on is None and self.doc.issuing_place is None
            if no_date_yet and self._assign_date(line):
                self.date_at = index
        if self.type_heading_at is None:
            region_end = self._find_vv(header_start, region_end)
        if self.type_heading_at is None and self.doc.title is None and self.date_at is not None:
            region_end = self._subject_without_heading(self.date_at + 1, region_end)
        return region_end

    def _number_in(self, line: str) -> str | None:
        """The number token of a "Số: …" line ("" when the serial is left blank)."""
        line = _TYPED_NUMBER.sub("", line)
        match = _NUMBER_LINE.match(line)
        if not match or key(line[:2]) != "SO" or _CITED_NUMBER.match(line):
            return None
        rest = re.sub(r"\s*([/–-])\s*", r"\1", match.group("rest")).strip()
        token = _NUMBER_TOKEN.match(rest)
        if not token or not any(c.isalpha() for c in token.group("tail")):
            return None
        number = token.group(0).rstrip(".,;:")
        if number[-1:].isalpha() and _DEPARTMENT_NUMERAL.fullmatch(rest[token.end() :]):
            # "Số: 1855/BTĐKT-Vụ II": a department's numeral ends the line.
            number += rest[token.end() :].strip()
        return number

    @staticmethod
    def _after_number(line: str) -> str:
        """What follows the number on its line: a copy that lost the header's
        columns prints the place and date there ("Số: 225 - KH/TWĐTN   Hà Nội, …")."""
        rest = _NUMBER_LINE.match(_TYPED_NUMBER.sub("", line)).group("rest")
        printed = _NUMBER_PRINTED.match(rest)
        return rest[printed.end() :].strip() if printed else ""

    def _assign_number(self, number: str) -> None:
        token = _NUMBER_TOKEN.match(number)
        serial = token.group("serial")
        self.number_code = number_type(number)
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
        folded = key(line)
        if len(folded) != len(line):
            return None
        match = _DATE_NUMERIC.search(folded) or _DATE.search(folded)
        if not match:
            return None
        rest = line[match.end() :].lstrip()
        if re.match(r"^(?:,(?:\s+\S+){5}|của\b)", rest) or rest[:1].islower():
            # "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành …" opens a sentence,
            # as does "ngày 15 tháng 10 năm 2016 trùng vào …";
            # "(… Quyết định số 59/QĐ-UBND) ngày 22 tháng 7 năm 2021 của …" dates
            # the cited text.
            return None
        prefix = line[: match.start()].strip()
        if _WEEKDAY.match(key(prefix)):
            # "Thứ bảy, ngày 27/04/2024": a web page's date stamp, not a place.
            return None
        if not prefix or prefix.endswith(","):
            return match
        words = prefix.split()
        if len(words) <= 6 and all(w[0].isupper() for w in words):
            return match
        return None

    def _assign_date(self, line: str) -> bool:
        """Whether the line is the place-and-date line (then read)."""
        match = self._date_in(line)
        if not match:
            return False
        # "* Hà Nội": the star under the motto, copied onto the place's line.
        place = line[: match.start()].strip(" ,.-–*")
        if place and len(place) <= 50 and not any(c.isdigit() for c in place):
            self.doc.issuing_place = place
        day, month, year = (
            (match.group(name) or "").replace(" ", "") or None for name in ("d", "m", "y")
        )
        self.date_warned = True
        if not (day and month and year):
            self.doc.warnings.append(
                _("Ngày ban hành chưa ghi đủ ngày, tháng, năm: %(text)s")
                % {"text": line[match.start() : match.end()].strip()}
            )
            return True
        try:
            self.doc.issued_on = datetime.date(int(year), int(month), int(day))
            self.date_warned = False
        except ValueError:
            self.doc.warnings.append(
                _("Ngày ban hành không hợp lệ: %(text)s")
                % {"text": line[match.start() : match.end()].strip()}
            )
        return True
