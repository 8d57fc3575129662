"""The admin "Nhập danh sách khen thưởng" view: upload a list, see the rows and the
problems found, confirm or correct the decision's number, date, award and issuer, and
create the draft (or add the rows to the decision with that number).

Between the preview and the confirmation the rows wait in the editor's session: they
hold no personal data (those columns are never read), and the uploaded file itself is
never stored.
"""

import uuid

from django import forms
from django.contrib import messages
from django.db import DatabaseError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from documents.extraction import MAX_FILE_BYTES
from documents.importer.pages import ImportRefused
from home.awards.importer import Options, Prepared, commit, prepare
from home.awards.importer.saving import Refused
from home.awards.importer.tables import Unreadable

SESSION_KEY = "award_imports"
PREVIEW_ROWS = 100


class AwardListForm(forms.Form):
    """Step 1: the list file."""

    source_file = forms.FileField(
        label=gettext_lazy("Tệp danh sách"),
        help_text=gettext_lazy("Tệp XLSX, DOCX, CSV hoặc PDF có lớp chữ, tối đa %(size)s MB.")
        % {"size": MAX_FILE_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.docx,.csv,.pdf"}),
    )


class DecisionForm(forms.Form):
    """Step 2: the decision's facts as read from the file, for the editor to correct."""

    token = forms.CharField(widget=forms.HiddenInput)
    number = forms.CharField(label=gettext_lazy("Số quyết định"), max_length=64)
    issued_on = forms.DateField(label=gettext_lazy("Ngày ban hành"), required=False)
    award = forms.CharField(
        label=gettext_lazy("Hình thức khen thưởng"), max_length=255, required=False
    )
    issuer = forms.CharField(label=gettext_lazy("Cơ quan ban hành"), max_length=255, required=False)


class ImportAwardListView(WagtailAdminTemplateMixin, TemplateView):
    """GET shows the upload form; its POST previews; the preview's POST saves. Only
    for those who may add documents to an archive (checked where the URL is made,
    home.wagtail_hooks)."""

    page_title = gettext_lazy("Nhập danh sách khen thưởng")
    header_icon = "list-ul"
    template_name = "home/awards/admin/import.html"

    def get(self, request, *args, **kwargs):
        return self.show(upload_form=AwardListForm())

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.create(DecisionForm(request.POST))
        return self.preview(AwardListForm(request.POST, request.FILES))

    def show(self, **context):
        return self.render_to_response(self.get_context_data(**context))

    def preview(self, upload_form):
        if not upload_form.is_valid():
            return self.show(upload_form=upload_form)
        upload = upload_form.cleaned_data["source_file"]
        try:
            prepared = prepare(upload.read(MAX_FILE_BYTES + 1), upload.name, Options())
        except (Unreadable, Refused) as error:
            upload_form.add_error("source_file", str(error))
            return self.show(upload_form=upload_form)
        token = uuid.uuid4().hex
        # One list waits at a time: a new preview replaces an abandoned one.
        self.request.session[SESSION_KEY] = {token: prepared.to_session()}
        parsed = prepared.facts.parsed
        form = DecisionForm(
            initial={
                "token": token,
                "number": parsed.number,
                "issued_on": parsed.issued_on,
                "award": prepared.facts.award_text,
                "issuer": parsed.issuing_body,
            }
        )
        return self.show_preview(form, prepared)

    def show_preview(self, form, prepared):
        return self.show(
            decision_form=form,
            report=prepared.report,
            rows=prepared.rows[:PREVIEW_ROWS],
            more_rows=max(0, len(prepared.rows) - PREVIEW_ROWS),
        )

    def create(self, form):
        stored = self.request.session.get(SESSION_KEY, {})
        token = form.data.get("token", "")
        if token not in stored:
            messages.error(self.request, _("Bản xem trước đã hết hạn: hãy chọn lại tệp."))
            return redirect(reverse("award_lists_import"))
        prepared = Prepared.from_session(stored[token])
        if not form.is_valid():
            return self.show_preview(form, prepared)
        data = form.cleaned_data
        parsed = prepared.facts.parsed
        parsed.number = data["number"]
        parsed.issued_on = data["issued_on"] or parsed.issued_on
        parsed.issuing_body = data["issuer"]
        prepared.facts.award_text = data["award"]
        prepared.report.warnings = []
        try:
            commit(prepared, Options(), user=self.request.user)
        except (Refused, ImportRefused) as error:
            form.add_error(None, str(error))
            return self.show_preview(form, prepared)
        except DatabaseError:
            form.add_error(None, _("Không lưu được trang; hãy thử lại."))
            return self.show_preview(form, prepared)
        del self.request.session[SESSION_KEY]
        for warning in prepared.report.warnings:
            messages.warning(self.request, warning)
        messages.success(
            self.request, _("Đã lưu danh sách vào quyết định; hãy kiểm tra rồi gửi duyệt.")
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[prepared.report.page_id]))
