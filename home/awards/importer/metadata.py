"""The decision behind a list, from what the file says about it: the decision's own
header when the Word file is the decision itself, the "(Kèm theo Quyết định số
1187/QĐ-UBND ngày 12 tháng 3 năm 2024 của Chủ tịch UBND tỉnh)" line under a list's
title, and the title itself ("DANH SÁCH … ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH …").

Numbers and dates are read by the document importer's own parser
(documents.importer.parser), never by a second set of patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from documents.importer.parser import ParsedDocument, parse_bytes, parse_text
from search.text import normalize, strip_marks

_REFERENCE = re.compile(r"quyết\s+định\s+số\s*[:.]?\s*(?P<rest>[^()]+)", re.IGNORECASE)
_ISSUER = re.compile(
    r"\bcủa\s+(?:(?:chủ\s+tịch|giám\s+đốc|trưởng\s+ban)\s+)?(?P<body>.+)$", re.IGNORECASE
)
_GRANTED = re.compile(
    r"(?:\bĐƯỢC\s+|\bVỀ\s+VIỆC\s+)(?:TẶNG\s+THƯỞNG|PHONG\s+TẶNG|TẶNG|CÔNG\s+NHẬN)\s+"
    r"(?:DANH\s+HIỆU\s+)?(?P<award>.+)$",
    re.IGNORECASE,
)
# What follows the award's name in a title: the year or period, the reason.
_AWARD_TAIL = re.compile(
    r"\s*[,;:(]|\s+(?:NĂM\s+(?:HỌC\s+)?\d|GIAI\s+ĐOẠN|VÌ\s+|ĐÃ\s+CÓ|TRONG\s+)", re.IGNORECASE
)
_PERIOD = re.compile(
    r"\b(?:giai\s+đoạn|năm\s+học|năm)\s+(?P<period>\d{4}(?:\s*[-–]\s*\d{4})?)", re.IGNORECASE
)
_ABBREVIATIONS = {
    "UBND",
    "HDND",
    "TDKT",
    "MTTQ",
    "THPT",
    "THCS",
    "CSTD",
    "LDTT",
    "BCH",
    "TW",
    "QD",
    "CP",
}
# Kept in capitals when a title in capitals is written in sentence case.
_CAPITALISED = {"chủ tịch": "Chủ tịch", "thủ tướng": "Thủ tướng", "chính phủ": "Chính phủ"}


@dataclass
class DecisionFacts:
    parsed: ParsedDocument = field(default_factory=ParsedDocument)
    award_text: str = ""
    period: str = ""
    # True when the file holds the decision itself (its header was found).
    is_decision_text: bool = False


def sentence_case(text):
    """ "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH" → "Bằng khen của Chủ tịch UBND tỉnh": the
    abbreviations of officialdom stay in capitals."""
    if text != text.upper():
        return text
    words = [
        word if strip_marks(word).strip(",.") in _ABBREVIATIONS else word.lower()
        for word in text.split()
    ]
    result = " ".join(words)
    for lower, proper in _CAPITALISED.items():
        result = result.replace(lower, proper)
    return result[:1].upper() + result[1:]


def _reference(line, facts):
    match = _REFERENCE.search(line)
    if not match:
        return
    rest = match.group("rest").strip()
    # The document parser reads "ngày … của <body>" as the date of a text cited in a
    # sentence, so it is given the number and date alone; the body is read below.
    found = parse_text("Số: " + re.split(r"\s+của\s", rest, maxsplit=1, flags=re.IGNORECASE)[0])
    facts.parsed.number = facts.parsed.number or found.number
    facts.parsed.issued_on = facts.parsed.issued_on or found.issued_on
    issuer = _ISSUER.search(rest)
    if issuer and not facts.parsed.issuing_body:
        facts.parsed.issuing_body = issuer.group("body").strip(" .;)")


def _title(line, facts):
    match = _GRANTED.search(line)
    if match and not facts.award_text:
        award = _AWARD_TAIL.split(match.group("award"), maxsplit=1)[0]
        facts.award_text = sentence_case(award.strip(" .:"))[:255]
    period = _PERIOD.search(line)
    if period and not facts.period:
        facts.period = " ".join(period.group("period").split())


def from_decision_text(data, filename):
    """The header of a Word file that is the decision itself, or None when it is a
    list alone. Only the header, signature and bases are taken: the text may quote
    the list, with whatever personal data it carries."""
    parsed = parse_bytes(data, filename)
    if not (parsed.number and parsed.issued_on and parsed.document_type_code == "QĐ"):
        return None
    return ParsedDocument(
        number=parsed.number,
        document_type_code="QĐ",
        title=parsed.title,
        issuing_body=parsed.issuing_body,
        issuing_place=parsed.issuing_place,
        issued_on=parsed.issued_on,
        signer_name=parsed.signer_name,
        signer_title=parsed.signer_title,
        signer_capacity=parsed.signer_capacity,
        legal_bases=parsed.legal_bases,
        recipients=parsed.recipients,
    )


def read_facts(lines, document_bytes=None, filename=""):
    """What the file says about its decision."""
    facts = DecisionFacts()
    if document_bytes is not None:
        parsed = from_decision_text(document_bytes, filename)
        if parsed is not None:
            facts.parsed = parsed
            facts.is_decision_text = True
    facts.parsed.document_type_code = "QĐ"
    for line in lines:
        line = normalize(line)
        _reference(line, facts)
        _title(line, facts)
    if facts.is_decision_text and facts.parsed.title:
        _title(facts.parsed.title.upper(), facts)
    return facts
