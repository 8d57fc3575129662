"""Forms of the admin "Nhập văn bản" view: the source (pasted text or a file) and
the editable preview of what the parser found."""

from dataclasses import asdict

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from documents.choices import TYPE_CODES, DocumentType, SignerCapacity
from documents.extraction import MAX_FILE_BYTES, MAX_TEXT_CHARS
from documents.importer.issuers import catalogue_spelling
from documents.importer.pages import document_type
from documents.importer.parser import ParsedDocument, Section, Task, TaskGroup
from documents.models import DocumentArchivePage

# The body and the task table travel from the preview to the create step signed, so
# a tampered or truncated form is refused instead of being trusted.
STRUCTURE_SALT = "documents.importer.structure"


class ImportSourceForm(forms.Form):
    """Step 1: the text pasted from another portal, or a TXT, DOCX or PDF file."""

    text = forms.CharField(
        label=_("Dán nội dung văn bản"),
        required=False,
        max_length=MAX_TEXT_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text=_("Dán toàn bộ văn bản, kể cả phần đầu (cơ quan, số, ngày) và nơi nhận."),
    )
    source_file = forms.FileField(
        label=_("Hoặc chọn tệp"),
        required=False,
        help_text=_("Tệp TXT, DOCX, PDF hoặc bản quét (PDF, JPG, PNG, TIFF), tối đa %(size)s MB.")
        % {"size": MAX_FILE_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(
            attrs={"accept": ".txt,.docx,.pdf,.jpg,.jpeg,.png,.tif,.tiff"}
        ),
    )

    def clean_source_file(self):
        upload = self.cleaned_data.get("source_file")
        if upload and upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("Tệp lớn hơn %(size)s MB: không đọc.") % {"size": MAX_FILE_BYTES // (1024 * 1024)}
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        if (
            not self.errors
            and not cleaned.get("source_file")
            and not cleaned.get("text", "").strip()
        ):
            raise forms.ValidationError(_("Hãy dán nội dung văn bản hoặc chọn một tệp."))
        return cleaned


def _lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _section(data):
    return Section(
        marker=str(data["marker"]),
        heading=str(data["heading"]),
        level=int(data["level"]),
        paragraphs=[str(text) for text in data["paragraphs"]],
        children=[_section(child) for child in data["children"]],
    )


def _task_group(data):
    return TaskGroup(
        period=None if data["period"] is None else str(data["period"]),
        tasks=[
            Task(
                number=str(task["number"]),
                text=str(task["text"]),
                responsible_units=[str(unit) for unit in task["responsible_units"]],
                deadline=None if task["deadline"] is None else str(task["deadline"]),
            )
            for task in data["tasks"]
        ],
    )


def sign_structure(parsed):
    """The body sections and task table of `parsed`, signed for a hidden field."""
    return signing.dumps(
        {
            "sections": [asdict(section) for section in parsed.sections],
            "tasks": [asdict(group) for group in parsed.tasks],
        },
        salt=STRUCTURE_SALT,
        compress=True,
    )


def archives_for(user):
    """The archive pages under which `user` may add documents."""
    return [
        archive
        for archive in DocumentArchivePage.objects.order_by("path")
        if archive.permissions_for_user(user).can_add_subpage()
    ]


class ImportPreviewForm(forms.Form):
    """Step 2: the fields the parser found, for the editor to correct before the
    draft is created."""

    number = forms.CharField(label=_("Số ký hiệu"), max_length=64, required=False)
    document_type = forms.ChoiceField(label=_("Loại văn bản"), choices=DocumentType.choices)
    # Subject and date may stay empty: the draft is then flagged for review.
    title = forms.CharField(
        label=_("Trích yếu"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Để trống nếu văn bản không ghi: bản nháp sẽ được đánh dấu cần kiểm tra."),
    )
    issuing_body = forms.CharField(
        label=_("Cơ quan ban hành"),
        max_length=255,
        required=False,
        help_text=_("Tên in ở đầu văn bản; được so với danh mục cơ quan ban hành."),
    )
    issuing_place = forms.CharField(label=_("Nơi ban hành"), max_length=120, required=False)
    issued_on = forms.DateField(
        label=_("Ngày ban hành"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        required=False,
        help_text=_("Để trống nếu văn bản không ghi: bản nháp sẽ được đánh dấu cần kiểm tra."),
        error_messages={
            "invalid": _("Ngày ban hành không hợp lệ; hãy nhập theo dạng ngày/tháng/năm."),
        },
    )
    signer_capacity = forms.ChoiceField(
        label=_("Thẩm quyền ký"),
        choices=[("", "—"), *SignerCapacity.choices],
        required=False,
    )
    signer_title = forms.CharField(label=_("Chức vụ người ký"), max_length=255, required=False)
    signer_name = forms.CharField(label=_("Người ký"), max_length=120, required=False)
    legal_bases = forms.CharField(
        label=_("Căn cứ"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Mỗi dòng một căn cứ."),
    )
    recipients = forms.CharField(
        label=_("Nơi nhận"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Mỗi dòng một nơi nhận."),
    )
    parent = forms.ModelChoiceField(
        label=_("Đăng vào"),
        queryset=DocumentArchivePage.objects.none(),
        empty_label=None,
        error_messages={"invalid_choice": _("Bạn không được thêm văn bản vào trang đã chọn.")},
    )
    structure = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.archives = archives_for(user)
        self.fields["parent"].queryset = DocumentArchivePage.objects.filter(
            pk__in=[archive.pk for archive in self.archives]
        ).order_by("path")
        if self.archives and "parent" not in self.initial:
            # The Vietnamese archive first: documents are issued in Vietnamese.
            default = [a for a in self.archives if a.locale_id == Locale.get_default().pk]
            self.initial["parent"] = (default or self.archives)[0].pk

    @classmethod
    def initial_from(cls, parsed):
        """Initial values from a ParsedDocument: only what the parser found."""
        doc_type = document_type(parsed)
        capacity = parsed.signer_capacity or ""
        signer_lines = _lines(parsed.signer_title)
        return {
            "number": parsed.number or "",
            "document_type": doc_type or DocumentType.DECISION,
            "title": parsed.title or "",
            "issuing_body": catalogue_spelling(parsed.issuing_body),
            "issuing_place": parsed.issuing_place or "",
            "issued_on": parsed.issued_on,
            "signer_capacity": capacity if capacity in SignerCapacity.values else "",
            # The last line under the capacity is the signer's own title.
            "signer_title": signer_lines[-1] if signer_lines else "",
            "signer_name": parsed.signer_name or "",
            "legal_bases": "\n".join(parsed.legal_bases),
            "recipients": "\n".join(parsed.recipients),
            "structure": sign_structure(parsed),
        }

    def clean_structure(self):
        value = self.cleaned_data["structure"]
        if not value:
            return {"sections": [], "tasks": []}
        try:
            data = signing.loads(value, salt=STRUCTURE_SALT)
            return {
                "sections": [_section(item) for item in data["sections"]],
                "tasks": [_task_group(item) for item in data["tasks"]],
            }
        except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
            raise forms.ValidationError(
                _("Nội dung văn bản bị hỏng khi gửi lại; hãy nhập lại từ đầu.")
            ) from error

    def parsed_document(self):
        """A ParsedDocument holding the corrected fields, for build_page."""
        data = self.cleaned_data
        return ParsedDocument(
            number=data["number"].strip() or None,
            document_type_code=TYPE_CODES[DocumentType(data["document_type"])],
            title=" ".join(data["title"].split()) or None,
            issuing_body=data["issuing_body"].strip() or None,
            issuing_place=data["issuing_place"].strip() or None,
            issued_on=data["issued_on"],
            signer_name=data["signer_name"].strip() or None,
            signer_title=data["signer_title"].strip() or None,
            signer_capacity=data["signer_capacity"],
            legal_bases=_lines(data["legal_bases"]),
            recipients=_lines(data["recipients"]),
            sections=data["structure"]["sections"],
            tasks=data["structure"]["tasks"],
        )
