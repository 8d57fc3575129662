"""Award lists into decisions with rows: read the file (tables), find the header and
rows (columns, listing), learn the decision from the file (metadata), apply the
options and save (saving). `import_file` is what the command and the admin call."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from documents.importer.pages import ImportRefused
from home.awards.importer.listing import parse_tables
from home.awards.importer.metadata import read_facts
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


def import_file(data, filename, options):
    """Read one file and, unless it is a dry run, save its rows; never raises for
    anything in the file: what goes wrong is in the report."""
    report = Report(source=filename)
    try:
        _import(data, filename, options, report)
    except (Unreadable, Refused, ImportRefused) as error:
        report.ok = False
        report.page_id = None
        report.warnings.append(str(error))
    return report


def _import(data, filename, options, report):
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
    parsed = facts.parsed
    for row in listed.rows:
        if row.year is None and facts.period:
            row.period = facts.period
            row.year = int(facts.period[-4:])
    report.decision = parsed.number or ""
    report.date = parsed.issued_on.isoformat() if parsed.issued_on else None
    report.award = facts.award_text
    report.collective, report.individual = listed.counts()
    if not parsed.number:
        raise Refused(_("Không tìm thấy số quyết định trong tệp: dùng --decision."))
    decision = existing_decision(parsed.number) if not options.dry_run else None
    catalogue = AwardCatalogue(report.warnings)
    if decision is None:
        if not parsed.issued_on:
            raise Refused(_("Không tìm thấy ngày ban hành quyết định: dùng --date."))
        decision = new_decision(parsed, report.warnings)
        parent = archive_parent(options.parent)
    else:
        parent = None
    rows = make_rows(decision, listed.rows, facts.award_text, catalogue, filename)
    if options.dry_run:
        return
    save_rows(decision, rows, filename, parent=parent, publish=options.publish)
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
