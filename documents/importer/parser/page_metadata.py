"""The attribute block a legal database prints beside a document ("Số hiệu:
16/HD-MT", "Loại văn bản | Hướng dẫn |", "Cơ quan ban hành: Uỷ ban MTTQ …"), read
when the copy holds no official header: the page then names the document better
than any guess from its text. Its dates are left out: such a block mixes the dates
of issue, update and effect ("Ngày cập nhật", "Ngày có hiệu lực")."""

from __future__ import annotations

import re

_LABELS = {"SO HIEU": "number", "LOAI VAN BAN": "type", "CO QUAN BAN HANH": "issuer"}
# "Số hiệu: 16/HD-MT" on one line, or the label and its value in two table cells.
_FIELD = re.compile(r"^(?P<label>[^:|]{4,20}?)\s*(?:[:|]\s*(?P<value>.*?))?\s*\|?$")


def page_metadata(lines: list[str], folded: list[str]) -> dict[str, str]:
    """The number, type name and issuer the page's attribute block gives."""
    found: dict[str, str] = {}
    for index, line in enumerate(lines):
        match = _FIELD.match(line) if line else None
        if not match:
            continue
        name = _LABELS.get(folded[index][: len(match.group("label"))].strip())
        if name is None or name in found:
            continue
        value = match.group("value")
        if not value and index + 1 < len(lines):
            # The value in the next cell: "Số hiệu" / "05/2025/NQ-HĐND".
            value = lines[index + 1]
        value = (value or "").strip(" |")
        if value and len(value) <= 120:
            found[name] = value
    return found
