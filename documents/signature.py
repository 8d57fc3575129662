"""The signature block of an official document as Nghị định 30/2020/NĐ-CP lays it out:
the capacity lines in capitals, then the signer's name. The page, its print view and
its DOCX export all read it from here.

Editors give three fields: the capacity (TM., KT., Q., TL., TUQ. or none), the signer's
own title ("Phó Chủ tịch") and the name. The lines the decree asks for are derived:

    TM.   TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH   (the collective from the issuing body)
    KT.   KT. CHỦ TỊCH / PHÓ CHỦ TỊCH      (the head is the title without "Phó")
    Q.    Q. GIÁM ĐỐC
    TL.   TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG   (the head from the issuing body's kind)
    TUQ.  TUQ. GIÁM ĐỐC / TRƯỞNG PHÒNG
    none  GIÁM ĐỐC

The title may also name the collective or the head before a dash or on a line of its
own ("Hội đồng – Chủ tịch", "Chủ tịch – Chánh Văn phòng"), which wins over what the
issuing body suggests; with KT. or Q. a collective there adds the "TM." line above.
"""

import re
from dataclasses import dataclass

from documents.letterhead import organisation_name

# Words that open a person's post, as opposed to the name of a collective body.
POST_WORDS = (
    "chủ tịch",
    "phó ",
    "giám đốc",
    "tổng giám đốc",
    "trưởng",
    "bí thư",
    "chánh ",
    "thủ tướng",
    "bộ trưởng",
    "thứ trưởng",
    "cục trưởng",
    "chi cục trưởng",
    "vụ trưởng",
    "viện trưởng",
    "hiệu trưởng",
    "thủ trưởng",
    "quyền ",
    "ủy viên",
)
# The head of a body, by the first words of its name: whom a TL./TUQ. signer signs for
# and who chairs a collective that signs TM.
HEADS = (
    ("ủy ban nhân dân", "Chủ tịch"),
    ("hội đồng", "Chủ tịch"),
    ("ban chấp hành", "Bí thư"),
    ("ban thường vụ", "Bí thư"),
    ("chính phủ", "Thủ tướng"),
    ("bộ ", "Bộ trưởng"),
    ("sở ", "Giám đốc"),
    ("chi cục", "Chi cục trưởng"),
    ("cục ", "Cục trưởng"),
    ("văn phòng", "Chánh Văn phòng"),
    ("thanh tra", "Chánh Thanh tra"),
    ("viện ", "Viện trưởng"),
    ("trường ", "Hiệu trưởng"),
    ("ban ", "Trưởng ban"),
)
# "Hội đồng – Chủ tịch", "Chủ tịch / Chánh Văn phòng" or two lines.
_PARTS = re.compile(r"\s*(?:\n|\s[–—/-]\s)\s*")
_ACTING = re.compile(r"^(?:quyền|q\.)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class SignatureBlock:
    """What the signature area prints: capacity lines (capitals) and the name."""

    capacity_lines: tuple[str, ...]
    name: str

    def __bool__(self):
        return bool(self.capacity_lines or self.name)

    @property
    def lines(self):
        return [*self.capacity_lines, *([self.name] if self.name else [])]


def is_post(text):
    folded = text.casefold()
    return folded.startswith(POST_WORDS)


def head_of(body_name):
    """The head's title of a body named so ("Sở Nội vụ" → "Giám đốc"), or ""."""
    folded = (body_name or "").casefold() + " "
    for opening, head in HEADS:
        if folded.startswith(opening):
            return head
    return ""


def deputy_of(title):
    """Whom a deputy stands in for: "Phó Chủ tịch" → "Chủ tịch", "Thứ trưởng" →
    "Bộ trưởng"; "" when the title does not say."""
    folded = title.casefold()
    if folded.startswith("phó "):
        return title[4:].strip()
    if folded.startswith("thứ trưởng"):
        return "Bộ trưởng"
    return ""


def _split(title):
    """(the collective or head named before the dash, the signer's own title)."""
    parts = [part for part in _PARTS.split(title.strip()) if part]
    if len(parts) >= 2 and is_post(parts[-1]):
        return " ".join(parts[:-1]), parts[-1]
    # A dash inside one title stays: "Trưởng Ban Thi đua – Khen thưởng".
    return "", " ".join(title.split())


def signature_block(capacity, title, name, issuing_body_name=""):
    """The SignatureBlock for these fields; `issuing_body_name` supplies the collective
    (TM.) and the head (TL., TUQ.) when the title does not name them. Where neither
    says, the capacity stands before the title on one line, as it was written."""
    capacity = (capacity or "").strip()
    before, own = _split(title or "")
    organisation = organisation_name(issuing_body_name)
    lines = []
    if capacity == "TM.":
        if not before and own and not is_post(own):
            before, own = own, head_of(own)
        collective = before or organisation
        lines = [f"TM. {collective}" if collective else f"TM. {own}", own if collective else ""]
    elif capacity in ("KT.", "Q."):
        collective, own = (before, own) if not is_post(before) else ("", own)
        if collective:
            lines.append(f"TM. {collective}")
        if capacity == "Q.":
            lines.append(f"Q. {_ACTING.sub('', own)}")
        else:
            head = (before if is_post(before) else "") or deputy_of(own)
            lines.extend([f"KT. {head}", own] if head else [f"KT. {own}"])
    elif capacity in ("TL.", "TUQ."):
        head = before or head_of(organisation)
        lines = [f"{capacity} {head}", own] if head else [f"{capacity} {own}"]
    else:
        lines = [own]
    return SignatureBlock(
        capacity_lines=tuple(line.upper() for line in lines if line.strip()),
        name=(name or "").strip(),
    )
