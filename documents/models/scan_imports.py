import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .files import TextStatus, status_label


def _scan_path(instance, filename):
    # A random name: the upload is an unpublished text until the editor saves a draft.
    return f"import-scans/{uuid.uuid4().hex}{Path(filename).suffix.lower()}"


class ScanImport(models.Model):
    """A scanned text uploaded to the admin's "Nhập văn bản", kept only while a
    background job recognises it (documents.importer.scans); the editor's progress
    page reads it, and it is deleted once its text reaches the preview form."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=255)
    file = models.FileField(upload_to=_scan_path)
    # The same states as an attachment's text.
    state = models.CharField(max_length=16, choices=TextStatus.choices, default=TextStatus.WAITING)
    pages_done = models.PositiveIntegerField(default=0)
    pages = models.PositiveIntegerField(default=0)
    text = models.TextField(blank=True)
    warnings = models.TextField(blank=True)
    error = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bản quét đang nhập")
        verbose_name_plural = _("bản quét đang nhập")

    def __str__(self):
        return self.name

    @property
    def status_label(self):
        return status_label(self.state, self.pages_done, self.pages, self.error)

    def delete(self, *args, **kwargs):
        self.file.delete(save=False)
        return super().delete(*args, **kwargs)
