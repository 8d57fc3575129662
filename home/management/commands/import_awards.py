"""`python manage.py import_awards FILE… [--decision N] [--date D] [--award A]
[--issuer I] [--parent ID] [--publish] [--dry-run] [--json]`: award lists (XLSX, DOCX,
CSV, PDF with a text layer) into award decisions with their rows (home.awards.importer)."""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.awards.importer import Options, import_path
from home.awards.names import counts_text


def iso_date(text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(
            _("Ngày phải viết dạng YYYY-MM-DD: %(text)s") % {"text": text}
        ) from error


class Command(BaseCommand):
    help = _(
        "Nhập danh sách khen thưởng (XLSX, DOCX, CSV, PDF có lớp chữ) thành quyết định khen thưởng."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--decision", default="", help="Số quyết định, ví dụ 1187/QĐ-UBND.")
        parser.add_argument("--date", type=str, default="", help="Ngày ban hành, YYYY-MM-DD.")
        parser.add_argument("--award", default="", help="Hình thức khen thưởng.")
        parser.add_argument("--issuer", default="", help="Cơ quan ban hành.")
        parser.add_argument("--parent", type=int, default=None, help="Mã trang cha.")
        parser.add_argument("--publish", action="store_true")
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options):
        settings = Options(
            decision=options["decision"],
            date=iso_date(options["date"]) if options["date"] else None,
            award=options["award"],
            issuer=options["issuer"],
            parent=options["parent"],
            publish=options["publish"],
            dry_run=options["dry_run"],
        )
        reports = [import_path(path, settings) for path in options["files"]]
        if options["json"]:
            self.stdout.write(
                json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=2)
            )
        else:
            for report in reports:
                self.print_report(report)
        failed = [report.source for report in reports if not report.ok]
        if failed:
            raise CommandError(_("Không nhập được: %(files)s") % {"files": ", ".join(failed)})

    def print_report(self, report):
        counts = counts_text(report.collective, report.individual)
        if report.ok:
            self.stdout.write(
                _("%(source)s: quyết định %(decision)s, %(counts)s, trang %(page)s")
                % {
                    "source": report.source,
                    "decision": report.decision,
                    "counts": counts,
                    "page": report.page_id or _("(chạy thử)"),
                }
            )
        else:
            self.stdout.write(_("%(source)s: không nhập được") % {"source": report.source})
        for warning in report.warnings:
            self.stdout.write(f"  - {warning}")
