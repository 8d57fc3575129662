"""The head of an official document as issued (Nghị định 30/2020/NĐ-CP, Phụ lục I): on
the left the issuing body under its parent body and the number, on the right the
national title, the motto and the place-and-date line; then the type and the subject.
The print view and the DOCX export both lay out what `letterhead` returns.

The issuing body snippet holds one full name, and the parent body is read from it:
"Sở Nội vụ tỉnh Sông Xanh" prints "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH" over "SỞ NỘI VỤ";
"Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Sông Xanh" names its parent after the
comma; a people's committee or council prints its name over its locality, with no
parent, as the decree's samples do. When the snippet names its parent body, that
parent's full name is printed instead and the body's own name without its locality.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from documents.choices import BodyLevel, DocumentType

# "tỉnh Sông Xanh", "thành phố Hà Nội", "xã Tân Lập": where the locality starts.
_LOCALITY = re.compile(r"\s(tỉnh|thành phố|đặc khu|thị xã|thị trấn|xã|phường|huyện|quận)\s+(\w)")
# Bodies elected for their locality print its name under theirs and have no parent.
_SELF_GOVERNING = ("ủy ban nhân dân", "hội đồng nhân dân")
_ABOUT = re.compile(r"^về\s+việc\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Issuer:
    """The left column's top: the parent body (capitals, plain) and the issuing
    body's lines (capitals, bold)."""

    parent: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Letterhead:
    issuer: Issuer
    number_line: str
    # A Công văn carries no type name; its subject ("V/v …") goes under the number.
    letter_subject: str
    national_title: str
    motto: str
    date_line: str
    type_heading: str
    subject: str


def split_locality(name):
    """("Sở Nội vụ", "tỉnh Sông Xanh") for "Sở Nội vụ tỉnh Sông Xanh"; (name, "")
    when no locality with a capitalised place name follows."""
    for match in _LOCALITY.finditer(name):
        if match.group(2).isupper() or match.group(2).isdigit():
            return name[: match.start()].strip(), name[match.start() :].strip()
    return name.strip(), ""


def _split_parent(name):
    """(own name, parent's name) of "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh …"."""
    own, comma, parent = name.rpartition(", ")
    if comma and own and parent[:1].isupper():
        return own.strip(), parent.strip()
    return name, ""


def organisation_name(body_name):
    """The body's own name without parent or locality: "Ủy ban nhân dân" for
    "Ủy ban nhân dân tỉnh Sông Xanh", as "TM. ỦY BAN NHÂN DÂN" prints it."""
    own, _parent = _split_parent(" ".join((body_name or "").split()))
    return split_locality(own)[0]


def issuer_of(body_name, level="", parent_name=""):
    name = " ".join((body_name or "").split())
    if not name:
        return Issuer("", ())
    parent_name = " ".join((parent_name or "").split())
    if parent_name:
        return Issuer(parent_name.upper(), (organisation_name(name).upper(),))
    own, parent = _split_parent(name)
    if parent:
        return Issuer(parent.upper(), (own.upper(),))
    organisation, locality = split_locality(name)
    if not locality or level == BodyLevel.NATIONAL:
        return Issuer("", (name.upper(),))
    if organisation.casefold().startswith(_SELF_GOVERNING):
        return Issuer("", (organisation.upper(), locality.upper()))
    return Issuer(f"Ủy ban nhân dân {locality}".upper(), (organisation.upper(),))


def place_name(place, body_name=""):
    """The place printed before the date: the page's own, else the issuing body's
    province or city without the word "tỉnh" or "thành phố"."""
    if place:
        return place.strip()
    locality = split_locality(" ".join((body_name or "").split()))[1]
    return re.sub(r"^(?:tỉnh|thành phố)\s+", "", locality)


def date_line(place, issued_on):
    """The line "Sông Xanh, ngày 05 tháng 3 năm 2024": the decree writes a zero
    before days under 10 and months 1 and 2 only."""
    if issued_on is None:
        return ""
    values = {
        "place": place,
        "day": f"{issued_on.day:02d}",
        "month": f"{issued_on.month:02d}" if issued_on.month < 3 else str(issued_on.month),
        "year": issued_on.year,
    }
    if place:
        return _("%(place)s, ngày %(day)s tháng %(month)s năm %(year)s") % values
    return _("Ngày %(day)s tháng %(month)s năm %(year)s") % values


def letterhead(page):
    """The Letterhead of an official document page."""
    body = page.issuing_body if page.issuing_body_id else None
    body_name = body.name if body else ""
    parent = body.parent_in_own_language() if body else None
    is_letter = page.document_type == DocumentType.OFFICIAL_LETTER
    subject = " ".join((page.subject or "").split())
    return Letterhead(
        issuer=issuer_of(body_name, body.level if body else "", parent.name if parent else ""),
        number_line=_("Số: %(number)s") % {"number": page.number} if page.number else "",
        letter_subject=_ABOUT.sub("V/v ", subject) if is_letter else "",
        national_title=_("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        motto=_("Độc lập - Tự do - Hạnh phúc"),
        date_line=date_line(place_name(page.place_of_issue, body_name), page.issued_on),
        type_heading="" if is_letter else page.document_type_name.upper(),
        subject="" if is_letter else subject,
    )
