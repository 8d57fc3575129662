import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from documents.importer import scans
from documents.importer.pages import REQUIRED_FIELDS, ImportRefused, build_page, save_page
from documents.models import DocumentArchivePage


class Command(BaseCommand):
    help = _(
        "Nhập văn bản (TXT, DOCX, PDF) vào kho văn bản: đọc số ký hiệu, ngày, cơ quan, "
        "người ký… và tạo trang nháp (hoặc đăng ngay với --publish)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help=_("Các tệp văn bản cần nhập."))
        parser.add_argument(
            "--dry-run", action="store_true", help=_("Chỉ đọc và báo kết quả, không tạo trang.")
        )
        parser.add_argument("--publish", action="store_true", help=_("Đăng ngay thay vì lưu nháp."))
        parser.add_argument("--parent", type=int, help=_("ID trang cha (mặc định: kho văn bản)."))
        parser.add_argument("--json", action="store_true", help=_("In kết quả dạng JSON."))

    def handle(self, *args, **options):
        parent = None if options["dry_run"] else self._parent(options["parent"])
        results = [self._import(path, parent, options) for path in options["paths"]]
        if options["json"]:
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
        else:
            for result in results:
                self._report(result)

    def _parent(self, parent_id):
        if parent_id is not None:
            try:
                return Page.objects.get(pk=parent_id).specific
            except Page.DoesNotExist as error:
                raise CommandError(_("Không có trang nào có ID %s.") % parent_id) from error
        archive = (
            DocumentArchivePage.objects.filter(locale=Locale.get_default()).order_by("path").first()
        )
        if archive is None:
            raise CommandError(_("Chưa có trang kho văn bản; hãy tạo hoặc dùng --parent."))
        return archive

    def _import(self, path, parent, options):
        parsed = scans.read_path(path, on_page=self._progress(path))
        result = {
            "source": str(path),
            "number": parsed.number,
            "document_type": parsed.document_type_code,
            "title": parsed.title,
            "issuing_body": parsed.issuing_body,
            "issuing_place": parsed.issuing_place,
            "issued_on": parsed.issued_on.isoformat() if parsed.issued_on else None,
            "signer_name": parsed.signer_name,
            "signer_title": parsed.signer_title,
            "legal_bases": parsed.legal_bases,
            "recipients": parsed.recipients,
            "page_id": None,
            "warnings": list(parsed.warnings),
            # "draft" or "published" once a page is saved; None on a dry run or failure.
            "status": None,
            # The required fields not found (keys of this result), named for review.
            "needs_review": [key for key, _field in REQUIRED_FIELDS if not getattr(parsed, key)],
        }
        try:
            page, warnings = build_page(parsed)
            result["warnings"] += warnings
            if parent is not None:
                published = save_page(page, parent, publish=options["publish"])
                result["page_id"] = page.pk
                result["status"] = "published" if published else "draft"
        except ImportRefused as refusal:
            result["warnings"].append(str(refusal))
        except (DatabaseError, ValidationError, ValueError, TypeError) as error:
            # One bad file must not stop the others; its own transaction was rolled back.
            result["warnings"].append(_("Không lưu được trang: %s") % error)
        return result

    def _progress(self, path):
        """Pages of a scan recognised so far, on a terminal only (stderr, so that
        --json output stays clean)."""
        if not self.stderr.isatty():
            return None

        def on_page(done, total):
            self.stderr.write(
                "\r"
                + _("%(path)s: đã nhận dạng trang %(done)s/%(total)s")
                % {"path": path, "done": done, "total": total},
                ending="\n" if done == total else "",
            )
            self.stderr.flush()

        return on_page

    def _report(self, result):
        label = result["number"] or result["source"]
        if result["status"] is None:
            self.stdout.write(_("%s: không tạo trang") % label)
        else:
            published = result["status"] == "published"
            line = (
                _("%(label)s → trang %(id)s (đã đăng)")
                if published
                else _("%(label)s → trang %(id)s (bản nháp)")
            ) % {"label": label, "id": result["page_id"]}
            # A draft the editors must complete stands out from the drafts asked for.
            style = self.style.WARNING if result["needs_review"] else self.style.SUCCESS
            self.stdout.write(style(line))
        for warning in result["warnings"]:
            self.stdout.write(f"  - {warning}")
