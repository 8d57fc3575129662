"""The tail of the document: where the body ends, and the signer block (capacity,
title lines, the signer's name) read together with the recipients beside it.

signer_title keeps the signer's title lines, joined with newlines; signer_capacity
is the capacity closest to the name ("KT." in "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH").
"""

from __future__ import annotations

import re

from .lines import (
    cuts_body_name,
    is_name,
    is_name_in_capitals,
    is_upper,
    key,
    starts_with,
    type_heading,
)
from .patterns import ATTACHED_NOTE, BODY_WORDS, PERIOD, ROMAN, SIGNER_TITLES
from .recipients import RECIPIENTS_HEADING, Recipients
from .tail_lines import split_tail_line

# Party documents write the capacity with a slash: "T/M BAN THƯỜNG VỤ".
# A copy may lose the dot ("KT THỦ TƯỚNG"); that line is kept as printed.
_CAPACITY = re.compile(
    r"^(?:(?P<dot>TM|KT|TL|TUQ|Q)\s*\.|(?P<slash>T/M|K/T|T/L)\.?|(?P<bare>TM|KT|TL|TUQ)(?=\s+\S))"
    r"\s*(?P<rest>.*)$"
)
# "(Đã ký)", "[daky]", "(Ký tên, đóng dấu)": where the signature stood.
_SIGNED = re.compile(
    r"^[(\[]?\s*(?:đã\s*k[ýí]|k[ýí]\s*tên|k[ýí]\s*,|k[ýí]\s*và|chữ\s*k[ýí]|đóng\s*dấu|daky)"
    r"[^()\[\]]{0,40}[)\]]?$",
    re.IGNORECASE,
)
_APPENDIX_HEADINGS = ("DANH SACH", "PHU LUC", "BIEU MAU", "MAU SO")
# A glued attribute table runs the label on from the previous value ("Quyết địnhNgười ký:").
_SIGNER_LABEL = re.compile(r"(?:^|\s|(?<=[a-zà-ỹđ]))Người\s+ký\s*[:|]?\s*")
_NEXT_LABEL = re.compile(
    r"\s+(?=(?:Ngày|Lĩnh vực|Tình trạng|Loại văn bản|Số hiệu|Nơi ban hành|Cơ quan ban hành"
    r"|Chức danh|Số công báo)\b)|\|"
)


class SignerBlock:
    """Collects the signer's capacity, title lines and name, one line at a time."""

    def __init__(self):
        self.title_lines: list[str] = []
        self.capacities: list[str] = []
        self.name: str | None = None

    def take(self, line: str, capacity: re.Match | None) -> bool:
        """Whether the line belongs to the signer block (and was taken)."""
        if self.name is not None:
            return False
        # A print view may set the block in mixed case: "KT. Chủ tịch / Phó Chủ tịch".
        if capacity and (is_upper(line) or starts_with(key(capacity["rest"]), SIGNER_TITLES)):
            if capacity.group("dot"):
                # The title line is kept as printed ("KT.TRƯỞNG BAN" too).
                self.capacities.append(f"{capacity.group('dot')}.")
            elif capacity.group("bare"):
                self.capacities.append(f"{capacity.group('bare')}.")
            else:
                self.capacities.append(capacity.group("slash").replace("/", "") + ".")
            self.title_lines.append(line)
            return True
        if self._name_in_capitals(line):
            self.name = line
            return True
        if is_upper(line) and len(line) <= 90:
            if self.title_lines and _wraps_title(self.title_lines[-1], line):
                self.title_lines[-1] = f"{self.title_lines[-1]} {line}"
            else:
                self.title_lines.append(line)
            return True
        if self.title_lines and is_name(line):
            self.name = line
            return True
        if self.capacities and len(line) <= 60 and starts_with(key(line), SIGNER_TITLES):
            # A print view sets the title under the capacity in mixed case
            # ("KT. THỦ TƯỚNG / Phó Thủ tướng").
            self.title_lines.append(line)
            return True
        return False

    def _name_in_capitals(self, line: str) -> bool:
        """A name in capitals ("TRẦN VĂN NAM") under a title that ends in an office
        ("PHÓ CHỦ TỊCH"), not a wrapped line of a body's name ("… / HỒ CHÍ MINH")."""
        if not self.title_lines or not is_name_in_capitals(line):
            return False
        last = key(self.title_lines[-1])
        return any(last.endswith(title) for title in SIGNER_TITLES if not title.endswith("."))


def _wraps_title(previous: str, line: str) -> bool:
    """Whether a narrow cell broke one title line in two: inside a body's name
    ("TM. ỦY BAN NHÂN / DÂN"), after a comma ("KT. BỘ TRƯỞNG, / CHỦ NHIỆM") or
    before a last word no office is named by alone ("KT. TRƯỞNG THUẾ / TỈNH")."""
    return (
        cuts_body_name(previous, line)
        or previous.endswith(",")
        or " " not in line
        or _cuts_capacity(previous, line)
    )


