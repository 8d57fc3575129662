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

_TYPE_WORDS = "|".join(
    sorted(
        (re.escape(key(name).upper()) for name in DOCUMENT_TYPES.values()), key=len, reverse=True
    )
)
# (pattern on the folded line, whether the printed text must start in capitals
# at the cut, whether the whole matched word must be printed in capitals)
_CUTS: tuple[tuple[re.Pattern, bool, bool], ...] = (
    (MOTTO_1, False, False),
    (re.compile(r"DOC\s*LAP\s*[-–—]+\s*TU\s*DO\s*[-–—]+\s*HANH\s*PHUC"), False, False),
    (re.compile(r"SO\s*:\s*[0-9]"), True, False),
    (
        re.compile(r"(?:CHU\s+TICH\s+)?(?:UY\s+BAN\s+NHAN\s+DAN|HOI\s+DONG\s+NHAN\s+DAN)\s"),
        True,
        True,
    ),
    (re.compile(r"V/V\s|VE\s+VIEC\s"), True, False),
    (re.compile(r"CAN\s+CU\s"), True, False),
    (re.compile(r"XET\s|THEO\s+DE\s+NGHI\s"), True, False),
    (re.compile(r"KINH\s+GUI\s*:"), True, False),
    (re.compile(r"(?:QUYET\s+DINH|QUYET\s+NGHI|NGHI\s+QUYET)\s*:"), True, True),
    (re.compile(r"NOI\s+NHAN\s*:"), True, False),
    (re.compile(r"KHOA\s+[IVXLC0-9]+\b"), True, True),
    (re.compile(r"(?:TM|KT|TL|TUQ)\.\s"), True, True),
)
_CAPACITY_BEFORE = re.compile(r"(?:^|\s)(?:TM|KT|TL|TUQ|Q)\.\s*$")
# A unit under its parent in a header run together ("UBND TỈNH ĐẮK LẮK SỞ NỘI VỤ").
_UNIT = re.compile(r"(?<=\s)(?:SO|BAN|PHONG|VAN\s+PHONG|TRUONG|CHI\s+CUC|TRUNG\s+TAM)\s")
# The type heading: the first type name in capitals after the number.
_TYPE_HEADING = re.compile(rf"(?:{_TYPE_WORDS})(?=\s)")
# A body named inside a subject ("… CỦA ỦY BAN NHÂN DÂN TỈNH") is not a line of its own.
_INSIDE_SUBJECT = re.compile(r"(?:CUA|VA|VOI)\s+$")
# Articles, numbered headings and bullets open a line after a full stop, colon
# or semicolon.
_AFTER_STOP = re.compile(
    r"(?<=[.:;])\s+(?=(?:Điều\s+[0-9]{1,3}\s*[.:]|[IVX]{1,5}\.|[0-9]{1,2}\.|[a-zđ]\)|[-–•+])\s)"
)
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
    return bool(MOTTO_1.search(folded) or re.search(r"NOI\s+NHAN\s*:", folded))


def split_run_on(line: str) -> list[str]:
    """The printed lines a flattened document holds."""
    folded = key(line)
    if len(folded) != len(line):
        return [line]
    cuts = {0, len(line)}
    for pattern, capital_start, all_capitals in _CUTS:
        for match in pattern.finditer(folded):
            start = match.start()
            if start and not line[start - 1].isspace():
                continue
            printed = line[start : match.end()]
            if capital_start and not printed[:1].isupper():
                continue
            if all_capitals and printed != printed.upper():
                continue
            if _INSIDE_SUBJECT.search(folded[max(0, start - 6) : start]):
                continue
            cuts.add(start)
            if pattern is _CUTS[1][0]:
                cuts.add(match.end())
    number = re.search(r"SO\s*:\s*[0-9]", folded)
    for match in _TYPE_HEADING.finditer(folded, number.end() if number else 0):
        printed = line[match.start() : match.end()]
        if printed == printed.upper() and line[match.start() - 1].isspace():
            cuts.add(match.start())
            break
    cuts.update(_place_cuts(line, folded))
    motto = MOTTO_1.search(folded)
    if motto:
        for unit in _UNIT.finditer(folded, 0, motto.start()):
            before, printed = line[: unit.start()].split(), line[unit.start() : unit.end()]
            if before and is_upper(" ".join(before[-2:])) and printed == printed.upper():
                cuts.add(unit.start())
    recipients = re.search(r"NOI\s+NHAN\s*:", folded)
    if recipients:
        cuts.update(_signer_title_cuts(line, folded, recipients.end()))
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
        if _CAPACITY_BEFORE.search(folded[:at]):
            continue
        if starts_with(folded[at:], SIGNER_TITLES) and is_upper(" ".join(line[at:].split(" ")[:2])):
            cuts.append(at)
    return cuts


def _place_cuts(line: str, folded: str) -> list[int]:
    """The place-and-date line starts at the place's capitalised words before
    ", ngày 05 tháng …" ("… năm 2023 Đắk Lắk, ngày 05 tháng 3 năm 2023")."""
    cuts = []
    for date in re.finditer(r",\s*NGAY\s+[0-9]", folded):
        words = line[: date.start()].split(" ")
        count = 0
        while count < min(4, len(words) - 1) and words[-1 - count][:1].isupper():
            count += 1
        if count:
            cuts.append(date.start() - len(" ".join(words[-count:])))
    return cuts
