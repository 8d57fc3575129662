import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import DocumentFile
from tests.documents.files import docx_bytes, encrypted_pdf_bytes, pdf_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _document(name, data):
    document = DocumentFile(title=name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document


def test_saving_a_pdf_stores_its_text():
    document = _document("ke-hoach.pdf", pdf_bytes("Phat dong thi dua"))
    assert "Phat dong thi dua" in DocumentFile.objects.get(pk=document.pk).extracted_text


def test_saving_a_docx_stores_its_text():
    document = _document("chi-thi.docx", docx_bytes("Đổi mới phong trào thi đua"))
    assert "Đổi mới phong trào thi đua" in document.extracted_text


def test_title_edit_does_not_read_the_file_again():
    document = _document("ke-hoach.pdf", pdf_bytes("Phat dong thi dua"))
    DocumentFile.objects.filter(pk=document.pk).update(extracted_text="sửa tay")
    document.refresh_from_db()
    document.title = "Tên mới"
    document.save()
    assert DocumentFile.objects.get(pk=document.pk).extracted_text == "sửa tay"


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_admin_upload_of_unreadable_pdf_is_saved_with_empty_text(admin_client):
    # A broken PDF is refused (tests/portal/test_uploads.py); one that parses but
    # whose text is locked is kept, with a note.
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Tệp hỏng",
            "file": SimpleUploadedFile("khoa.pdf", encrypted_pdf_bytes("Mat"), "application/pdf"),
            "collection": "1",
        },
    )
    assert response.status_code == 302
    document = DocumentFile.objects.get(title="Tệp hỏng")
    assert document.extracted_text == ""
    assert document.extraction_note


def test_admin_edit_page_shows_the_extraction_warning(admin_client):
    admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Tệp hỏng",
            "file": SimpleUploadedFile("khoa.pdf", encrypted_pdf_bytes("Mat"), "application/pdf"),
            "collection": "1",
        },
    )
    document = DocumentFile.objects.get(title="Tệp hỏng")
    html = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert document.extraction_note in html


def test_admin_upload_of_pdf_stores_its_text(admin_client):
    admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Kế hoạch",
            "file": SimpleUploadedFile("kh.pdf", pdf_bytes("Cum thi dua so 3"), "application/pdf"),
            "collection": "1",
        },
    )
    assert "Cum thi dua so 3" in DocumentFile.objects.get(title="Kế hoạch").extracted_text


def test_text_attachment_is_served_as_utf8(client, home_page):
    document = _document("ghi-chu.txt", "Kế hoạch thi đua".encode())
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_pdf_attachment_keeps_its_type(client, home_page):
    document = _document("ke-hoach.pdf", pdf_bytes("Phat dong thi dua"))
    assert client.get(document.url)["Content-Type"] == "application/pdf"
