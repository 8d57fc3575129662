import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.documents.files import pdf_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PDF = pdf_bytes("Ke hoach thi dua")


def _docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buffer.getvalue()


def _png(size=(20, 10), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg():
    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 10)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def editor_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": "Tệp thử", "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def _media_files(settings):
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def test_pdf_upload_is_accepted(editor_client):
    response = _upload_document(editor_client, "ke-hoach.pdf", PDF)
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


def test_docx_upload_is_accepted(editor_client):
    assert _upload_document(editor_client, "chi-thi.docx", _docx()).status_code == 302


def test_plain_text_upload_is_accepted(editor_client):
    content = "Kế hoạch thi đua năm 2026".encode()
    assert _upload_document(editor_client, "ghi-chu.txt", content).status_code == 302


def test_disallowed_extension_is_refused_with_message(editor_client):
    response = _upload_document(editor_client, "virus.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    assert get_document_model().objects.count() == 0
    assert "Không nhận tệp .exe" in response.content.decode()


def test_executable_renamed_to_pdf_is_refused(editor_client, settings):
    response = _upload_document(editor_client, "ke-hoach.pdf", b"MZ\x90\x00" + b"\x00" * 64)
    assert response.status_code == 200
    assert "Nội dung tệp không khớp" in response.content.decode()
    assert get_document_model().objects.count() == 0
    assert _media_files(settings) == []


def test_binary_renamed_to_txt_is_refused(editor_client):
    response = _upload_document(editor_client, "ghi-chu.txt", _png())
    assert "không phải văn bản thuần" in response.content.decode()
    assert get_document_model().objects.count() == 0


def test_docx_that_is_really_a_pdf_is_refused(editor_client):
    response = _upload_document(editor_client, "chi-thi.docx", PDF)
    assert "Nội dung tệp không khớp" in response.content.decode()


def test_document_over_size_limit_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = _upload_document(editor_client, "lon.pdf", PDF + b"0" * 2048)
    assert response.status_code == 200
    assert get_document_model().objects.count() == 0


def _upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": "Ảnh thử", "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_png_image_upload_is_accepted(editor_client):
    assert _upload_image(editor_client, "anh.png", _png()).status_code == 302
    assert get_image_model().objects.count() == 1


def test_image_whose_content_does_not_match_extension_is_refused(editor_client, settings):
    response = _upload_image(editor_client, "anh.png", _jpeg())
    assert response.status_code == 200
    assert get_image_model().objects.count() == 0
    assert _media_files(settings) == []


def test_decompression_bomb_image_is_refused(editor_client, settings):
    # 100 million one-bit pixels compress to a few kilobytes.
    response = _upload_image(editor_client, "bom.png", _png((10_000, 10_000), mode="1"))
    assert response.status_code == 200
    assert get_image_model().objects.count() == 0


def test_svg_image_is_refused(editor_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = _upload_image(editor_client, "anh.svg", svg)
    assert response.status_code == 200
    assert get_image_model().objects.count() == 0
