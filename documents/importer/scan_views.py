"""The progress page of a scanned text sent to "Nhập văn bản": it reloads itself
every two seconds (no script, nothing from a CDN) while the background job
recognises the scan, then shows the importer's usual preview of the fields."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from documents.importer.forms import ImportPreviewForm, ImportSourceForm
from documents.importer.pages import found_anything
from documents.importer.scans import parse_recognised
from documents.importer.views import ImportDocumentView
from documents.models import ScanImport
from documents.models.files import TextStatus

PROGRESS_TEMPLATE = "documents/admin/import_scan_progress.html"


class ScanImportView(ImportDocumentView):
    """GET: progress, then the preview; POST: the preview's "create" step, as on
    the import page itself (the preview form posts back to this address)."""

    def get(self, request, *args, scan_id, **kwargs):
        scan = ScanImport.objects.filter(pk=scan_id, user=request.user).first()
        if scan is None:
            raise Http404
        if scan.state in (TextStatus.WAITING, TextStatus.RECOGNISING):
            self.template_name = PROGRESS_TEMPLATE
            return self.render_to_response(self.get_context_data(scan=scan))
        if scan.state == TextStatus.FAILED:
            messages.error(request, _("Lỗi: %(reason)s") % {"reason": scan.error})
            scan.delete()
            return redirect(reverse("documents_import"))
        text, warnings = scan.text, [line for line in scan.warnings.splitlines() if line]
        # The text now travels in the preview form; the upload is no longer needed.
        scan.delete()
        parsed = parse_recognised(text, warnings)
        if not found_anything(parsed):
            form = ImportSourceForm(initial={"text": text})
            return self._source(form, warnings=parsed.warnings)
        initial = ImportPreviewForm.initial_from(parsed)
        preview = ImportPreviewForm(initial=initial, user=request.user)
        return self._show_preview(preview, warnings=parsed.warnings, tasks=parsed.tasks)
