"""The admin "Nhập văn bản" view: paste or upload an official text, correct the
fields the parser found, and create the draft page in one click."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from documents.extraction import MAX_FILE_BYTES
from documents.importer import scans
from documents.importer.forms import ImportPreviewForm, ImportSourceForm, archives_for
from documents.importer.issuers import (
    IssuerRefused,
    add_issuing_body,
    catalogue_name,
    match_issuing_body,
)
from documents.importer.pages import ImportRefused, build_page, found_anything, save_page
from documents.importer.parser import parse_bytes, parse_text


def can_add_issuer(user):
    return user.has_perm("documents.add_issuingbody")


def can_import(user):
    """Importing creates pages in the archive, so it needs add permission there."""
    return user.is_authenticated and bool(archives_for(user))


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
            self.get_context_data(
                form=form, warnings=warnings, tasks=tasks, new_issuer=self._new_issuer(form)
            )
        )

    def _new_issuer(self, form):
        """The catalogue spelling of a printed issuer the catalogue lacks, when the
        editor may add it ("Thêm vào danh mục"); None otherwise."""
        printed = (form["issuing_body"].value() or "").strip()
        if not printed or not can_add_issuer(self.request.user):
            return None
        if match_issuing_body(printed) is not None:
            return None
        return catalogue_name(printed)

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
        if not found_anything(parsed):
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
        try:
            page, warnings = self._save(parsed, form.cleaned_data["parent"])
        except _Refused as refusal:
            form.add_error(refusal.field, refusal.message)
            return self._show_preview(form, tasks=parsed.tasks)
        for warning in warnings:
            messages.warning(self.request, warning)
        messages.success(
            self.request,
            _("Đã tạo bản nháp “%(title)s”. Hãy kiểm tra lại rồi gửi duyệt.")
            % {"title": page.title},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    def _save(self, parsed, parent):
        """Build and save the draft; with "Thêm vào danh mục", first add the printed
        issuer to the catalogue, in the same transaction, so that a failed save adds
        nothing."""
        add_issuer = bool(self.request.POST.get("add_issuer"))
        if add_issuer and not can_add_issuer(self.request.user):
            raise _Refused(
                "issuing_body", _("Bạn không có quyền thêm cơ quan ban hành vào danh mục.")
            )
        try:
            with transaction.atomic():
                if add_issuer:
                    body = add_issuing_body(parsed.issuing_body or "", parsed.number)
                    parsed.issuing_body = body.name
                page, warnings = build_page(parsed)
                if not type(page).can_create_at(parent):
                    raise _Refused(
                        "parent", _("Không thể thêm loại văn bản này vào trang đã chọn.")
                    )
                save_page(page, parent, user=self.request.user)
        except IssuerRefused as refusal:
            raise _Refused("issuing_body", str(refusal)) from refusal
        except ImportRefused as refusal:
            raise _Refused(None, str(refusal)) from refusal
        except DatabaseError as error:
            raise _Refused(None, _("Không lưu được trang; hãy thử lại.")) from error
        return page, warnings


class _Refused(Exception):
    """Why the draft was not created, and the form field it concerns."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field, self.message = field, message