def _cuts_capacity(previous: str, line: str) -> bool:
    """A capacity cut inside the office it names ("K/T CHÁNH / VĂN PHÒNG") goes on on
    the next line; one printed alone ("TM. / ỦY BAN NHÂN DÂN TỈNH") stays apart."""
    capacity = _CAPACITY.match(previous)
    if capacity is None:
        return False
    rest = key(capacity["rest"]).strip(" ,")
    if not rest:
        return False
    joined = f"{rest} {key(line)}"
    return rest not in SIGNER_TITLES and any(
        joined.startswith(title) and len(title) > len(rest) for title in SIGNER_TITLES
    )


def _with_next(parts):
    """Each line with the one after it, taken lazily: the tail of a flattened
    copy may hold the rest of the document."""
    previous = next(parts, None)
    for part in parts:
        yield previous, part
        previous = part
    if previous is not None:
        yield previous, None


class SignatureParser:
    """The end of the body, the signer and (through Recipients) the recipients."""

    def _find_tail(self, body_start: int) -> int:
        for index in range(body_start, len(self.lines)):
            line, folded = self.lines[index], self.folded[index]
            if not line:
                continue
            if RECIPIENTS_HEADING.match(folded):
                return index
            parts = split_tail_line(line)
            first = parts[0]
            if _CAPACITY.match(first) and is_upper(first):
                return index
            if len(parts) > 1 and is_name(parts[-1]) and starts_with(key(first), SIGNER_TITLES):
                # The block on one line without a capacity: "CHỦ TỊCH Nguyễn Văn An".
                return index
            if self._starts_signer_block(index):
                return index
            if line.endswith("./.") and self._tail_follows(index + 1):
                return index + 1
        return len(self.lines)

    def _tail_follows(self, index: int) -> bool:
        """ "./." closes the body only when the signer or recipients come next."""
        following = self._next_nonblank(index)
        if following is None:
            return False
        line = self.lines[following]
        return (
            RECIPIENTS_HEADING.match(self.folded[following])
            or (is_upper(line) and len(line) <= 90 and not ROMAN.match(line))
            or is_name(line)
            or bool(_SIGNED.match(line))
        )

    def _starts_signer_block(self, index: int) -> bool:
        line, folded = self.lines[index], self.folded[index]
        if not is_upper(line) or len(line) > 70 or ROMAN.match(line) or PERIOD.match(folded):
            return False
        if not (starts_with(folded, SIGNER_TITLES) or starts_with(folded, BODY_WORDS)):
            return False
        for following in self._nonblank_indices(index + 1, 4):
            nxt = self.lines[following]
            if is_name(nxt):
                return True
            if not (is_upper(nxt) or _SIGNED.match(nxt)):
                return False
        return False

    def _parse_tail(self, start: int) -> None:
        recipients, signer = Recipients(), SignerBlock()
        printed = (
            part for whole in self.lines[start:] for part in split_tail_line(whole) if part
        )
        for line, after in _with_next(printed):
            folded = key(line)
            if _SIGNED.match(line):
                continue
            if ATTACHED_NOTE.match(after or ""):
                # The heading of a regulation attached after the signature.
                break
            capacity = _CAPACITY.match(line)
            if recipients.take(line, folded, signer_capacity=bool(capacity and is_upper(line))):
                continue
            if starts_with(folded, _APPENDIX_HEADINGS) or type_heading(line):
                # The annex after the signature ("DANH SÁCH …", "PHỤ LỤC …").
                break
            if signer.take(line, capacity):
                continue
            # Anything else (a footer, a menu) ends the document.
            break
        self.doc.recipients = recipients.result()
        if signer.name is not None:
            self.doc.signer_name = signer.name
        if signer.title_lines:
            self.doc.signer_title = "\n".join(signer.title_lines)
        if signer.capacities:
            self.doc.signer_capacity = signer.capacities[-1]
        if self.doc.signer_name is None:
            self.doc.signer_name = self._signer_in_metadata()

    def _signer_in_metadata(self) -> str | None:
        """A legal database's page names the signer in its metadata block
        ("Người ký: Nguyễn Kim Dũng", or "Người ký" and the name in the next cell)
        when the copy of the text stops before its signature."""
        for index, line in enumerate(self.lines):
            label = _SIGNER_LABEL.search(line)
            if not label:
                continue
            rest = _NEXT_LABEL.split(line[label.end() :], maxsplit=1)[0].strip(" |")
            if not rest:
                following = self._next_nonblank(index + 1, min(index + 3, len(self.lines)))
                rest = self.lines[following] if following is not None else ""
            if is_name(rest):
                return rest
        return None
