"""A whole document flattened onto one line (a page that lost its line breaks):
cut it back into the lines the official layout prints (Nghị định 30/2020): the
motto, "Số: …", the type heading, "V/v …", each "Căn cứ …", "Xét …", "Kính
gửi:", "QUYẾT ĐỊNH:", each "Điều N.", numbered headings after a full stop,
"Nơi nhận:" and its items, the signer's capacity and title.

Cuts are found on the folded line (capitals without marks, as long as the line)
and checked against the printed letters where case matters ("Căn cứ" opens a
paragraph, "căn cứ" does not).
"""

from __future__ import annotations

import re

from search.text import normalize

from .lines import MOTTO_1, is_upper, key, starts_with
from .model import DOCUMENT_TYPES
from .patterns import SIGNER_TITLES

_SPACES = re.compile(r"[ \t\u00a0]+")
# Only a line this long that carries the header or the recipients is a document.
MIN_LENGTH = 250

# (pattern on the folded line, how the printed text must look at the cut:
# "capital" starts in capitals, "capitals" all in capitals, "sentence" a capital
# then lower case, as a paragraph opens: "Căn cứ" but not "… CĂN CỨ …" in a subject)
_CUTS: tuple[tuple[re.Pattern, str], ...] = (
    (MOTTO_1, ""),
    (re.compile(r"DOC\s*LAP\s*[-–—]+\s*TU\s*DO\s*[-–—]+\s*HANH\s*PHUC"), ""),
    (re.compile(r"SO\s*:\s*[0-9]"), "capital"),
    # The authority line above the preamble ("… HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA IX …").
    (
        re.compile(
            r"(?:(?:CHU\s+TICH\s+)?(?:UY\s+BAN\s+NHAN\s+DAN|HOI\s+DONG\s+NHAN\s+DAN)"
            r"|THU\s+TUONG\s+CHINH\s+PHU|BO\s+TRUONG\s+BO|CHINH\s+PHU)"
            r"(?=(?:\s+\S+){0,10}?\s+(?:CAN\s+CU|XET|THEO\s+DE\s+NGHI|KHOA|QUYET\s+(?:DINH|NGHI)\s*:))"
        ),
        "capitals",
    ),
    (re.compile(r"V/V\s|VE\s+VIEC\s"), "capital"),
    (re.compile(r"CAN\s+CU\s"), "sentence"),
    (re.compile(r"XET\s|THEO\s+DE\s+NGHI\s"), "sentence"),
    (re.compile(r"THUC\s+HIEN\s|THI\s+HANH\s"), "sentence"),
    (re.compile(r"KINH\s+GUI\s*:"), "capital"),
    (re.compile(r"(?:QUYET\s+DINH|QUYET\s+NGHI|NGHI\s+QUYET)\s*:"), "capitals"),
    (re.compile(r"NOI\s+NHAN\s*:"), "capital"),
    (re.compile(r"KHOA\s+[IVXLC0-9]+\b"), "capitals"),
    (re.compile(r"(?:TM|KT|TL|TUQ)\.\s"), "capitals"),
)
_TYPE_WORDS = "|".join(
    sorted((re.escape(key(name)) for name in DOCUMENT_TYPES.values()), key=len, reverse=True)
)
_CAPACITY_BEFORE = re.compile(r"(?:^|\s)(?:TM|KT|TL|TUQ|Q)\.\s*$")
# A unit under its parent in a header run together ("UBND TỈNH ĐẮK LẮK SỞ NỘI VỤ").
_UNIT = re.compile(r"(?<=\s)(?:SO|BAN|PHONG|VAN\s+PHONG|TRUONG|CHI\s+CUC|TRUNG\s+TAM)\s")
# The type heading: the first type name in capitals after the place and date.
_TYPE_HEADING = re.compile(rf"(?:{_TYPE_WORDS})(?=\s)")
# A body named inside a subject ("… CỦA ỦY BAN NHÂN DÂN TỈNH") is not a line of its own.
_INSIDE_SUBJECT = re.compile(r"(?:CUA|VA|VOI)\s+$")
# Articles, numbered headings and bullets open a line after a full stop, colon
# or semicolon.
_AFTER_STOP = re.compile(
    r"(?<=[.:;])\s+(?=(?:Điều\s+[0-9]{1,3}\s*[.:]|[IVX]{1,5}\.|[0-9]{1,2}\.|[a-zđ]\)|[-–•+])\s)"
)
_RULE = re.compile(r"(?<=\s)(?:[-_=~—–•·.]{3,}|\*{1,10})(?:\s+[-*])?(?=\s|$)")
_AFTER_END_MARK = re.compile(r"(?<=\./\.)\s+")


def unflatten(text: str) -> str:
    """The text with each document flattened onto one line cut back into its
    printed lines; other lines are left alone."""
    text = normalize(text)
    if len(text) < MIN_LENGTH:
        return text
    lines = []
    for line in text.split("\n"):
        if is_run_on(line):
            lines.extend(split_run_on(_SPACES.sub(" ", line).strip()))
        else:
            lines.append(line)
    return "\n".join(lines)


def is_run_on(line: str) -> bool:
    if len(line) < MIN_LENGTH:
        return False
    folded = key(line)
    return bool(
        MOTTO_1.search(folded)
        or re.search(r"NOI\s+NHAN\s*:", folded)
        or re.search(r"\sSO\s*:\s*[0-9]", folded[:300])
    )


