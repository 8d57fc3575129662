"""The tail's lines as the signature block prints them, when a copy has run
them together: "Nơi nhận: TM. ỦY BAN NHÂN DÂN" (the recipients' heading beside
the signer's capacity), "- Như Điều 3; KT. CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH
(Đã ký) Nguyễn Văn An" (the whole block on one line)."""

from __future__ import annotations

import re

from .lines import is_name, is_upper

# "(Đã ký)", "[daky]", "(Ký tên, đóng dấu)" inside a line.
_SIGNED_MARK = re.compile(
    r"\s*[(\[]\s*(?:đã\s*k[ýí]|k[ýí]\s*tên|k[ýí]\s*và|k[ýí]\s*,|daky)[^()\[\]]{0,40}[)\]]\s*",
    re.IGNORECASE,
)
# A capacity that opens a signer block in the middle of a line.
_CAPACITY_INSIDE = re.compile(r"(?<=\S)\s+(?=(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\.?\s+\S)")
_RECIPIENT_THEN_TITLE = re.compile(r"^[-–—•+*][^;]*;\s+(?=\S)")
# A capital after two capitals, then a small letter: where a title ends and the
# name glued to it begins.
_GLUED_NAME = re.compile(r"(?<=[^\W\d_a-zà-ỹđ]{2})(?=[^\W\d_a-zà-ỹđ][a-zà-ỹđ])")
_RECIPIENTS_THEN = re.compile(r"^(?P<head>N[ơƠ]I\s+NH[ậẬ]N\s*:)\s*(?P<rest>.+)$", re.IGNORECASE)


def split_tail_line(line: str) -> list[str]:
    """The printed lines of the tail that this line holds (usually just itself)."""
    if not line:
        return [line]
    heading = _RECIPIENTS_THEN.match(line)
    if heading and is_upper(heading.group("rest").split(" (")[0][:40]):
        return [heading.group("head"), *split_tail_line(heading.group("rest"))]
    parts: list[str] = []
    for piece in _SIGNED_MARK.split(line):
        parts.extend(_split_capacities(piece))
    parts = [part for part in parts if part]
    result: list[str] = []
    for part in parts:
        result.extend(_split_name(part))
    return result or [line]


def _split_capacities(piece: str) -> list[str]:
    """Cut before each capacity that follows text ("- Như Điều 3; KT. CHỦ TỊCH",
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"), when what follows is in capitals, and
    before a title in capitals beside a recipient ("- Như Điều 2; PHÓ CHỦ TỊCH"),
    which, unlike a recipient's second unit ("- Các Bộ: TC; GD&ĐT;", "- TT Thành ủy; TT.
    HĐND TP,"), ends without ";" or ","."""
    cuts = [0]
    beside = _RECIPIENT_THEN_TITLE.search(piece)
    # "- Lưu (VP ; KT&KĐCL).": a ";" inside brackets cuts nothing.
    before = piece[: beside.end()] if beside else ""
    title = piece[beside.end() :] if beside else ""
    if (
        beside
        and is_upper(title)
        and not title.endswith((";", ","))
        and before.count("(") <= before.count(")")
    ):
        cuts.append(beside.end())
    for match in _CAPACITY_INSIDE.finditer(piece):
        following = piece[match.end() :].split(" (")[0]
        if is_upper(" ".join(following.split(" ")[:3])):
            cuts.append(match.end())
    cuts.append(len(piece))
    return [piece[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]


def _split_name(part: str) -> list[str]:
    """ "PHÓ CHỦ TỊCH Nguyễn Văn An": the title in capitals, then the name; a
    copy may even glue them ("CHÁNH VĂN PHÒNGThái Hữu Phép")."""
    if is_name(part):
        # A name that opens with a one-letter word ("Y Thanh Hà Niê Kđăm") is whole.
        return [part]
    glued = _GLUED_NAME.search(part)
    if glued and is_name(part[glued.start() :]) and is_upper(part[: glued.start()]):
        return [part[: glued.start()], part[glued.start() :]]
    words = part.split(" ")
    if len(words) < 3 or not is_upper(words[0]):
        return [part]
    for size in range(min(6, len(words) - 1), 1, -1):
        name, title = " ".join(words[-size:]), " ".join(words[:-size])
        if is_name(name) and is_upper(title) and not is_upper(name):
            return [title, name]
    return [part]
