"""The issuer of an official document: the left column of the header, in capitals
(Nghị định 30/2020, Phụ lục I), the issuing body under its parent body
("UBND THÀNH PHỐ ĐÀ NẴNG / SỞ NỘI VỤ"), and the authority line under the subject
("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH") that completes a header cut to its first line.

The issuer keeps its printed letters, its lines joined by one space.
"""

from __future__ import annotations

import re

from .lines import MOTTO_1, MOTTO_2, cuts_body_name, is_motto, is_upper, key, starts_with
from .patterns import BODY_WORDS, SIGNER_TITLES, STARTS_BODY, VV

_LOCALITY_WORDS = (
    "TINH ", "THANH PHO ", "TP ", "TP. ", "HUYEN ", "QUAN ", "THI XA ", "XA ", "PHUONG ",
    "THI TRAN ", "KHOI ", "CUM ",
)
# Lines that name a body of their own even though they start like a locality.
_STANDALONE_BODY_WORDS = (
    "SO ", "BAN ", "PHONG ", "VAN PHONG", "TINH UY", "HUYEN UY", "THANH UY", "QUAN UY", "THI UY",
)
_CONNECTOR_WORDS = ("VA ", "& ", ", ", "- ", "– ")
# A council or committee named without its locality is never a parent body: the
# locality follows on the next line, or a joint header names a second body that
# shares it ("ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH ĐẮK LẮK").
_BARE_BODIES = frozenset(
    {
        "UY BAN NHAN DAN", "HOI DONG NHAN DAN", "UBND", "HDND", "UY BAN MAT TRAN TO QUOC VIET NAM",
        # An office or standing body named apart from the body it belongs to
        # ("THỦ TƯỚNG / CHÍNH PHỦ", "ỦY BAN THƯỜNG VỤ / QUỐC HỘI", "THƯỜNG TRỰC / HĐND …").
        "THU TUONG", "UY BAN THUONG VU", "BAN CHAP HANH TRUNG UONG", "THUONG TRUC",
        # "VĂN PHÒNG / CHÍNH PHỦ": an office whose owner the cell wrapped to the next line.
        "VAN PHONG",
    }
)  # fmt: skip
# A name never opens with a figure: "456 CÁC NGHỊ QUYẾT …" is a page's counter,
# "18/KH-UBND" a legal database's attribute cell.
_BARE_FIGURE = re.compile(r"^[0-9]+(?:\s|[/-])")
# A department printed above its parent by a copy that lost the columns' order
# ("SỞ NỘI VỤ / UBND TỈNH LẠNG SƠN"): a department never heads a People's Committee.
_DEPARTMENTS = ("SO ", "PHONG ", "CHI CUC", "TRUNG TAM", "BAN ")
_NOT_DEPARTMENTS = ("BAN CHAP HANH", "BAN THUONG VU")
_COMMITTEES = ("UY BAN NHAN DAN ", "UBND ")
# The body a signer signs on behalf of: "TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN".
_ON_BEHALF = re.compile(r"^(?:TM\s*\.|T/M\.?)\s*(?P<body>\S.*)$")
# A web page's list mark before the issuer: "1. ", "• ".
_LIST_NUMBER = re.compile(r"^(?:[0-9]{1,2}\.|[•·▪●])\s+")
_JOINING_ENDS = ("-", "–", ",", " VÀ")
_FURNITURE_MARKS = re.compile(r"[,;!?…]|\.\.")
# The office that enacts for the body ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH").
_ENACTING_OFFICE = re.compile(r"^(?:CHU TICH|GIAM DOC|TRUONG BAN|BO TRUONG)\s+")
_TELEGRAM_SENDER = re.compile(r"^(?P<sender>.{4,80}?)\s+điện\s*:$")
_LETTER_SENDER = re.compile(
    r"(?:^|,\s)(?P<body>(?:Cục|Bộ|Sở|Tổng cục|Văn phòng|UBND|Ủy ban nhân dân)"
    # "…, Bộ Tài chính hướng dẫn như sau:" answers the questions it received.
    r"(?:\s[^\s,;.]+){1,6}?)\s(?:nhận được|yêu cầu|đề nghị|có ý kiến|thông báo"
    r"|hướng dẫn như sau)\b"
)
_AUTHORITIES = (
    "CHU TICH ", "THU TUONG ", "BO TRUONG ", "GIAM DOC ", "UY BAN NHAN DAN", "HOI DONG NHAN DAN",
    "BAN THUONG VU", "BAN CHAP HANH", "CHINH PHU", "TONG CUC TRUONG", "CUC TRUONG",
)


