"""What a news item reports (a text without an official header, read by article):
the document it cites by number, the date of the act and the person who signed.

The reported document is the first one the text cites by number that it does not
name as the ground of another ("Thực hiện Chỉ thị số 19/CT-TTg …, UBND tỉnh ban
hành Kế hoạch số 594/KH-UBND"); the date is the one after that number or the one
opening the sentence that reports the act; the signer is the name before "(đã) ký".
"""

from __future__ import annotations

import datetime
import re

from .lines import FAMILY_NAMES, is_name, key
from .model import DOCUMENT_TYPES

TYPE_BY_FOLDED_NAME = {key(name): code for code, name in DOCUMENT_TYPES.items()}
TYPE_NAMES = "|".join(
    sorted((re.escape(name) for name in DOCUMENT_TYPES.values()), key=len, reverse=True)
)
# "Quyết định số 1436/QĐ-UBND", "văn bản số 4912/UBND-NC", a party text's number
# with a spaced dash ("Hướng dẫn số 31 - HD/BTCTW"), a number a space broke after
# its dash ("Chỉ thị 11/CT- UBND").
CITED = re.compile(
    rf"(?P<type>{TYPE_NAMES}|văn bản)(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc|mật))?"
    r"(?:\s+số)?\s+(?P<number>[0-9]+"
    r"(?:\s+-\s+(?=[^\W\d_]+/)[^\s,;:()]+|(?:[/-][^\s,;:()]+)+(?:(?<=-) (?-i:[A-ZĐ]{2,})\b)?"
    # A spaced dash before the issuer's letters: "văn bản số 63/TB – UBND".
    r"(?:\s+[-–]\s+(?-i:[A-ZĐ]{2,})\b)?))",
    re.IGNORECASE,
)
_SPACED_DASH = re.compile(r"\s+([-–])\s+")
_SPACE_AFTER_DASH = re.compile(r"(?<=-) ")
# A document issued in the item's own sentence may be cited by its serial alone:
# "ban hành Công văn số 468 về việc …", "đã có công điện khẩn số 13".
_ENACTED_SERIAL = re.compile(
    rf"(?:ban\s+hành|có|ký)\s+(?P<type>{TYPE_NAMES})(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?"
    r"\s+số\s+(?P<number>[0-9]{1,5})(?![0-9]|[/.-]\w)",
    re.IGNORECASE,
)
# A letter reported without its number: "… có văn bản gửi …", "… ký văn bản hỏa tốc …".
UNNUMBERED_LETTER = re.compile(
    r"\b(?:ban\s+hành|có|ký)\s+văn\s+bản\b(?!\s+(?:số\s+)?[0-9])", re.IGNORECASE
)
# An act the lead reports without a number: "… ra thông báo …", "… có văn bản …".
_UNNUMBERED_ACT = re.compile(
    r"\b(?:ra|có|ban\s+hành|ký)\s+(?:thông\s+báo|văn\s+bản|công\s+văn)\b"
    r"(?!\s+(?:khẩn\s+|hỏa\s+tốc\s+)?(?:số\s+)?[0-9])",
    re.IGNORECASE,
)
# The type named as what the body enacts: "vừa ban hành quyết định", "xây dựng kế hoạch".
# A decision reported by what it decides: "Bộ Y tế đã quyết định thành lập 7 đoàn …".
DECIDED = re.compile(
    r"\b(?:đã|vừa|mới)\s+quyết\s+định\s+(?:thành\s+lập|phê\s+duyệt|công\s+nhận|bổ\s+nhiệm)\b",
    re.IGNORECASE,
)
ENACTED_TYPE = re.compile(
    rf"(?:ban\s+hành|xây\s+dựng|có|ký)\s+(?:các\s+)?(?P<type>{TYPE_NAMES})\b", re.IGNORECASE
)
# A text cited as a ground or a rule ("thực hiện …", "quy định tại …").
_GROUND = re.compile(
    # "… theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU …" cites a text too.
    r"(?:thực\s+hiện|theo|căn\s+cứ|triển\s+khai|(?:quy\s+định|nêu)\s+(?:tại|trong))\s*$",
    re.IGNORECASE,
)
# A paragraph that opens with a ground ("Căn cứ …", "Trên cơ sở đề nghị … tại
# Tờ trình số …") cites grounds only, unless a verb in it issues the citation.
_GROUND_PARAGRAPH = re.compile(
    # "Tiếp tục thực hiện …", "Để triển khai …" open a ground as well.
    # "Nghiêm túc thực hiện chỉ đạo … tại Thông báo số …" as well.
    r"^\s*(?:(?:tiếp\s+tục|để|nhằm|nghiêm\s+túc)\s+)?"
    r"(?:căn\s+cứ|thực\s+hiện|theo|trên\s+cơ\s+sở|triển\s+khai|xét)\b",
    re.IGNORECASE,
)
# "(Theo Công văn số 6012/UBND-KT, ngày …)": the page names the letter it prints.
_SOURCE_NOTE = re.compile(r"\(\s*theo\s*$", re.IGNORECASE)
_ISSUED_HERE = re.compile(r"(?:ban\s+hành|ký)\s*$")
_NUMERIC_DATE = (
    r"(?:(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})"
    r"|(?P<d2>[0-9]{1,2})\s+tháng\s+(?P<m2>[0-9]{1,2})\s+năm\s+(?P<y2>[0-9]{4}))"
)
# The date that opens the sentence reporting the act ("Ngày 24/9/2025, Ban
# Thường vụ Tỉnh ủy ban hành …"), or that follows the reported number.
# "có Thông báo …" reports the act as well ("UBND tỉnh vừa có thông báo tạm hoãn …");
# "ký kết giao ước" (signing a pledge) does not.
_DATE_OF_ACT = re.compile(
    rf"\b(?:ngày|(?:sáng|chiều|tối|hôm)\s+nay)\s+{_NUMERIC_DATE}\s*,?\s+[^.\n]{{0,200}}?(?<!đăng\s)"
    rf"\b(?:ban\s+hành|ký(?!\s+kết)|có\s+(?:{TYPE_NAMES}|văn\s+bản))\b",
    re.IGNORECASE,
)
# "… số 03/KH-HĐND ngày 15/01/2019": the date of a cited text, not of the act.
_CITATION_BEFORE = re.compile(r"số[ ]+[0-9]+[/-][^\s,;]*[ ]*,?[ ]*$")
_DATE_AFTER_NUMBER = re.compile(rf"^\s*,?\s*ngày\s+{_NUMERIC_DATE}", re.IGNORECASE)
# The person who signed: a name right before "(đã) ký" ("Thủ tướng Chính phủ
# Phạm Minh Chính đã ký …").
# The office may stand between the name and the verb: "Trần Văn Thuấn, Thứ trưởng Y
# tế vừa ký …".
_SIGNED_BY = re.compile(
    rf"\b(?:{'|'.join(sorted(FAMILY_NAMES))})(?:\s+[^\W\d_]+){{1,3}}?"
    # or several: "Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã ký …".
    r"(?=(?:,\s+(?:Phó\s+)?(?:Thứ\s+trưởng|Bộ\s+trưởng|Chủ\s+tịch|Giám\s+đốc"
    r"|Ủy\s+viên|Uỷ\s+viên|Thường\s+trực|Bí\s+thư)[^,.\n]{0,40}?){0,3}"
    r"\s+(?:đã\s+|vừa\s+)?ký\b)"
)
# How a news item words the signer's capacity (Nghị định 30/2020: TL., TUQ., Q.).
_CAPACITY_WORDS = (
    (re.compile(r"\bthừa\s+lệnh\b", re.IGNORECASE), "TL."),
    (re.compile(r"\bthừa\s+[uủ][yỷ]\s+quyền\b", re.IGNORECASE), "TUQ."),
    (re.compile(r"\bQuyền\s+(?=[A-ZĐ])"), "Q."),
)


