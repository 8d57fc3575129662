"""Upload checks for documents and images: the bytes must really be the kind of file
the name says, whatever they start with.

A signature is only the first few bytes: "%PDF" followed by an HTML page passed the
old check. So every upload is also read as its type (pypdf parses a PDF, an Office
file must be a zip holding its main part, Pillow decodes an image, text must be
UTF-8), and content a browser would take for HTML, script or SVG is refused for
every type. A refused file is never stored: the form shows the reason.
"""

import codecs
import os
import re
import zipfile

import filetype
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

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
    "tif": {"tif"},
    "tiff": {"tif"},
}
TEXT_EXTENSIONS = {"txt", "csv"}
# The parts without which Word and Excel do not open an OOXML file.
OOXML_PARTS = {
    "docx": ("[Content_Types].xml", "word/document.xml"),
    "xlsx": ("[Content_Types].xml", "xl/workbook.xml"),
}
# An OpenDocument file names its type in an uncompressed `mimetype` entry.
OPENDOCUMENT_TYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
IMAGE_FORMATS = {
    "jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "tif": "TIFF", "tiff": "TIFF",
}
# filetype reads this many bytes; OOXML needs enough to see its first zip entries.
# Markup is looked for in this much of the start and of the end of a binary file,
# where polyglots put it (the middle of a PDF or an image is never sniffed as HTML).
SNIFF_BYTES = 64 * 1024

# Tags a browser's sniffing (or an old one's) takes for HTML, and SVG, which runs
# scripts; followed by what may end a tag name, so `<header>` or `<w:body>` (inside
# Office XML) do not match.
ACTIVE_MARKUP = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|frameset|svg|object|embed)[\s/>]",
    re.IGNORECASE,
)
# In a text file any HTML is a sign of a web page saved as .txt.
TEXT_MARKUP = re.compile(
    r"<(?:!doctype|!--|html|head|body|script|iframe|frameset|frame|svg|object|embed|style"
    r"|meta|link|base|form|img|a|div|p|table|title|br|h[1-6])[\s/>]",
    re.IGNORECASE,
)
# Control characters never found in text people write (tab, line breaks, form feed
# and vertical tab are fine).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

MISMATCH = _(
    "Nội dung tệp không khớp với phần mở rộng .%(extension)s. Hãy kiểm tra "
    "lại tệp (có thể tệp bị hỏng hoặc bị đổi tên)."
)


class ContentMismatch(Exception):
    """The bytes are not a file of the extension's kind."""


def _error(message, code, **params):
    return forms.ValidationError(message % params if params else message, code=code)


def _read(uploaded, offset, size):
    uploaded.seek(offset)
    data = uploaded.read(size)
    uploaded.seek(0)
    return data


def _size(uploaded):
    size = getattr(uploaded, "size", None)
    if size is None:
        uploaded.seek(0, os.SEEK_END)
        size = uploaded.tell()
        uploaded.seek(0)
    return size


def _has_active_markup(uploaded, head):
    if ACTIVE_MARKUP.search(head):
        return True
    size = _size(uploaded)
    if size <= SNIFF_BYTES:
        return False
    # The tail overlaps the head's last bytes when the file is small, which is harmless.
    return bool(ACTIVE_MARKUP.search(_read(uploaded, max(size - SNIFF_BYTES, 0), SNIFF_BYTES)))


