"""Award lists into decisions with rows: read the file (tables), find the header and
rows (columns, listing), learn the decision from the file (metadata), apply the
options and save (saving). `import_file` is what the command and the admin call."""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from documents.importer.pages import ImportRefused
from documents.importer.parser import ParsedDocument
from home.awards.importer.listing import ListedRow, parse_tables
from home.awards.importer.metadata import DecisionFacts, read_facts
from home.awards.importer.saving import (
    AwardCatalogue,
    Refused,
    archive_parent,
    existing_decision,
    make_rows,
    new_decision,
    save_rows,
)
from home.awards.importer.tables import Unreadable, read_source
from home.awards.levels import district_rows, refusal


@dataclass
class Options:
    decision: str = ""
    date: datetime.date | None = None
    award: str = ""
    issuer: str = ""
    parent: int | None = None
    publish: bool = False
    dry_run: bool = False


@dataclass
class Report:
    """One file's outcome, as `--json` prints it."""

    source: str
    decision: str = ""
    date: str | None = None
    award: str = ""
    collective: int = 0
    individual: int = 0
    page_id: int | None = None
    warnings: list[str] = field(default_factory=list)
    ok: bool = True

    def as_json(self):
        return {
            "source": self.source,
            "decision": self.decision,
            "date": self.date,
            "award": self.award,
            "collective": self.collective,
            "individual": self.individual,
            "page_id": self.page_id,
            "warnings": self.warnings,
        }


def _apply_options(facts, options):
    parsed = facts.parsed
    parsed.number = options.decision or parsed.number
    parsed.issued_on = options.date or parsed.issued_on
    parsed.issuing_body = options.issuer or parsed.issuing_body
    facts.award_text = options.award or facts.award_text
    if not parsed.title:
        parsed.title = (
            _("Về việc tặng %(award)s") % {"award": facts.award_text}
            if facts.award_text
            else _("Về việc khen thưởng")
        )


@dataclass
class Prepared:
    """A file read and checked but not saved: what the admin previews. It holds no
    personal data (those columns were never read), so it may wait in the session."""

    report: Report
    rows: list[ListedRow]
    facts: DecisionFacts

    def to_session(self):
        parsed = self.facts.parsed
        return {
            "report": asdict(self.report),
            "rows": [asdict(row) for row in self.rows],
            "award_text": self.facts.award_text,
            "period": self.facts.period,
            "parsed": {
                **{name: getattr(parsed, name) for name in SESSION_FIELDS},
                "issued_on": parsed.issued_on.isoformat() if parsed.issued_on else None,
            },
        }

    @classmethod
    def from_session(cls, data):
        parsed = ParsedDocument(
            document_type_code="QĐ", **{name: data["parsed"][name] for name in SESSION_FIELDS}
        )
        if data["parsed"]["issued_on"]:
            parsed.issued_on = datetime.date.fromisoformat(data["parsed"]["issued_on"])
        return cls(
            report=Report(**data["report"]),
            rows=[ListedRow(**row) for row in data["rows"]],
            facts=DecisionFacts(
                parsed=parsed, award_text=data["award_text"], period=data["period"]
            ),
        )


SESSION_FIELDS = (
    "number",
    "title",
    "issuing_body",
    "issuing_place",
    "signer_name",
    "signer_title",
    "signer_capacity",
    "legal_bases",
    "recipients",
)


def import_file(data, filename, options, user=None):
    """Read one file and, unless it is a dry run, save its rows; never raises for
    anything in the file: what goes wrong is in the report."""
    report = Report(source=filename)
    try:
        prepared = prepare(data, filename, options, report)
        commit(prepared, options, user=user)
    except (Unreadable, Refused, ImportRefused) as error:
        report.ok = False
        report.page_id = None
        report.warnings.append(str(error))
    return report


def prepare(data, filename, options, report=None):
    """Read `data` into rows and the decision's facts; raises Unreadable or Refused."""
    report = report or Report(source=filename)
    source = read_source(data, filename)
    listed = parse_tables(source.tables)
    report.warnings.extend(listed.warnings)
    if listed.dropped:
        report.warnings.append(
            _("Đã bỏ các cột dữ liệu cá nhân: %(columns)s.")
            % {"columns": ", ".join(listed.dropped)}
        )
    if not listed.rows:
        raise Refused(_("Không đọc được dòng nào của danh sách."))
    facts = read_facts([*source.lines, *listed.lines], source.document_bytes, filename)
    _apply_options(facts, options)
    for row in listed.rows:
        if row.year is None and facts.period:
            row.period = facts.period
            row.year = int(facts.period[-4:])
    report.collective, report.individual = listed.counts()
    prepared = Prepared(report=report, rows=listed.rows, facts=facts)
    describe(prepared)
    return prepared


def describe(prepared):
    """The report's decision, date and award from the facts as they now stand."""
    parsed, report = prepared.facts.parsed, prepared.report
    report.decision = parsed.number or ""
    report.date = parsed.issued_on.isoformat() if parsed.issued_on else None
    report.award = prepared.facts.award_text


def commit(prepared, options, user=None):
    """Save the rows on their decision (a dry run only checks); raises Refused or
    ImportRefused when the decision cannot be made."""
    parsed, report = prepared.facts.parsed, prepared.report
    describe(prepared)
    if not parsed.number:
        raise Refused(_("Không tìm thấy số quyết định trong tệp: dùng --decision."))
    decision = existing_decision(parsed.number) if not options.dry_run else None
    catalogue = AwardCatalogue(report.warnings)
    parent = None
    if decision is None:
        if not parsed.issued_on:
            raise Refused(_("Không tìm thấy ngày ban hành quyết định: dùng --date."))
        decision = new_decision(parsed, report.warnings)
        parent = archive_parent(options.parent)
    rows = make_rows(decision, prepared.rows, prepared.facts.award_text, catalogue, report.source)
    # Checked before anything is saved: a refused file leaves no page and no rows.
    found = district_rows(
        decision.issued_on,
        [
            (position, row.award.level if row.award else "", row.award_text)
            for position, row in enumerate(rows, start=1)
        ],
    )
    if found:
        raise Refused(refusal(decision.issued_on, found))
    if options.dry_run:
        return
    save_rows(decision, rows, report.source, parent=parent, publish=options.publish, user=user)
    report.page_id = decision.pk


def import_path(path, options):
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Report(source=str(path), ok=False, warnings=[str(error)])
    report = import_file(data, path.name, options)
    report.source = str(path)
    return report
