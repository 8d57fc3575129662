"""What the parser returns: the document's fields, its body outline and a plan's
task table. A field that is not in the text stays None (or an empty list)."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field

DOCUMENT_TYPES: dict[str, str] = {
    "KH": "Kế hoạch",
    "CT": "Chỉ thị",
    "QĐ": "Quyết định",
    "CV": "Công văn",
    "HD": "Hướng dẫn",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "NQ": "Nghị quyết",
    "TTr": "Tờ trình",
    "CTr": "Chương trình",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "KL": "Kết luận",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "GM": "Giấy mời",
    "BB": "Biên bản",
    "CĐ": "Công điện",
    "TT": "Thông tư",
    "NĐ": "Nghị định",
    "TTLT": "Thông tư liên tịch",
}

SIGNER_CAPACITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


@dataclass
class Section:
    """A numbered part of the body: I./II. (level 1), 1./Điều 1. (level 2),
    1.1. (level 3), a) (level 4). Level 0 is the unnumbered text before the first
    heading. Bulleted paragraphs keep a leading "- "."""

    marker: str
    heading: str
    level: int
    paragraphs: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)


@dataclass
class Task:
    """One row of a plan's task table."""

    number: str
    text: str
    responsible_units: list[str] = field(default_factory=list)
    deadline: str | None = None


@dataclass
class TaskGroup:
    """Tasks under one period heading (QUÝ I, Tháng 3, Cả năm …); period is None
    for tasks listed before any heading."""

    period: str | None
    tasks: list[Task] = field(default_factory=list)


@dataclass
class ParsedDocument:
    """Everything the parser found in one document; missing fields stay empty."""

    number: str | None = None
    document_type_code: str | None = None
    document_type_name: str | None = None
    title: str | None = None
    issuing_body: str | None = None
    issuing_parent: str | None = None
    issuing_place: str | None = None
    issued_on: datetime.date | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    signer_capacity: str = ""
    legal_bases: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    tasks: list[TaskGroup] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """A JSON-ready dict (the date as an ISO string)."""
        data = asdict(self)
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        return data