def split_run_on(line: str) -> list[str]:
    """The printed lines a flattened document holds."""
    folded = key(line)
    if len(folded) != len(line):
        # A mark OCR left apart from its letter ("thiêt hai ̀ ̣") folds to
        # nothing: fold letter by letter so that positions still match.
        folded = "".join((key(char) or " ")[:1] for char in line)
    cuts = {0, len(line)}
    for pattern, looks in _CUTS:
        for match in pattern.finditer(folded):
            start = match.start()
            if start and not line[start - 1].isspace():
                continue
            if not _looks(line[start : match.end()], looks):
                continue
            if _INSIDE_SUBJECT.search(folded[max(0, start - 6) : start]):
                continue
            cuts.add(start)
            if pattern is _CUTS[1][0]:
                cuts.add(match.end())
    # The type heading stands right after the place and date (or, without them,
    # is the first type name in capitals after the number).
    number = re.search(r"SO\s*:\s*[0-9]", folded)
    preamble = re.search(r"CAN\s+CU\s|KINH\s+GUI|QUYET\s+(?:DINH|NGHI)\s*:", folded)
    head = folded[: preamble.start()] if preamble else folded[:600]
    date = re.search(r"NGAY.{0,30}?NAM\s*[0-9]{4}", head)
    after = date.end() if date else number.end() if number else 0
    for match in _TYPE_HEADING.finditer(folded, after):
        if date and match.start() > after + 4:
            break
        printed = line[match.start() : match.end()]
        if printed == printed.upper() and line[match.start() - 1].isspace():
            cuts.add(match.start())
            following = line[match.end() :].split(" ", 2)[1:2]
            if following and not is_upper(following[0]):
                # A subject in lower case after the heading: "THÔNG TƯ Hướng dẫn …".
                cuts.add(match.end())
            break
    cuts.update(_place_cuts(line, folded))
    motto = MOTTO_1.search(folded)
    if motto:
        number_first = re.search(r"SO\s*:\s*[0-9]", folded[: motto.start()])
        cuts.add(_issuer_start(line[: number_first.start() if number_first else motto.start()]))
        for unit in _UNIT.finditer(folded, 0, motto.start()):
            before, printed = line[: unit.start()].split(), line[unit.start() : unit.end()]
            # "ỦY BAN …" is one name, not a unit under "ỦY".
            if not before or key(before[-1]) == "UY":
                continue
            if is_upper(" ".join(before[-2:])) and printed == printed.upper():
                cuts.add(unit.start())
    recipients = re.search(r"NOI\s+NHAN\s*:", folded)
    if recipients:
        cuts.update(_signer_title_cuts(line, folded, recipients.end()))
    for rule in _RULE.finditer(line):
        # The rule under the issuer or the motto ("-------", "***") is a line of its own.
        cuts.update((rule.start(), rule.end()))
    for pattern in (_AFTER_STOP, _AFTER_END_MARK):
        cuts.update(match.end() for match in pattern.finditer(line))
    ordered = sorted(cuts)
    parts = [line[a:b].strip() for a, b in zip(ordered, ordered[1:], strict=False)]
    return [part for part in parts if part]


def _signer_title_cuts(line: str, folded: str, start: int) -> list[int]:
    """After the recipients, the signer's title in capitals opens the signer
    block ("- Lưu: VT. CHỦ TỊCH Nguyễn Văn An")."""
    cuts = []
    for stop in re.finditer(r"[.;]\s+", folded[start:]):
        at = start + stop.end()
        # Windows of a few words around each stop keep a long line linear.
        if _CAPACITY_BEFORE.search(folded[max(0, at - 8) : at]):
            continue
        first_words = " ".join(line[at : at + 40].split(" ")[:2])
        if starts_with(folded[at : at + 40], SIGNER_TITLES) and is_upper(first_words):
            cuts.append(at)
    return cuts


def _place_cuts(line: str, folded: str) -> list[int]:
    """The place-and-date line starts at the place's capitalised words before
    ", ngày 05 tháng …" ("… năm 2023 Đắk Lắk, ngày 05 tháng 3 năm 2023")."""
    cuts = []
    for date in re.finditer(r",\s*NGAY\s+[0-9]", folded):
        words = line[max(0, date.start() - 120) : date.start()].split(" ")
        count = 0
        while (
            count < min(4, len(words) - 1)
            and words[-1 - count][:1].isupper()
            # A place's name may join two names by a hyphen ("Phan Rang-Tháp Chàm").
            and all(part.isalpha() for part in words[-1 - count].split("-"))
        ):
            count += 1
        if count:
            cuts.append(date.start() - len(" ".join(words[-count:])))
    return cuts


def _issuer_start(head: str) -> int:
    """Where the issuer in capitals starts in the text before the motto, after
    any page furniture in lower case ("Hệ thống pháp luật BỘ NỘI VỤ")."""
    words = head.rstrip().split(" ")
    start = len(head.rstrip())
    for word in reversed(words):
        if not word or not (is_upper(word) or not any(c.isalpha() for c in word)):
            break
        start -= len(word) + 1
    return max(0, start + 1) if start < len(head.rstrip()) else 0


def _looks(printed: str, looks: str) -> bool:
    if looks == "capital":
        return printed[:1].isupper()
    if looks == "capitals":
        return printed == printed.upper()
    if looks == "sentence":
        return printed[:1].isupper() and printed[1:2].islower()
    return True