def reported_document(text: str) -> re.Match | None:
    """The document the item reports on: the first one cited by number that the
    text does not name as the ground of another."""
    # A headline may name the act loosely ("Bộ … ban hành văn bản hướng dẫn …"); the
    # lead below it is what counts.
    unnumbered = _UNNUMBERED_ACT.search(text, text.find("\n") + 1)
    for citation in CITED.finditer(text):
        if not any(c.isalpha() for c in citation.group("number")):
            # "quyết định 1/7/2025" is a date; a number carries its symbol.
            continue
        if unnumbered and "\n" in text[unnumbered.end() : citation.start()]:
            # "… UBND quận ra thông báo …" then, in a later paragraph, "Ngày 20/8, Ban chỉ
            # đạo … ban hành Thông báo số 15/TB-BCĐ": the item reports the first.
            continue
        before = text[max(0, citation.start() - 25) : citation.start()]
        if _GROUND.search(before) and not _SOURCE_NOTE.search(before):
            continue
        before = text[text.rfind("\n", 0, citation.start()) + 1 : citation.start()]
        if _GROUND_PARAGRAPH.match(before) and not _ISSUED_HERE.search(before):
            continue
        return citation
    serial = _ENACTED_SERIAL.search(text)
    letter = UNNUMBERED_LETTER.search(text)
    if serial and letter and letter.start() < serial.start():
        # "UBND tỉnh có văn bản gửi … Trước đó, Thủ tướng đã ban hành Chỉ thị số 22":
        # the item reports the letter, which has no number.
        return None
    return serial


def cited_number(cited: re.Match) -> str:
    """The number of a cited document as printed, a spaced dash closed up."""
    number = _SPACED_DASH.sub(r"\1", cited.group("number"))
    return _SPACE_AFTER_DASH.sub("", number).rstrip(".")


def _date_of(match: re.Match) -> datetime.date | None:
    day, month, year = (match.group(n) or match.group(n + "2") for n in ("d", "m", "y"))
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_of_act(text: str, cited: re.Match | None) -> datetime.date | None:
    """The date after the reported number, else the date opening the sentence
    that reports an act (not the date of a text that sentence cites)."""
    if cited:
        after = _DATE_AFTER_NUMBER.match(text[cited.end() : cited.end() + 60])
        if after:
            return _date_of(after)
    # Searched from each date in turn: a cited text's date ("Nghị định số 56/2013/NĐ-CP
    # ngày 22/5/2013 …, ngày 05/9/2013, Ban … đã có văn bản") must not hide the act's.
    position = 0
    while act := _DATE_OF_ACT.search(text, position):
        if not _CITATION_BEFORE.search(text[max(0, act.start() - 40) : act.start()]):
            return _date_of(act)
        position = act.start() + 1
    return None


def reported_signer(text: str) -> tuple[str, str | None] | None:
    """The name reported as signing, and the capacity the sentence words."""
    for signed in _SIGNED_BY.finditer(text):
        if not is_name(signed.group(0)):
            continue
        sentence = text[max(0, signed.start() - 120) : signed.start()].rsplit(". ", 1)[-1]
        for pattern, capacity in _CAPACITY_WORDS:
            if pattern.search(sentence):
                return signed.group(0), capacity
        return signed.group(0), None
    return None
