"""The admin "Nhập văn bản" view: paste or upload an official text, correct the
fields the parser found, and create the draft page in one click."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from documents.extraction import MAX_FILE_BYTES
from documents.importer import scans
from documents.importer.forms import ImportPreviewForm, ImportSourceForm, archives_for
from documents.importer.pages import ImportRefused, build_page, save_page
from documents.importer.parser import parse_bytes, parse_text


def can_import(user):
    """Importing creates pages in the archive, so it needs add permission there."""
    return user.is_authenticated and bool(archives_for(user))


def _found_anything(parsed):
    return any((parsed.number, parsed.title, parsed.issued_on, parsed.issuing_body))


class ImportDocumentView(WagtailAdminTemplateMixin, TemplateView):
    """Step 1 shows the source form; its POST (step "preview") parses and shows the
    editable preview; the preview's POST (step "create") saves the draft."""

    page_title = gettext_lazy("Nhập văn bản")
    header_icon = "doc-full-inverse"
    source_template = "documents/admin/import_source.html"
    preview_template = "documents/admin/import_preview.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        return self._source(ImportSourceForm())

    def post(self, request, *args, **kwargs):
        if request.POST.get("step") == "create":
            return self._create(ImportPreviewForm(request.POST, user=request.user))
        return self._preview(ImportSourceForm(request.POST, request.FILES))

    def _source(self, form, warnings=()):
        self.template_name = self.source_template
        return self.render_to_response(self.get_context_data(form=form, warnings=warnings))

    def _show_preview(self, form, warnings=(), tasks=()):
        self.template_name = self.preview_template
        return self.render_to_response(
            self.get_context_data(form=form, warnings=warnings, tasks=tasks)
        )

    def _preview(self, source_form):
        if not source_form.is_valid():
            return self._source(source_form)
        upload = source_form.cleaned_data.get("source_file")
        if upload:
            data = upload.read(MAX_FILE_BYTES + 1)
            if scans.needs_recognition(data, upload.name):
                scan = scans.start_scan_import(self.request.user, data, upload.name)
                return redirect(reverse("documents_import_scan", args=[scan.pk]))
            parsed = parse_bytes(data, upload.name)
        else:
            parsed = parse_text(source_form.cleaned_data["text"])
        if not _found_anything(parsed):
            source_form.add_error(
                None,
                _(
                    "Không tìm thấy số, ngày, cơ quan hay trích yếu nào trong nội dung đã gửi: "
                    "hãy kiểm tra lại văn bản hoặc tệp."
                ),
            )
            return self._source(source_form, warnings=parsed.warnings)
        preview = ImportPreviewForm(
            initial=ImportPreviewForm.initial_from(parsed), user=self.request.user
        )
        return self._show_preview(preview, warnings=parsed.warnings, tasks=parsed.tasks)

    def _create(self, form):
        if not form.is_valid():
            structure = form.cleaned_data.get("structure") or {}
            return self._show_preview(form, tasks=structure.get("tasks", ()))
        parsed = form.parsed_document()
        parent = form.cleaned_data["parent"]
        try:
            page, warnings = build_page(parsed)
        except ImportRefused as refusal:
            form.add_error(None, str(refusal))
            return self._show_preview(form, tasks=parsed.tasks)
        if not type(page).can_create_at(parent):
            form.add_error(
                "parent",
                _("Không thể thêm loại văn bản này vào trang đã chọn."),
            )
            return self._show_preview(form, tasks=parsed.tasks)
        try:
            save_page(page, parent, user=self.request.user)
        except DatabaseError:
            form.add_error(None, _("Không lưu được trang; hãy thử lại."))
            return self._show_preview(form, tasks=parsed.tasks)
        for warning in warnings:
            messages.warning(self.request, warning)
        messages.success(
            self.request,
            _("Đã tạo bản nháp “%(title)s”. Hãy kiểm tra lại rồi gửi duyệt.")
            % {"title": page.title},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
