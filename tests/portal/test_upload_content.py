"""portal.uploads reads every upload as its type: a right first few bytes are not
enough, and markup a browser would run is refused whatever the extension."""

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.documents.files import docx_bytes, pdf_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"
ACTIVE = "Tệp chứa mã HTML, script hoặc SVG"
MISMATCH = "Nội dung tệp không khớp"


@pytest.fixture
def editor_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _post(client, url, name, content):
    return client.post(
        url, {"title": "Tệp thử", "file": SimpleUploadedFile(name, content), "collection": 1}
    )


def _document(client, name, content):
    return _post(client, "/admin/documents/add/", name, content)


def _image(client, name, content):
    return _post(client, "/admin/images/add/", name, content)


def _refused(response, message, settings):
    stored = [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]
    return (
        response.status_code == 200
        and message in response.content.decode()
        and get_document_model().objects.count() == 0
        and get_image_model().objects.count() == 0
        and stored == []
    )


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            # OpenDocument wants its mimetype entry first and uncompressed.
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def _xlsx():
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Danh sách khen thưởng"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


ODT_TYPE = "application/vnd.oasis.opendocument.text"


def _odt(mimetype=ODT_TYPE, content=True):
    entries = [("mimetype", mimetype), ("META-INF/manifest.xml", "<manifest/>")]
    if content:
        entries.append(("content.xml", '<?xml version="1.0"?><office:document-content/>'))
    return _zip(entries)


def _png(mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (40, 30), (164, 22, 26)).save(buffer, "PNG")
    return buffer.getvalue()


# PDF


def test_pdf_that_continues_as_html_is_refused(editor_client, settings):
    response = _document(editor_client, "ke-hoach.pdf", b"%PDF-1.4\n" + HTML)
    assert _refused(response, ACTIVE, settings)


def test_pdf_signature_followed_by_anything_else_is_refused(editor_client, settings):
    response = _document(editor_client, "ke-hoach.pdf", b"%PDF-1.4\n" + b"Khong phai PDF. " * 50)
    assert _refused(response, MISMATCH, settings)


def test_real_pdf_with_html_appended_is_refused(editor_client, settings):
    padding = b"\n%" + b"0" * 100_000 + b"\n"
    response = _document(editor_client, "ke-hoach.pdf", pdf_bytes("Ke hoach") + padding + HTML)
    assert _refused(response, ACTIVE, settings)


def test_svg_named_pdf_is_refused(editor_client, settings):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    assert _refused(_document(editor_client, "ke-hoach.pdf", svg), ACTIVE, settings)


# Office files


def test_docx_without_its_document_part_is_refused(editor_client, settings):
    fake = _zip([("[Content_Types].xml", "<Types/>"), ("word/styles.xml", "<w:styles/>")])
    assert _refused(_document(editor_client, "chi-thi.docx", fake), MISMATCH, settings)


def test_docx_holding_html_is_refused(editor_client, settings):
    fake = _zip([("[Content_Types].xml", "<Types/>"), ("word/document.xml", HTML)])
    # Stored, not compressed, so the markup is in the file's bytes as a browser sees them.
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(fake)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info), compress_type=zipfile.ZIP_STORED)
    response = _document(editor_client, "chi-thi.docx", buffer.getvalue())
    assert _refused(response, ACTIVE, settings)


def test_real_docx_is_accepted(editor_client):
    response = _document(editor_client, "chi-thi.docx", docx_bytes("Chỉ thị thi đua"))
    assert response.status_code == 302


def test_real_xlsx_is_accepted(editor_client):
    assert _document(editor_client, "danh-sach.xlsx", _xlsx()).status_code == 302


def test_xlsx_without_its_workbook_is_refused(editor_client, settings):
    fake = _zip([("[Content_Types].xml", "<Types/>"), ("xl/styles.xml", "<styleSheet/>")])
    assert _refused(_document(editor_client, "danh-sach.xlsx", fake), MISMATCH, settings)