class IssuerParser:
    """The issuing body and its parent."""

    def _issuer_lines(self, anchor: int, region_end: int) -> list[int]:
        found: list[int] = []
        if MOTTO_1.match(self.folded[anchor]):
            # Copied column by column, the left column (issuer, number, "V/v …")
            # comes whole before the motto: skip its number and subject lines.
            for index in self._nonblank_indices(anchor - 1, 8, step=-1):
                line = self.lines[index]
                # The number may also sit between two lines of the issuer.
                lower = line[0].islower() and not self._locality_under_body(index)
                # "Số:" alone: a number whose serial sits in another cell.
                if (
                    self._number_in(line) is not None
                    or key(line).rstrip(" :.") == "SO"
                    or (not found and (VV.match(line) or self._date_in(line) or lower))
                ):
                    self.header_first = index
                    continue
                # The column is printed in one case: a mixed-case line above
                # capitals is the page's furniture ("Lĩnh vực | Bộ máy hành chính").
                same_case = not found or is_upper(line) == is_upper(self.lines[found[0]])
                # A line in capitals that ends on a joining mark ("HỘI ĐỒNG THI
                # ĐUA -") runs on into the issuer line below it.
                runs_on = bool(found) and is_upper(line) and line.endswith(_JOINING_ENDS)
                # A narrow cell breaks a body's name: "CHỦ TỊCH ỦY BAN / NHÂN DÂN".
                runs_on = runs_on or bool(found) and cuts_body_name(line, self.lines[found[0]])
                if (
                    len(found) < 4
                    and same_case
                    and (
                        runs_on
                        or self._is_issuer_line(index, not found)
                        or self._ends_wrapped_name(index)
                    )
                ):
                    found.insert(0, index)
                else:
                    break
            for index in range(anchor + 1, region_end):
                line, folded = self.lines[index], self.folded[index]
                if not line or is_motto(folded):
                    continue
                if not found and self._date_in(line):
                    # The right column copied whole first: the motto, then the
                    # place and date, then the left column's issuer.
                    continue
                if self._number_in(line) is not None or self._date_in(line) or VV.match(line):
                    break
                if is_upper(line) and len(line) <= 80:
                    found.append(index)
                else:
                    break
        else:
            above = self._nonblank_indices(anchor - 1, 5, step=-1)
            if above and MOTTO_2.match(self.folded[above[0]]):
                # The motto's second line above the number: its first line, right
                # above, did not read as the motto ("CỘNG HỊA …", a font's damage)
                # and the issuer stands above both.
                garbled_first = len(above) > 1 and is_upper(self.lines[above[1]])
                above = above[2:] if garbled_first else above[1:]
            above = above[:3]
            for index in above:
                if self._is_issuer_line(index, adjacent=False):
                    found.insert(0, index)
                else:
                    break
            following = self._next_nonblank(anchor + 1, region_end)
            if (
                found
                and following is not None
                and key(self.lines[found[-1]]) in _BARE_BODIES
                and is_upper(self.lines[following])
                and self._is_issuer_line(following, adjacent=True)
            ):
                # Columns copied line by line: "BAN CHẤP HÀNH TRUNG ƯƠNG / Số: … /
                # ĐOÀN TNCS HỒ CHÍ MINH"; the number sits inside the issuer.
                found.append(following)
        return found

    def _locality_under_body(self, index: int) -> bool:
        """A copy that lost the capitals prints the header as "Ủy ban nhân dân /
        tỉnh Lạng Sơn": a locality in lower case under a body named without one
        is the issuer's second line, not the end of a subject."""
        above = self._nonblank_indices(index - 1, 1, step=-1)
        return (
            starts_with(self.folded[index], _LOCALITY_WORDS)
            and bool(above)
            and self.folded[above[0]] in _BARE_BODIES
        )

    def _ends_wrapped_name(self, index: int) -> bool:
        """A short line in capitals right under a body's first words, ending its name
        ("BAN CHẤP HÀNH / TRUNG ƯƠNG" above "BAN TỔ CHỨC" in a party header)."""
        line = self.lines[index]
        above = index - 1
        if not is_upper(line) or len(line) > 30 or above < 0 or not self.lines[above]:
            return False
        return is_upper(self.lines[above]) and starts_with(self.folded[above], BODY_WORDS)

    def _is_issuer_line(self, index: int, adjacent: bool) -> bool:
        """The header's issuer is printed in capitals, or (in a copy that lost
        them) named without punctuation; web furniture above it ("Đang tải nội
        dung, vui lòng chờ…", "Tình trạng: Đã biết") is neither."""
        line, folded = self.lines[index], self.folded[index]
        if len(line) > 90 or ":" in line or is_motto(folded) or self._number_in(line) is not None:
            return False
        if not is_upper(line) and _FURNITURE_MARKS.search(line):
            return False
        if _BARE_FIGURE.match(line):
            # A name never opens with a bare figure: "456 CÁC NGHỊ QUYẾT …" is a
            # page's counter before its caption.
            return False
        # A chairman issues in his own name after the 2025 reform: "CHỦ TỊCH ỦY BAN
        # NHÂN DÂN / TỈNH …" heads his decisions (QĐ-CTUBND).
        holder = folded.startswith("CHU TICH ") and starts_with(folded[9:], BODY_WORDS)
        names_body = (
            starts_with(folded, BODY_WORDS) or starts_with(folded, _LOCALITY_WORDS) or holder
        )
        # A word alone in capitals is the issuer's first word wrapped ("ỦY / BAN NHÂN DÂN").
        wrapped = " " not in line and len(line) <= 8
        return names_body or ((adjacent or wrapped) and is_upper(line))

    def _assign_issuer(self, lines: list[str]) -> None:
        units: list[str] = []
        for line in lines:
            # No issuer starts with a figure or a bullet: "1. " or "• " before it is
            # a web page's list.
            line = _LIST_NUMBER.sub("", line)
            folded = key(line)
            continues = units and (
                (key(units[-1]) in _BARE_BODIES and not _board_under_committee(units[-1], folded))
                # An emulation cluster's, bloc's, board's or ministry's name runs
                # over the lines ("CỤM THI ĐUA CÁC TỈNH / MIỀN NÚI PHÍA BẮC", "BAN CHỈ
                # ĐẠO CÁC CHƯƠNG TRÌNH / MỤC TIÊU QUỐC GIA", "BỘ LAO ĐỘNG – THƯƠNG /
                # BINH VÀ XÃ HỘI") until a body is named.
                or (
                    starts_with(key(units[-1]), ("CUM ", "KHOI ", "BAN ", "BO "))
                    and not starts_with(folded, BODY_WORDS)
                )
                or " " not in line
                or " " not in units[-1]
                or cuts_body_name(units[-1], line)
                # A name wrapped at both ends ("HỘI ĐỒNG THI / ĐUA - / KHEN THƯỞNG
                # TRUNG ƯƠNG"): a piece that names no body and ends on a dash.
                or (line.endswith(("-", "–")) and not starts_with(folded, BODY_WORDS))
                or (
                    (
                        starts_with(folded, _LOCALITY_WORDS)
                        or (folded + " ").startswith(_CONNECTOR_WORDS)
                        or line[0].islower()
                        or units[-1].endswith((",", "-", "–", "VÀ", "và"))
                    )
                    and not starts_with(folded, _STANDALONE_BODY_WORDS)
                )
            )
            if continues:
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
        if not units:
            return
        if len(units) > 1 and _department_above_committee(units[-2], units[-1]):
            units[-2], units[-1] = units[-1], units[-2]
        self.doc.issuing_body = units[-1]
        if len(units) > 1:
            self.doc.issuing_parent = units[-2]

    def _opens_preamble(self, index: int, wrapped: int = 0) -> bool:
        """An authority line in capitals ("THỦ TƯỚNG CHÍNH PHỦ") right above the
        preamble ("Căn cứ …"), or above the council's term ("KHÓA X, KỲ HỌP …").
        wrapped: how many more lines in capitals the authority may run over
        ("BỘ TRƯỞNG BỘ THÔNG / TIN VÀ TRUYỀN THÔNG")."""
        # "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC": one person holding two offices.
        if not starts_with(self.folded[index].replace(",", " "), _AUTHORITIES):
            return False
        following = self._next_nonblank(index + 1)
        for _ in range(wrapped):
            if following is None or not is_upper(self.lines[following]):
                break
            if STARTS_BODY.match(self.folded[following]):
                break
            following = self._next_nonblank(following + 1)
        if following is not None and self.folded[following].startswith("KHOA "):
            following = self._next_nonblank(following + 1)
        return following is not None and bool(STARTS_BODY.match(self.folded[following]))

    def _complete_issuer(self, start: int, end: int) -> set[int]:
        """A header cut to "ỦY BAN NHÂN DÂN" is completed by the authority line a
        decision or resolution prints above its legal bases ("ỦY BAN NHÂN DÂN TỈNH
        QUẢNG NINH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"). Returns the
        indices of the authority lines so that the subject leaves them out."""
        body = self.doc.issuing_body
        authority: set[int] = set()
        body_key = key(body) if body else None
        for index in range(start, min(end, len(self.lines))):
            line = self.lines[index]
            telegram = _TELEGRAM_SENDER.match(line)
            if body_key is None and telegram and is_upper(telegram.group("sender")):
                # A telegram names its sender before the addressees: "THỦ TƯỚNG
                # CHÍNH PHỦ điện:".
                authority.add(index)
                self.doc.issuing_body = telegram.group("sender")
                body_key = key(self.doc.issuing_body)
                continue
            if not line or not is_upper(line) or len(line) > 90:
                continue
            if body_key is None:
                # No header issuer (a print view that starts at the type heading):
                # the authority line above the legal bases names it.
                if self._opens_preamble(index):
                    authority.add(index)
                    office = _ENACTING_OFFICE.match(self.folded[index])
                    words = len(office.group(0).split()) if office else 0
                    line = line.split(" ", words)[-1] if words else line
                    # "HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA X, KỲ HỌP THỨ 15" run together.
                    self.doc.issuing_body = re.split(r"\s+KHÓA\s", line, maxsplit=1)[0]
                    body_key = key(self.doc.issuing_body)
                continue
            office = _ENACTING_OFFICE.match(self.folded[index])
            if office:
                line = line.split(" ", len(office.group(0).split()))[-1]
            folded = key(line)
            if body_key in _BARE_BODIES and folded.startswith(f"THUONG TRUC {body_key}"):
                # "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH" under a header cut to "HỘI
                # ĐỒNG NHÂN DÂN": the council's standing body issues the text.
                following = self._next_nonblank(index + 1)
                if following is not None and STARTS_BODY.match(self.folded[following]):
                    authority.add(index)
                    self.doc.issuing_body, body_key = line, folded
                    continue
            if folded == body_key or folded.startswith(body_key + " "):
                authority.add(index)
                if body_key in _BARE_BODIES:
                    self.doc.issuing_body, body_key = line, folded
        return authority

    def _letter_sender(self) -> str | None:
        """The body a letter that lost its header names as its writer in its first
        sentences: "Cục Thuế nhận được Công văn số …", "…, UBND Thành phố yêu cầu …"."""
        for line in self.lines[:40]:
            match = _LETTER_SENDER.search(line)
            if match:
                return match.group("body")
        return None

    def _signing_body(self) -> str | None:
        """The body named in the signer block's "TM." line, independent evidence
        of the issuer when the header is missing or cut."""
        for line in (self.doc.signer_title or "").split("\n"):
            match = _ON_BEHALF.match(line)
            if match and is_upper(match.group("body")):
                return _without_glued_office(match.group("body"))
        return None

    def _issuer_from_signature(self) -> None:
        """A header cut to its first line ("ỦY BAN NHÂN DÂN") is completed by the
        signer block's "TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"; a text without a header
        issuer takes the body the signer signs for ("TM. CỤM THI ĐUA SỐ 2"), unless
        that is a council named without its locality."""
        body = self._signing_body()
        if body is None or key(body) in _BARE_BODIES:
            return
        current = self.doc.issuing_body
        if current is None or (
            key(current) in _BARE_BODIES and key(body).startswith(key(current) + " ")
        ):
            self.doc.issuing_body = body


def _without_glued_office(body: str) -> str:
    """ "ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH": a copy that lost the line break glued
    the signer's office to the body's last word; the body ends before it."""
    for cut in range(1, len(body)):
        if body[cut - 1] != " " and body[cut] != " " and key(body[cut:]) in SIGNER_TITLES:
            return body[:cut]
    return body


def _board_under_committee(unit: str, folded: str) -> bool:
    """A party header names the Central Committee, then one of its boards or its
    office ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC"): the board is a body of its own,
    while "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH" is one name."""
    return key(unit) == "BAN CHAP HANH TRUNG UONG" and starts_with(folded, ("BAN ", "VAN PHONG"))


def _department_above_committee(upper: str, lower: str) -> bool:
    upper, lower = key(upper), key(lower)
    return (
        starts_with(upper, _DEPARTMENTS)
        and not starts_with(upper, _NOT_DEPARTMENTS)
        and starts_with(lower, _COMMITTEES)
        and lower not in _BARE_BODIES
    )