def _check_text(uploaded, extension):
    """UTF-8 (with or without a byte-order mark), no control characters, no HTML."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    carried = ""
    uploaded.seek(0)
    try:
        for chunk in uploaded.chunks():
            text = decoder.decode(chunk)
            if CONTROL_CHARACTERS.search(text):
                raise _error(
                    _("Tệp .%(extension)s này không phải văn bản thuần: có thể là tệp khác "
                      "bị đổi tên."),
                    "content_mismatch",
                    extension=extension,
                )
            # A tag cut in two by the chunk boundary is found in the joined window.
            window = carried + text
            if TEXT_MARKUP.search(window):
                raise _error(
                    _("Tệp .%(extension)s này chứa mã HTML (một trang web?), không phải "
                      "văn bản thuần."),
                    "active_content",
                    extension=extension,
                )
            carried = window[-32:]
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        raise _error(
            _("Tệp .%(extension)s phải được lưu với bảng mã UTF-8 (ví dụ trong Notepad: "
              "Lưu thành… → Mã hóa: UTF-8)."),
            "text_encoding",
            extension=extension,
        ) from error
    finally:
        uploaded.seek(0)


def _check_pdf(uploaded):
    from pypdf import PdfReader

    uploaded.seek(0)
    try:
        reader = PdfReader(uploaded)
        # An encrypted PDF parses, but its pages can only be counted after decryption.
        if not reader.is_encrypted and len(reader.pages) < 1:
            raise ContentMismatch
    except ContentMismatch:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken input
        raise ContentMismatch from error
    finally:
        uploaded.seek(0)


def _open_zip(uploaded):
    uploaded.seek(0)
    try:
        return zipfile.ZipFile(uploaded)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ContentMismatch from error


def _read_member(archive, name, size):
    try:
        with archive.open(name) as member:
            return member.read(size)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as error:
        raise ContentMismatch from error


def _check_ooxml(uploaded, extension):
    with _open_zip(uploaded) as archive:
        for part in OOXML_PARTS[extension]:
            if not _read_member(archive, part, 1024).lstrip().startswith(b"<"):
                raise ContentMismatch
    uploaded.seek(0)


def _check_opendocument(uploaded, extension):
    with _open_zip(uploaded) as archive:
        mimetype = _read_member(archive, "mimetype", 128).strip()
        if mimetype != OPENDOCUMENT_TYPES[extension].encode():
            raise ContentMismatch
        if not _read_member(archive, "content.xml", 1024).lstrip().startswith(b"<"):
            raise ContentMismatch
    uploaded.seek(0)


def _check_image(uploaded, extension):
    """Pillow must decode the whole image, of the format the extension names."""
    from PIL import Image

    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    too_large = _error(
        _("Ảnh quá lớn: tối đa %(pixels)s điểm ảnh."),
        "image_too_large",
        pixels=f"{limit:,}".replace(",", "."),
    )
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            if image.format != IMAGE_FORMATS[extension]:
                raise ContentMismatch
            if image.width * image.height > limit:
                raise too_large
            image.load()
    except (ContentMismatch, forms.ValidationError):
        raise
    except Image.DecompressionBombError as error:
        # Pillow's own limit, met before the size could be compared with ours.
        raise too_large from error
    except Exception as error:  # noqa: BLE001 - Pillow raises many kinds on broken input
        raise ContentMismatch from error
    finally:
        uploaded.seek(0)


def _check_structure(uploaded, extension):
    if extension == "pdf":
        _check_pdf(uploaded)
    elif extension in OOXML_PARTS:
        _check_ooxml(uploaded, extension)
    elif extension in OPENDOCUMENT_TYPES:
        _check_opendocument(uploaded, extension)
    elif extension in IMAGE_FORMATS:
        _check_image(uploaded, extension)


def _refuse_active_content(uploaded, head):
    if _has_active_markup(uploaded, head):
        raise _error(
            _("Tệp chứa mã HTML, script hoặc SVG nên không được nhận: trình duyệt có thể "
              "chạy mã đó khi người đọc mở tệp."),
            "active_content",
        )


def _extension(uploaded):
    return os.path.splitext(uploaded.name)[1].lower().lstrip(".")


def check_document_content(uploaded):
    """Raise ValidationError unless the upload's bytes are a file of its extension."""
    extension = _extension(uploaded)
    allowed = [ext.lower() for ext in settings.WAGTAILDOCS_EXTENSIONS]
    if extension not in allowed:
        raise _error(
            _("Không nhận tệp .%(extension)s. Các loại tệp được phép: %(allowed)s."),
            "extension_not_allowed",
            extension=extension or "?",
            allowed=", ".join(allowed),
        )
    head = _read(uploaded, 0, SNIFF_BYTES)
    kind = filetype.guess(head)
    if extension in TEXT_EXTENSIONS:
        if kind is not None or (b"\x00" in head):
            raise _error(
                _("Tệp .%(extension)s này không phải văn bản thuần: có thể là tệp khác "
                  "bị đổi tên."),
                "content_mismatch",
                extension=extension,
            )
        _check_text(uploaded, extension)
        return
    _refuse_active_content(uploaded, head)
    try:
        if kind is None or kind.extension not in SIGNATURES.get(extension, {extension}):
            raise ContentMismatch
        _check_structure(uploaded, extension)
    except ContentMismatch as error:
        raise _error(MISMATCH, "content_mismatch", extension=extension) from error


def check_image_content(uploaded):
    """What Wagtail's image field leaves out: markup hidden in the file, and an image
    that does not decode past its header."""
    extension = _extension(uploaded)
    _refuse_active_content(uploaded, _read(uploaded, 0, SNIFF_BYTES))
    if extension not in IMAGE_FORMATS:
        return
    try:
        _check_image(uploaded, extension)
    except ContentMismatch as error:
        raise _error(MISMATCH, "content_mismatch", extension=extension) from error


class DocumentForm(BaseDocumentForm):
    """Checks an uploaded document's type; documents.forms.DocumentForm builds on it."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            check_document_content(uploaded)
        return uploaded


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with the content check before Wagtail opens the file:
    Wagtail's own reading of a truncated image raised OSError, a 500."""

    def to_python(self, data):
        if data and hasattr(data, "name"):
            check_image_content(data)
        return super().to_python(data)


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the content check.
    Wagtail builds the file field itself (images.forms.formfield_for_dbfield), so the
    form's own copy of it becomes the checked kind here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            field.__class__ = CheckedImageField
