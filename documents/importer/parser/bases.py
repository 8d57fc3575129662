"""The legal bases: the "Căn cứ …" paragraphs at the top of the body.

A paragraph runs over as many printed lines as the copy broke it into ("Căn cứ
Luật Tổ chức chính quyền địa phương ngày / 19/6/2015;") and ends with ";" or ".".
When the issuer's own enacting clause runs on after a ";" ("…; Ban Chấp hành Thành
đoàn Hà Nội ban hành Kế hoạch …", "…; thực hiện Quyết định …") the basis stops
there; a further instrument ("…; Nghị định số 65/2014/NĐ-CP …") or the rest of
the cited text's description ("…; xác định thu nhập của hộ …") belongs to it.
"Xét đề nghị …" and "Theo đề nghị …" are not legal bases.
"""

from __future__ import annotations

import re

from .lines import is_upper, key, starts_with
from .patterns import ARABIC, ARTICLE, BODY_WORDS, BULLET, ROMAN, STARTS_BODY

_INSTRUMENTS = (
    "Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|"
    "Hướng dẫn|Kế hoạch|Công văn|Văn bản|Quy định|Quy chế|Điều lệ|Thông báo|Kết luận|"
    "Chương trình|Đề án|Lệnh|Nghị quyết liên tịch|Thông tư liên tịch|các văn bản"
    # "…: Số 64/2009/QĐ-UBND …; Số 34/2012/QĐ-UBND …": decisions listed by number.
    r"|Số(?=\s+[0-9]{1,5}/)"
)
_INSTRUMENT = re.compile(rf"(?:{_INSTRUMENTS})\b")
# What opens the issuer's own clause after a ";": an enacting verb, or a body
# that "ban hành" (issues) the document.
_ENACTING = re.compile(r"(?:thực\s+hiện|theo\s+đề\s+nghị|xét|để|nhằm)\b", re.IGNORECASE)
_ISSUES = re.compile(r"^[^;]{0,80}?\bban\s+hành\b")
_CLOSED = (";", ".", ":")
# "72/2025/QH15;", "26.11.2003;": a number or a date the copy broke off an open basis
# ("… Luật Tổ chức chính quyền địa phương số / 72/2025/QH15;"), not a list item.
_NUMBER_OR_DATE = re.compile(r"^[0-9]{1,4}[/.-][0-9]")
# "TP. Hồ Chí Minh", "Q. Chủ tịch": a dot that closes no sentence.
_ABBREVIATION = re.compile(r"(?:^|\s)[A-ZĐ]{1,3}$")
# "…. Ngày 02/11/2021, Sở … đã ban hành Kế hoạch …": the act the page reports, dated.
_DATED_ACT = re.compile(
    r"^Ngày\s+[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4},[^;]{0,120}?\b(?:ban\s+hành|ký)\b"
)
# "Nghị định số 48/2013/NĐ-CP …;": a further instrument the basis lists on a line of its
# own after a ";" ("Căn cứ Nghị định số 63/2010/NĐ-CP …; / Nghị định số 48/2013/NĐ-CP …").
_LISTED_INSTRUMENT = re.compile(
    r"^(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+quyết|Nghị\s+định|Quyết\s+định|Thông\s+tư"
    r"(?:\s+liên\s+tịch)?|Chỉ\s+thị)\s+số\s*:?\s*[0-9]"
)
# "Căn cứ quy định nêu trên, …", "Căn cứ các quy định trên …": a letter's conclusion
# from the provisions it quoted, no basis; the bases end there.
_CONCLUSION = re.compile(r"^CAN CU (?:VAO )?(?:CAC )?(?:QUY DINH|VAN BAN)(?: NEU| O)? TREN\b")
_ACTS = re.compile(
    r"^[^;,]{0,80}?\b(?:ban\s+hành|hướng\s+dẫn|thông\s+báo|quyết\s+định|đề\s+nghị|yêu\s+cầu"
    r"|lấy\s+ý\s+kiến)\b"
)


class LegalBasesParser:
    """Legal bases; the outline leaves their lines out (legal_base_lines)."""

    def _parse_legal_bases(self, start: int, end: int) -> None:
        bases: list[str] = []
        index, last = start, None
        while index < end:
            line, folded = self.lines[index], self.folded[index]
            if not line:
                index += 1
                continue
            bullet = BULLET.match(line)
            if _CONCLUSION.match(folded):
                break
            if (
                line.startswith("căn cứ")
                and bases
                and last is not None
                and not bases[-1].endswith(_CLOSED)
            ):
                # "… Trường hợp có / căn cứ xác định …": the word in small letters goes
                # on with the open basis; a new basis opens with a capital.
                bases[-1] = f"{bases[-1]} {line}"
                self.legal_base_lines.add(index)
                last = index
            elif folded.startswith("CAN CU") or (bullet and key(bullet["t"]).startswith("CAN CU")):
                # "- Căn cứ …": a basis printed as a list item; the dash is not its text.
                bases.append(bullet["t"] if bullet else line)
                self.legal_base_lines.add(index)
                last = index
            elif bases and last is not None and self._continues_basis(bases[-1], line, folded):
                bases[-1] = f"{bases[-1]} {line}"
                self.legal_base_lines.add(index)
                last = index
            elif (
                ROMAN.match(line) or ARTICLE.match(line) or ARABIC.match(line) or index - start > 40
            ):
                break
            else:
                last = None
            index += 1
        self.doc.legal_bases = [_own_part(base) for base in bases]

    @staticmethod
    def _continues_basis(basis: str, line: str, folded: str) -> bool:
        """Whether the line is the rest of a basis the copy broke: it starts in
        lower case, or the basis is still open and the line opens nothing new."""
        if line[0].islower():
            return True
        if basis.endswith(";") and _LISTED_INSTRUMENT.match(line):
            return True
        if basis.endswith(_CLOSED):
            return False
        if _NUMBER_OR_DATE.match(line):
            return True
        return not (
            STARTS_BODY.match(folded)
            or is_upper(line)
            or ROMAN.match(line)
            or ARTICLE.match(line)
            or ARABIC.match(line)
        )


def _own_part(basis: str) -> str:
    for separator in re.finditer(r"[.,;]\s+", basis):
        rest = basis[separator.end() : separator.end() + 120]
        if _INSTRUMENT.match(rest) or rest.startswith("Căn cứ "):
            # "…; Căn cứ Luật ban hành văn bản …": a second basis in the same paragraph.
            continue
        if separator.group(0)[0] != ";":
            if _ABBREVIATION.search(basis[: separator.start()]):
                continue
            # After "." or ",", only a body that acts ("…). Ủy ban nhân dân tỉnh
            # hướng dẫn …", "…, Tiểu ban Thi đua hướng dẫn …") opens the clause.
            if (starts_with(key(rest), BODY_WORDS) and _ACTS.match(rest)) or _DATED_ACT.match(rest):
                basis = basis[: separator.start()]
                break
            continue
        if _ENACTING.match(rest) or (rest[:1].isupper() and _ISSUES.match(rest)):
            basis = basis[: separator.start()]
            break
    return basis.rstrip(" ;,.")
