import io

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from documents.extraction import extract_text, limits, ocr
from documents.extraction.attachments import RECOGNISED_EXTENSIONS


class TextStatus(models.TextChoices):
    """Where the recognised (OCR) text of a scanned file stands."""

    NONE = "none", _("Không cần nhận dạng")
    WAITING = "waiting", _("Đang chờ nhận dạng")
    RECOGNISING = "recognising", _("Đang nhận dạng")
    DONE = "done", _("Đã nhận dạng")
    FAILED = "failed", _("Lỗi nhận dạng")


def status_label(status, pages_done, pages, error=""):
    """"Đang nhận dạng trang 7/40" and the like, for a file or a scan being imported."""
    if status == TextStatus.WAITING:
        return gettext("Đang chờ nhận dạng")
    if status == TextStatus.RECOGNISING and pages:
        # The page being read, one past those done.
        return gettext("Đang nhận dạng trang %(page)d/%(pages)d") % {
            "page": min(pages_done + 1, pages),
            "pages": pages,
        }
    if status == TextStatus.RECOGNISING:
        return gettext("Đang nhận dạng")
    if status == TextStatus.DONE:
        return gettext("Đã nhận dạng %(pages)d trang") % {"pages": pages}
    if status == TextStatus.FAILED:
        return gettext("Lỗi: %(reason)s") % {"reason": error}
    return ""


class DocumentFile(AbstractDocument):
    """The site's document model (WAGTAILDOCS_DOCUMENT_MODEL): an uploaded file plus
    the text read from it, so attachments of official documents can be searched.

    Editors upload under Documents or from a document page's "Tệp đính kèm" panel.
    A scan (an image, or a PDF without a usable text layer) is read by a background
    job (documents.recognition); the fields below say how far it got.
    """

    extracted_text = models.TextField(
        _("nội dung trích xuất"),
        blank=True,
        help_text=_(
            "Chữ đọc được từ tệp (PDF, DOCX, TXT, hoặc nhận dạng từ bản quét); dùng cho "
            "tìm kiếm. Sửa ở đây thì bản sửa được giữ, lần nhận dạng sau không ghi đè."
        ),
    )
    extraction_note = models.CharField(
        _("ghi chú trích xuất"), max_length=255, blank=True, editable=False
    )
    # The file hash the text was read from: a new upload re-reads, a title edit does not.
    extracted_from_hash = models.CharField(max_length=40, blank=True, editable=False)
    text_status = models.CharField(
        _("trạng thái nhận dạng"),
        max_length=16,
        choices=TextStatus.choices,
        default=TextStatus.NONE,
        editable=False,
    )
    text_pages_done = models.PositiveIntegerField(default=0, editable=False)
    text_pages = models.PositiveIntegerField(default=0, editable=False)
    text_error = models.CharField(_("lỗi nhận dạng"), max_length=255, blank=True, editable=False)
    # Set when an editor edits extracted_text: a later recognition keeps that text
    # unless the editor asks to overwrite it.
    text_corrected = models.BooleanField(_("chữ đã được sửa tay"), default=False, editable=False)

    admin_form_fields = (*Document.admin_form_fields, "extracted_text")

    search_fields = [*AbstractDocument.search_fields, index.SearchField("extracted_text")]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")

    @property
    def text_status_label(self):
        """The state of the text as editors read it in the listing and on pages."""
        label = status_label(
            self.text_status, self.text_pages_done, self.text_pages, self.text_error
        )
        if self.text_corrected:
            correction = gettext("Chữ đã được sửa tay")
            label = f"{label} · {correction}" if label else correction
        return label

    @property
    def recognisable(self):
        """A PDF or an image: a file recognition (OCR) can read."""
        return self.file_extension.lower() in RECOGNISED_EXTENSIONS

    @property
    def recognition_pending(self):
        return self.text_status in (TextStatus.WAITING, TextStatus.RECOGNISING)

    def extract(self):
        """Read the text layer now; True when the file also needs recognition (OCR),
        which a background job does after the save commits."""
        max_bytes = limits().max_file_bytes
        with self.open_file() as handle:
            data = handle.read(max_bytes + 1)
        result = extract_text(io.BytesIO(data), self.file_extension, size=self.file_size)
        self.extracted_text = result.text
        self.extraction_note = result.note
        self.extracted_from_hash = self.file_hash
        # A new file: a correction of the old file's text no longer applies.
        self.text_corrected = False
        self.text_pages_done = self.text_pages = 0
        self.text_error = ""
        recognise = (
            self.recognisable
            and len(data) <= max_bytes
            and ocr.needs_recognition(data, self.file.name)
        )
        self.text_status = TextStatus.WAITING if recognise else TextStatus.NONE
        return recognise

    def save(self, *args, **kwargs):
        recognise = False
        if self.file and kwargs.get("update_fields") is None:
            if not self.file_hash:
                self._set_document_file_metadata()
            if self.file_hash != self.extracted_from_hash:
                recognise = self.extract()
        super().save(*args, **kwargs)
        if recognise:
            # Imported here: the job module declares a task, which needs the app
            # registry that this model module is part of.
            from documents.recognition.jobs import schedule

            schedule(self)
