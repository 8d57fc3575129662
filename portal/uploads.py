"""Upload checks for the document library.

Wagtail already refuses image files whose content does not match their extension,
bounds their pixel count and size; this module gives documents the same care: the
extension must be on the allow-list and the bytes must be that kind of file.
"""

import os

import filetype
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# What the file's own signature may say for each allowed extension. The old binary
# Office formats share one container (OLE2), so .doc and .xls accept each other.
SIGNATURES = {
    "pdf": {"pdf"},
    "doc": {"doc", "xls", "ppt"},
    "xls": {"doc", "xls", "ppt"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "odt": {"odt"},
    "ods": {"ods"},
    "jpg": {"jpg"},
    "jpeg": {"jpg"},
    "png": {"png"},
    "webp": {"webp"},
}
# filetype reads this many bytes; OOXML needs enough to see its first zip entries.
SNIFF_BYTES = 64 * 1024


def _head(uploaded):
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    return head


def _looks_like_text(head):
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return filetype.guess(head) is None


def check_document_content(uploaded):
    """Raise ValidationError unless the upload's bytes match its extension."""
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    allowed = [ext.lower() for ext in settings.WAGTAILDOCS_EXTENSIONS]
    if extension not in allowed:
        raise forms.ValidationError(
            _("Không nhận tệp .%(extension)s. Các loại tệp được phép: %(allowed)s.")
            % {"extension": extension or "?", "allowed": ", ".join(allowed)},
            code="extension_not_allowed",
        )
    head = _head(uploaded)
    if extension == "txt":
        if not _looks_like_text(head):
            raise forms.ValidationError(
                _("Tệp .txt này không phải văn bản thuần: có thể là tệp khác bị đổi tên."),
                code="content_mismatch",
            )
        return
    kind = filetype.guess(head)
    if kind is None or kind.extension not in SIGNATURES.get(extension, {extension}):
        raise forms.ValidationError(
            _(
                "Nội dung tệp không khớp với phần mở rộng .%(extension)s. Hãy kiểm tra "
                "lại tệp (có thể tệp bị hỏng hoặc bị đổi tên)."
            )
            % {"extension": extension},
            code="content_mismatch",
        )


class DocumentForm(BaseDocumentForm):
    """Checks an uploaded document's type; documents.forms.DocumentForm builds on it."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document_content(uploaded)
        return uploaded
