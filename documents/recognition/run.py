"""What one recognition job does to one attachment.

Progress is written with `QuerySet.update` (no signals, no re-indexing per page, and
an editor's edit of the title meanwhile is not overwritten). The result is saved
once, with `save(update_fields=…)`: its post_save re-indexes the file (Wagtail's
search signal) and the pages attaching it (documents.archive.signals.file_changed),
exactly as a text layer read at upload is indexed. A job whose file was replaced
meanwhile does nothing: the new file has its own job.
"""

import logging

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from documents.extraction import limits, ocr
from documents.models.files import TextStatus

logger = logging.getLogger(__name__)


def _rows(document_id, file_hash):
    return get_document_model().objects.filter(pk=document_id, file_hash=file_hash)


def recognise_document(document_id, file_hash, overwrite_correction=False):
    """Recognise the file, store the outcome; returns the final status. Records the
    reason of any failure on the file; an unexpected error is recorded, then raised
    so the task's own result says it failed (the worker goes on with the next job)."""
    rows = _rows(document_id, file_hash)
    document = rows.first()
    if document is None:
        return "stale"
    rows.update(text_status=TextStatus.RECOGNISING, text_pages_done=0, text_pages=0)
    try:
        data = _read(document)
        if data is None:
            return _fail(rows, _("Tệp lớn hơn giới hạn, không nhận dạng."))

        def on_page(done, total):
            rows.update(text_pages_done=done, text_pages=total)

        result = ocr.recognise(data, document.file.name, on_page=on_page)
        if result.error:
            return _fail(rows, result.error)
        return _store(document_id, file_hash, result, overwrite_correction)
    except OSError:
        logger.warning("Could not read document %s for recognition", document_id, exc_info=True)
        return _fail(rows, _("Không mở được tệp đã tải lên."))
    except Exception:
        _fail(rows, _("Lỗi không mong đợi khi nhận dạng; hãy thử lại hoặc báo quản trị."))
        raise


def _read(document):
    max_bytes = limits().max_file_bytes
    with document.open_file() as handle:
        data = handle.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _fail(rows, reason):
    rows.update(text_status=TextStatus.FAILED, text_error=reason[:255])
    return TextStatus.FAILED


def _store(document_id, file_hash, result, overwrite_correction):
    with transaction.atomic():
        # Locked so that an editor's correction saved meanwhile is seen, not lost.
        document = _rows(document_id, file_hash).select_for_update().first()
        if document is None:
            return "stale"
        document.text_status = TextStatus.DONE
        document.text_pages = result.recognised_pages or result.pages
        document.text_pages_done = document.text_pages
        document.text_error = ""
        fields = ["text_status", "text_pages", "text_pages_done", "text_error"]
        if overwrite_correction or not document.text_corrected:
            document.extracted_text = result.text
            document.extraction_note = result.note
            document.text_corrected = False
            fields += ["extracted_text", "extraction_note", "text_corrected"]
        document.save(update_fields=fields)
    return TextStatus.DONE
