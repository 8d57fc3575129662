from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from documents.extraction import extract_text


class DocumentFile(AbstractDocument):
    """The site's document model (WAGTAILDOCS_DOCUMENT_MODEL): an uploaded file plus
    the text read from it, so attachments of official documents can be searched.

    Editors upload under Documents or from a document page's "Tệp đính kèm" panel.
    """

    extracted_text = models.TextField(
        _("nội dung trích xuất"),
        blank=True,
        help_text=_("Chữ đọc được từ tệp PDF, DOCX hoặc TXT khi tải lên; dùng cho tìm kiếm."),
    )
    extraction_note = models.CharField(
        _("ghi chú trích xuất"), max_length=255, blank=True, editable=False
    )
    # The file hash the text was read from: a new upload re-reads, a title edit does not.
    extracted_from_hash = models.CharField(max_length=40, blank=True, editable=False)

    admin_form_fields = (*Document.admin_form_fields, "extracted_text")

    search_fields = [*AbstractDocument.search_fields, index.SearchField("extracted_text")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")

    def extract(self):
        with self.open_file() as handle:
            result = extract_text(handle, self.file_extension, size=self.file_size)
        self.extracted_text = result.text
        self.extraction_note = result.note
        self.extracted_from_hash = self.file_hash

    def save(self, *args, **kwargs):
        if self.file and kwargs.get("update_fields") is None:
            if not self.file_hash:
                self._set_document_file_metadata()
            if self.file_hash != self.extracted_from_hash:
                self.extract()
        super().save(*args, **kwargs)
