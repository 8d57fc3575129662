"""The recipients ("Nơi nhận:"), a list of bullets beside or above the signer."""

from __future__ import annotations

import re

from .lines import is_name, is_upper
from .patterns import BULLET

# "Nơi nhận:" heads the recipients; "Nơi nhận hồ sơ: …" is a body sentence.
RECIPIENTS_HEADING = re.compile(r"^NOI\s+NHAN\s*(?::|$)")
# Recipients a copy ran together on one line (a table cell): "- Như Điều 3; - Lưu: VT."
_RUN_TOGETHER = re.compile(r";\s+(?=[-–—•+]\s)")
_AFTER_HEADING = re.compile(r";\s+")
# "- Lưu: VT, NC. / Huy (23 bản)": the typist and the number of copies under the
# filing note, wrapped onto a line of their own.
_COPIES = re.compile(r"\(\s*[0-9]{1,3}\s*bản\s*\)\s*[.;]?$")
# "…, các Vụ: CN, / KTTH, NN, TCCV;": a recipient's list of units in capitals
# wrapped after a comma; a signer's title never ends on ";".
_UNITS_LIST = re.compile(r"^[^,;]+(?:,\s*[^,;]+)+[;.]$")
# "- Lưu: VT, VP10, 11. / HP_VP11_QĐ": a file code on its own line under it.
_FILE_CODE = re.compile(r"^[^\W_]+(?:_[^\W_]+)+$")


def clean_recipient(text: str) -> str:
    """One recipient (or responsible unit) without its bullet and its closing ";" or
    ".". A closing "," stays: lists that separate their items with commas ("- Các
    tỉnh ủy, thành ủy,") print it as part of the item."""
    text = text.strip()
    text = BULLET.match(text).group("t") if BULLET.match(text) else text
    return text.rstrip(" ;.").strip()


class Recipients:
    """Collects the recipient lines of the document's tail, one line at a time."""

    def __init__(self):
        self.items: list[str] = []
        self.started = False
        # The last recipient ended with "," and goes on on the next line.
        self.open = False
        self.printed = ""
        # An earlier recipient was printed with its closing ";" or ",".
        self.closed = False

    def take(self, line: str, folded: str, signer_capacity: bool) -> bool:
        """Whether the line belongs to the recipients (and was taken).
        signer_capacity tells that the line is a signer's capacity in capitals
        ("TM. ỦY BAN NHÂN DÂN"), which is never a recipient."""
        if RECIPIENTS_HEADING.match(folded):
            self.started = True
            rest = line.split(":", 1)[1].strip() if ":" in line else ""
            # "Nơi nhận: Như Điều 3; Lưu: VT.": the list run on after its heading.
            self.items.extend(clean_recipient(part) for part in _AFTER_HEADING.split(rest) if part)
            return True
        if not self.started:
            return False
        bullet = BULLET.match(line)
        if bullet and not signer_capacity:
            self._add(bullet.group("t"))
            self.open = line.endswith(",")
            return True
        if bullet:
            return False
        if self.items and self.items[-1].startswith("Lưu") and _COPIES.search(line):
            self.items[-1] = clean_recipient(f"{self.printed} {line}")
            return True
        if self.items and self.items[-1].startswith("Lưu") and _FILE_CODE.match(line):
            # The file's code the typist set under the filing note: no recipient.
            return True
        if self.items and self.printed == "Như" and not signer_capacity and not is_upper(line):
            # "- Như / Điều 3;": the reference the cell wrapped after its first word.
            self.items[-1] = clean_recipient(f"Như {line}")
            self.printed = f"Như {line.strip()}"
            return True
        if self.items and (
            line[0].islower()
            or (
                (self.open or (self._cut_short() and not is_name(line)))
                and not signer_capacity
                and (
                    not is_upper(line)
                    or (self.open and _UNITS_LIST.match(line))
                    # "- VPCP: …, Cổng / TTĐTCP;": the rest of a recipient cut short,
                    # in capitals but closed by ";", which no signer's title is.
                    or (self._cut_short() and line.endswith(";"))
                )
            )
        ):
            # "- VPCP: …, Trợ lý của PTTgCP; / các Vụ: CN, KTTH;": a ";" inside one
            # recipient the copy wrapped stays in it.
            separator = " " if self.open else "; " if self.printed.endswith(";") else " "
            self.items[-1] = f"{self.items[-1]}{separator}{clean_recipient(line)}"
            self.open = line.endswith(",")
            self.printed = line.strip()
            return True
        # A copy that lost the bullets still ends each recipient with ";".
        if folded.startswith("LUU") or (line.endswith(";") and not is_upper(line)):
            self.items.append(clean_recipient(line))
            self.open = False
            self.printed = line.strip()
            return True
        return False

    def _cut_short(self) -> bool:
        """Whether the last recipient was wrapped before its end: the list closes its
        items with ";" or ",", and this one has no closing mark yet ("- Các đồng chí
        lãnh đạo / Văn phòng Trung ương Đảng,")."""
        return (
            self.closed
            and not self.printed.endswith((";", ",", "."))
            and not self.items[-1].startswith("Lưu")
        )

    def _add(self, text: str) -> None:
        parts = [part for part in _RUN_TOGETHER.split(text) if part]
        self.closed = self.closed or self.printed.endswith((";", ","))
        self.items.extend(clean_recipient(part) for part in parts)
        if parts:
            # The last recipient as printed: its end tells how a wrapped line joins it.
            self.printed = parts[-1].strip()

    def result(self) -> list[str]:
        return [item for item in self.items if item]
