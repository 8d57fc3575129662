"""Scanned official texts (image-only PDFs, photos of a signed page) for the
importer: recognised (OCR, documents.extraction.ocr) and then parsed like any text.

`import_documents` recognises synchronously (`read_path` with a progress callback);
the admin's "Nhập văn bản" never does it in the request: it keeps the upload in a
`ScanImport` row and a background job (`recognise_scan_import`) fills in its text
and progress, which the progress page polls (documents.importer.scan_views).
"""

import datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from documents.extraction import limits, ocr
from documents.extraction.attachments import RECOGNISED_EXTENSIONS
from documents.importer.parser import ParsedDocument, parse_bytes, parse_text
from documents.models import ScanImport
from documents.models.files import TextStatus

# A scan whose preview was never opened is dropped after this long.
KEEP_ABANDONED = datetime.timedelta(days=1)


def needs_recognition(data, name):
    """A scan by its name and its content: bytes of an image in a file named .txt
    are refused as binary, as before, not sent to recognition."""
    extension = Path(name).suffix.lower().lstrip(".")
    return extension in RECOGNISED_EXTENSIONS and ocr.needs_recognition(data, name)


def parse_recognised(text, warnings, error=""):
    """The parsed document of a recognition's outcome, its warnings first."""
    if error:
        return ParsedDocument(warnings=[error, *warnings])
    if not text.strip():
        return ParsedDocument(warnings=[*warnings, _("Văn bản trống.")])
    parsed = parse_text(text)
    parsed.warnings[:0] = warnings
    return parsed


def read_path(path, on_page=None):
    """Parse a file from disk; a scan is recognised first, here and now, calling
    `on_page(done, total)` after each page."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(limits().max_file_bytes + 1)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        return ParsedDocument(warnings=[_("Không đọc được tệp: %(error)s") % {"error": reason}])
    if needs_recognition(data, path.name):
        result = ocr.recognise(data, path.name, on_page=on_page)
        return parse_recognised(result.text, result.warnings, result.error)
    return parse_bytes(data, path.name)


@task(backend="background")
def recognise_scan_import(scan_id: int):
    rows = ScanImport.objects.filter(pk=scan_id)
    scan = rows.first()
    if scan is None:
        return "gone"
    rows.update(state=TextStatus.RECOGNISING)
    try:
        with scan.file.open("rb") as handle:
            data = handle.read()

        def on_page(done, total):
            rows.update(pages_done=done, pages=total)

        result = ocr.recognise(data, scan.file.name, on_page=on_page)
    except OSError:
        rows.update(state=TextStatus.FAILED, error=_("Không mở được tệp đã tải lên."))
        return TextStatus.FAILED
    except Exception:
        rows.update(
            state=TextStatus.FAILED,
            error=_("Lỗi không mong đợi khi nhận dạng; hãy thử lại hoặc báo quản trị."),
        )
        raise
    if result.error:
        rows.update(state=TextStatus.FAILED, error=result.error[:255])
        return TextStatus.FAILED
    rows.update(
        state=TextStatus.DONE,
        text=result.text,
        warnings="\n".join(result.warnings),
        pages=result.pages,
        pages_done=result.pages,
    )
    return TextStatus.DONE


def start_scan_import(user, data, name):
    """Keep the upload and queue its recognition once the row is committed."""
    for abandoned in ScanImport.objects.filter(created_at__lt=timezone.now() - KEEP_ABANDONED):
        abandoned.delete()
    scan = ScanImport(user=user, name=name[:255])
    scan.file.save(Path(name).name, ContentFile(data), save=False)
    scan.save()
    scan_id = scan.pk
    transaction.on_commit(lambda: recognise_scan_import.enqueue(scan_id))
    return scan
