"""What editors see and do with the recognised text of a scan in the admin: the
status in the documents listing and beside a page's attachments, re-running
recognition, and correcting the text by hand."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import Collection

from documents.models import DocumentAttachment, DocumentFile
from documents.models.files import TextStatus
from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.recognition.scans import png_scan, require_ocr, saved_file
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WORD = "Khenthuongxuatsac"


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _document(name="quyet-dinh.png", data=b"", **state):
    document = saved_file(name, data or png_scan("x"))
    DocumentFile.objects.filter(pk=document.pk).update(**state)
    document.refresh_from_db()
    return document


@pytest.fixture
def recognised(django_capture_on_commit_callbacks):
    require_ocr()
    with django_capture_on_commit_callbacks(execute=True):
        document = _document(data=png_scan(f"Tặng {WORD} tập thể"))
    document.refresh_from_db()
    return document


def _edit(client, document, text):
    return client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": document.title,
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "extracted_text": text,
        },
    )


def _rerun(client, document, **data):
    return client.post(reverse("documents_recognise", args=(document.pk,)), data)


@pytest.mark.parametrize(
    ("state", "label"),
    [
        ({"text_status": TextStatus.WAITING}, "Đang chờ nhận dạng"),
        (
            {"text_status": TextStatus.RECOGNISING, "text_pages_done": 6, "text_pages": 40},
            "Đang nhận dạng trang 7/40",
        ),
        ({"text_status": TextStatus.DONE, "text_pages": 40}, "Đã nhận dạng 40 trang"),
        (
            {"text_status": TextStatus.FAILED, "text_error": "Tệp PDF được đặt mật khẩu."},
            "Lỗi: Tệp PDF được đặt mật khẩu.",
        ),
    ],
)
def test_documents_listing_shows_the_state_of_the_text(admin_client, state, label):
    _document(**state)
    response = admin_client.get(reverse("wagtaildocs:index"))
    assert label in response.content.decode()


def test_page_attachments_show_the_state_of_the_text(admin_client, archive):
    page = OfficialDocumentPageFactory(parent=archive)
    document = _document(text_status=TextStatus.RECOGNISING, text_pages_done=1, text_pages=3)
    DocumentAttachment.objects.create(page=page, document=document)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert "Đang nhận dạng trang 2/3" in response.content.decode()


def test_edit_page_offers_re_running_recognition(admin_client):
    document = _document(text_status=TextStatus.DONE, text_pages=1)
    response = admin_client.get(reverse("wagtaildocs:edit", args=(document.pk,)))
    assert reverse("documents_recognise", args=(document.pk,)) in response.content.decode()


def test_editing_the_text_marks_it_corrected(admin_client):
    document = _document(extracted_text="Tang khen thuong")
    _edit(admin_client, document, "Tặng khen thưởng")
    document.refresh_from_db()
    assert (document.extracted_text, document.text_corrected) == ("Tặng khen thưởng", True)


def test_saving_the_form_unchanged_is_not_a_correction(admin_client):
    document = _document(extracted_text="Dòng một\nDòng hai")
    _edit(admin_client, document, "Dòng một\r\nDòng hai")
    document.refresh_from_db()
    assert document.text_corrected is False


def test_re_run_keeps_a_correction(admin_client, recognised, django_capture_on_commit_callbacks):
    _edit(admin_client, recognised, "Bản sửa tay của biên tập viên")
    with django_capture_on_commit_callbacks(execute=True):
        response = _rerun(admin_client, recognised)
    assert response.status_code == 302
    recognised.refresh_from_db()
    assert recognised.extracted_text == "Bản sửa tay của biên tập viên"
    assert (recognised.text_status, recognised.text_corrected) == (TextStatus.DONE, True)


def test_re_run_overwrites_a_correction_when_asked(
    admin_client, recognised, django_capture_on_commit_callbacks
):
    _edit(admin_client, recognised, "Bản sửa tay của biên tập viên")
    with django_capture_on_commit_callbacks(execute=True):
        _rerun(admin_client, recognised, overwrite_correction="1")
    recognised.refresh_from_db()
    assert WORD in recognised.extracted_text
    assert recognised.text_corrected is False


def test_re_run_of_a_file_that_is_no_scan_is_refused_with_a_message(admin_client):
    document = _document("ghi-chu.txt", "Ghi chú thi đua".encode())
    response = _rerun(admin_client, document)
    document.refresh_from_db()
    assert response.status_code == 302
    assert document.text_status == TextStatus.NONE


def test_re_run_needs_permission_to_change_the_file(client, home_page):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    document = _document(text_status=TextStatus.DONE)
    response = _rerun(client, document)
    # Wagtail's admin answers a refusal by sending the user to the dashboard.
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    document.refresh_from_db()
    assert document.text_status == TextStatus.DONE


def test_re_run_of_an_unknown_file_is_not_found(admin_client):
    assert _rerun(admin_client, DocumentFile(pk=987654)).status_code == 404


def test_re_run_is_post_only(admin_client):
    document = _document(text_status=TextStatus.DONE)
    response = admin_client.get(reverse("documents_recognise", args=(document.pk,)))
    assert response.status_code == 405


def test_re_run_checks_the_csrf_token(client, home_page):
    client.handler.enforce_csrf_checks = True
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    document = _document(text_status=TextStatus.DONE)
    assert _rerun(client, document).status_code == 403


def test_status_answers_json_for_polling(admin_client):
    document = _document(text_status=TextStatus.RECOGNISING, text_pages_done=6, text_pages=40)
    answer = admin_client.get(reverse("documents_text_status", args=(document.pk,))).json()
    assert answer["label"] == "Đang nhận dạng trang 7/40"