def test_odt_is_accepted(editor_client):
    assert _document(editor_client, "bao-cao.odt", _odt()).status_code == 302


def test_odt_without_content_is_refused(editor_client, settings):
    response = _document(editor_client, "bao-cao.odt", _odt(content=False))
    assert _refused(response, MISMATCH, settings)


def test_truncated_zip_is_refused(editor_client, settings):
    response = _document(editor_client, "chi-thi.docx", docx_bytes("Chỉ thị")[:2000])
    assert _refused(response, MISMATCH, settings)


# Images attached as documents


def test_png_document_is_accepted(editor_client):
    assert _document(editor_client, "anh.png", _png()).status_code == 302


def test_png_document_that_does_not_decode_is_refused(editor_client, settings):
    # The signature and the size header survive; the pixel data is cut off.
    response = _document(editor_client, "anh.png", _png()[:40])
    assert _refused(response, MISMATCH, settings)


def test_png_document_followed_by_html_is_refused(editor_client, settings):
    assert _refused(_document(editor_client, "anh.png", _png() + HTML), ACTIVE, settings)


# Text


def test_utf8_text_with_byte_order_mark_is_accepted(editor_client):
    content = "\ufeffKế hoạch thi đua năm 2026\r\n".encode()
    assert _document(editor_client, "ghi-chu.txt", content).status_code == 302


def test_web_page_saved_as_txt_is_refused(editor_client, settings):
    page = "Thông báo <p>xem tại <a href='x'>đây</a></p>".encode()
    response = _document(editor_client, "ghi-chu.txt", page)
    assert _refused(response, "chứa mã HTML", settings)


def test_html_late_in_a_long_text_is_refused(editor_client, settings):
    content = ("Dòng văn bản bình thường.\n" * 20_000).encode() + HTML
    assert _refused(_document(editor_client, "ghi-chu.txt", content), "chứa mã HTML", settings)


def test_text_not_in_utf8_is_refused_with_how_to_save_it(editor_client, settings):
    content = "Thi đua năm nay".encode("cp1258")
    response = _document(editor_client, "ghi-chu.txt", content)
    assert _refused(response, "bảng mã UTF-8", settings)


def test_text_with_control_characters_is_refused(editor_client, settings):
    response = _document(editor_client, "ghi-chu.txt", b"Ke hoach\x1b[31m\x07")
    assert _refused(response, "không phải văn bản thuần", settings)


def test_text_that_mentions_comparisons_is_accepted(editor_client):
    content = "Điểm < 5 thì không xét; điểm >= 8 được khen.".encode()
    assert _document(editor_client, "ghi-chu.txt", content).status_code == 302


def test_csv_is_checked_as_text_when_allowed(editor_client, settings):
    settings.WAGTAILDOCS_EXTENSIONS = [*settings.WAGTAILDOCS_EXTENSIONS, "csv"]
    response = _document(editor_client, "danh-sach.csv", b"ten,don vi\n<script>x</script>,y\n")
    assert _refused(response, "chứa mã HTML", settings)


# Wagtail images


def test_image_followed_by_html_is_refused(editor_client, settings):
    assert _refused(_image(editor_client, "anh.png", _png() + HTML), ACTIVE, settings)


def test_image_that_does_not_decode_is_refused(editor_client, settings):
    assert _refused(_image(editor_client, "anh.png", _png()[:60]), MISMATCH, settings)


def test_real_image_is_accepted(editor_client):
    assert _image(editor_client, "anh.png", _png()).status_code == 302


def test_image_too_large_to_decode_is_refused_with_its_limit(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    assert _refused(_document(editor_client, "anh.png", _png()), "Ảnh quá lớn", settings)


def test_multiple_upload_of_an_image_that_does_not_decode_is_refused(editor_client, settings):
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("anh.png", _png()[:60]), "collection": 1},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert get_image_model().objects.count() == 0
