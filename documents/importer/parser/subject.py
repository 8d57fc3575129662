"""The subject (trích yếu): the lines under the type heading ("KẾ HOẠCH / Công tác
thi đua …"), or the "V/v …" line of a công văn, which has no type heading."""

from __future__ import annotations

import re

from .header import number_type
from .lines import is_motto, is_upper, key, type_heading
from .patterns import (
    ARABIC,
    ARTICLE,
    ATTACHED_NOTE,
    BARE_NUMBER,
    BULLET,
    LETTER,
    PERIOD,
    ROMAN,
    STARTS_BODY,
    VV,
)

# The first line under the type heading is the subject even when it starts like
# a body sentence ("Xét tặng danh hiệu …", "Thực hiện phong trào …").
_FIRST_TITLE_STOP = re.compile(r"^(?:CAN\s+CU|KINH\s+GUI)")
_BRACKETED = re.compile(r"^\([^()]{3,80}\)$")
# A part or chapter of the body: "Phần thứ nhất", "PHẦN I", "Chương II".
_PART_HEADING = re.compile(r"^(?:PHAN|CHUONG|MUC)\s+(?:THU\s+[A-Z]+|[IVXLC]+|[0-9]{1,2})\b\s*[.:]?")
_JOINED_START = re.compile(
    r"^(?:TAI|CUA|VE|VA|VOI|TRONG|DOI\s+VOI|CHO|GIAI\s+DOAN|TREN\s+DIA\s+BAN|THEO|NHAM)\s"
)
# A subject line that ends on a word that needs more ("… CỦA CHỦ TỊCH / ỦY BAN NHÂN
# DÂN TỈNH"): the next line goes on with it even when it looks like an authority.
_OPEN_END = re.compile(r"\s(?:CUA|VA|VOI|CHO|TAI|VE|THEO|TRONG|DOI\s+VOI)$")

_MAX_SUBJECT_LINES = 12
# A "V/v" subject sits in the left column, a few words a line.
_MAX_VV_LINES = 6


# "V/v thuế suất thuế / GTGT", "… triển khai Nghị định / 136/2025/NĐ-CP": one
# abbreviation or a cited number in capitals that ends a "V/v" subject the column
# wrapped after a word in small letters.
_ABBREVIATION = re.compile(r"^(?:[^\W\d_a-zà-ỹđ]{2,6}|[0-9]{1,5}(?:/[0-9]{4})?/[A-ZĐ0-9-]{2,20})$")


def _ends_on_abbreviation(previous: str, line: str) -> bool:
    return bool(_ABBREVIATION.match(line)) and previous[-1:].islower()


class SubjectParser:
    """The document's title and the type its heading names."""

    def _find_vv(self, start: int, end: int) -> int:
        """Subject of a công văn ("V/v …", over as many as six lines of its column)."""
        for index in range(start, min(end + 3, len(self.lines))):
            line = self.lines[index]
            if not VV.match(line):
                continue
            parts, last = [line], index
            following = index + 1
            while following < len(self.lines) and len(parts) < _MAX_VV_LINES:
                nxt = self.lines[following]
                if not nxt:
                    # A "V/v" subject the copy broke by a blank line goes on in lower case.
                    after = self._next_nonblank(following, min(following + 3, len(self.lines)))
                    if after is None or not self._continues_subject(parts, self.lines[after]):
                        break
                    following, nxt = after, self.lines[after]
                if (
                    # "V/v / đề xuất giải pháp …": a line in small letters goes on with the
                    # subject even when its folded form opens a body ("ĐỀ" / "ĐỂ").
                    (STARTS_BODY.match(self.folded[following]) and not nxt[0].islower())
                    or (is_upper(nxt) and not _ends_on_abbreviation(parts[-1], nxt))
                    or self._date_in(nxt)
                    or is_motto(self.folded[following])
                ):
                    break
                parts.append(nxt)
                last = following
                following += 1
            self.doc.title = " ".join(parts)
            return max(end, last + 1)
        return end

    def _type_with_subject(self, index: int) -> bool:
        """A heading that prints the type and the subject on one line in capitals
        ("HƯỚNG DẪN CÔNG TÁC THI ĐUA KHEN THƯỞNG …"); the subject is kept."""
        line = self.lines[index]
        if not is_upper(line) or line.endswith(":"):
            return False
        words = line.split(" ")
        for count in (4, 3, 2):
            # One word may be all the line holds of the subject when a narrow
            # column cut it ("QUY CHẾ LÀM / VIỆC …"): the next lines go on with it.
            code = type_heading(" ".join(words[:count])) if len(words) > count else None
            if code and code == self._numbered_type(index, code):
                self.inline_subject = " ".join(words[count:])
                return True
        return False

    def _numbered_type(self, index: int, default: str) -> str:
        """The type the number printed above names: a circular numbered "…/TT-BCT"
        whose copy lost its heading opens its subject "QUY ĐỊNH VIỆC …", no "Quy định"."""
        for line in self.lines[max(0, index - 6) : index]:
            number = self._number_in(line)
            # A letter's number ("123/UBND-VP") names no type to weigh against.
            if number and number_type(number) != "CV":
                return number_type(number)
        return default

    def _subject_without_heading(self, start: int, end: int) -> int:
        """A copy that dropped the type heading still prints the subject in
        capitals under the place and date, above the authority line."""
        parts, index = [], start
        while index < end:
            line = self.lines[index]
            if line and (
                not is_upper(line)
                or index in self.authority_lines
                or is_motto(self.folded[index])
                or line.endswith(":")
                or self._number_in(line) is not None
            ):
                break
            if line:
                parts.append(line)
            index += 1
        if parts:
            self.doc.title = " ".join(parts)
            return index
        return end

    def _parse_title(self, region_end: int) -> int:
        if self.type_heading_at is None:
            return region_end
        heading = self.lines[self.type_heading_at]
        self.type_from_heading = type_heading(heading) or type_heading(
            heading[: len(heading) - len(self.inline_subject or "")].strip()
        )
        parts: list[str] = [self.inline_subject] if self.inline_subject else []
        index = self.type_heading_at + 1
        while index < len(self.lines) and self.lines[index] == "":
            index += 1
        while index < len(self.lines) and len(parts) < _MAX_SUBJECT_LINES:
            line, folded = self.lines[index], self.folded[index]
            if not line:
                # A subject broken over two paragraphs goes on in lower case.
                following = self._next_nonblank(index, min(index + 3, len(self.lines)))
                if parts and following and self._continues_subject(parts, self.lines[following]):
                    index = following
                    continue
                break
            if parts and _OPEN_END.search(key(parts[-1])) and is_upper(line) == is_upper(parts[-1]):
                parts.append(line)
                index += 1
                continue
            if (
                index in self.authority_lines
                or _PART_HEADING.match(folded)
                or (parts and is_upper(line) and self._opens_preamble(index, wrapped=2))
                # A body paragraph opens with a capital and goes on in lower
                # case; "thực hiện …" in lower case, or "THỰC HIỆN …" under a
                # subject in capitals, goes on with the subject.
                or (
                    (
                        STARTS_BODY.match(folded)
                        and not line[0].islower()
                        and not (
                            is_upper(line)
                            and is_upper(parts[-1])
                            and not _FIRST_TITLE_STOP.match(folded)
                        )
                    )
                    if parts
                    else _FIRST_TITLE_STOP.match(folded)
                )
                or ROMAN.match(line)
                or ARTICLE.match(line)
                or ATTACHED_NOTE.match(line)
                or (line[0] == "(" and ATTACHED_NOTE.match(f"{line} {self._line_after(index)}"))
                or type_heading(line)
                or (parts and is_upper(line) and not is_upper(parts[-1]))
                # Under a subject in capitals, a sentence in mixed case opens the body.
                or (
                    parts
                    and is_upper(parts[-1])
                    and not is_upper(line)
                    and line[0].isupper()
                    and not _BRACKETED.match(line)
                )
                or line.endswith(":")
                or (len(line) > 250 and not is_upper(line))
                or (parts and self._opens_body_part(line, folded, parts))
            ):
                break
            parts.append(line)
            index += 1
        if parts:
            self.doc.title = " ".join(parts)
        return index

    def _line_after(self, index: int) -> str:
        following = self._next_nonblank(index + 1, min(index + 3, len(self.lines)))
        return self.lines[following] if following is not None else ""

    @staticmethod
    def _continues_subject(parts: list[str], line: str) -> bool:
        if parts[-1].endswith((".", ";", ":")) or len(line) > 250:
            return False
        # A subject in capitals goes on after a blank line with a word that
        # needs what came before: "… QUẢN LÝ VĂN BẢN / (blank) / TẠI VĂN PHÒNG BỘ".
        return line[0].islower() or (
            is_upper(line) and is_upper(parts[-1]) and bool(_JOINED_START.match(key(line)))
        )

    @staticmethod
    def _opens_body_part(line: str, folded: str, parts: list[str]) -> bool:
        """A line that can only belong to the body (copies often lose the blank
        line after the subject, and a subject line ends without a full stop).
        A subject may end with its year ("NĂM 2022" under capitals, "năm 2023")
        or a period in brackets ("(Giai đoạn: 2021- 2025)")."""
        if _BRACKETED.match(line) or (
            # "… “Tập thể lao động xuất sắc” / năm 2023": the year in lower case
            # goes on with a subject in mixed case.
            PERIOD.match(folded) and (is_upper(line) and is_upper(parts[-1]) or line[0].islower())
        ):
            return False
        # "… LIÊN THÔNG / ĐIỆN TỬ GỒM: THỦ TỤC …": a colon inside a subject in capitals.
        listed = is_upper(line) and is_upper(parts[-1])
        return bool(
            line.endswith((".", ";"))
            or (": " in line and not listed)
            or BARE_NUMBER.match(line)
            or PERIOD.match(folded)
            or folded in {"TT", "STT"}
            or ARABIC.match(line)
            or LETTER.match(line)
            or BULLET.match(line)
        )
