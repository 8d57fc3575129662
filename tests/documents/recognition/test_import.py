"""Scanned official texts in the importer: `import_documents` recognises them on the
spot; the admin's "Nhập văn bản" hands them to a background job, shows its progress
and then the usual preview."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from documents.models import PlanPage, ScanImport
from documents.models.files import TextStatus
from tests.documents.recognition.scans import png_scan, require_ocr
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PLAN = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH THỬ NGHIỆM",
    "Số: 18/KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Thử Nghiệm, ngày 6 tháng 1 năm 2025",
    "KẾ HOẠCH",
    "Tổ chức phong trào thi đua năm 2025",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Đẩy mạnh phong trào thi đua yêu nước trong toàn tỉnh.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Nguyễn Văn An",
]
URL = "/admin/documents/import/"


@pytest.fixture
def scanned_plan(tmp_path):
    require_ocr()
    path = tmp_path / "ke-hoach-ban-quet.png"
    path.write_bytes(png_scan(*PLAN))
    return path


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def editor_client(client, archive):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client




def test_command_reads_a_scanned_plan_into_a_draft(archive, scanned_plan):
    out, err = io.StringIO(), Terminal()
    call_command("import_documents", str(scanned_plan), "--json", stdout=out, stderr=err)
    [result] = json.loads(out.getvalue())
    page = PlanPage.objects.get(pk=result["page_id"])
    assert (page.number, page.issued_on.isoformat()) == ("18/KH-UBND", "2025-01-06")
    assert not page.live
    assert page.subject == "Tổ chức phong trào thi đua năm 2025"
    assert page.signer_name == "Nguyễn Văn An"
    assert "đã nhận dạng trang 1/1" in err.getvalue()


def test_command_writes_no_progress_off_a_terminal(archive, scanned_plan):
    err = io.StringIO()
    call_command(
        "import_documents", str(scanned_plan), "--dry-run", stdout=io.StringIO(), stderr=err
    )
    assert err.getvalue() == ""


def test_admin_import_of_a_scan_answers_with_a_progress_page(
    editor_client, database_tasks, django_capture_on_commit_callbacks
):
    require_ocr()
    upload = SimpleUploadedFile("ke-hoach.png", png_scan(*PLAN))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(URL, {"step": "preview", "source_file": upload})
    scan = ScanImport.objects.get()
    assert response.url == reverse("documents_import_scan", args=(scan.pk,))
    progress = editor_client.get(response.url).content.decode()
    assert "Đang chờ nhận dạng" in progress
    assert 'http-equiv="refresh"' in progress


def test_admin_import_of_a_scan_shows_the_preview_once_recognised(
    editor_client, django_capture_on_commit_callbacks
):
    require_ocr()
    upload = SimpleUploadedFile("ke-hoach.png", png_scan(*PLAN))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(URL, {"step": "preview", "source_file": upload})
    html = editor_client.get(response.url).content.decode()
    assert 'id="document-import-preview-form"' in html
    assert "18/KH-UBND" in html
    assert not ScanImport.objects.exists()


def _scan(user, **state):
    scan = ScanImport(user=user, name="ke-hoach.png", **state)
    scan.file.save("ke-hoach.png", ContentFile(b"x"), save=False)
    scan.save()
    return scan


def test_failed_scan_import_goes_back_to_the_form_with_its_reason(client, archive):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    scan = _scan(user, state=TextStatus.FAILED, error="Ảnh hỏng: không đọc được.")
    response = client.get(reverse("documents_import_scan", args=(scan.pk,)), follow=True)
    assert "Lỗi: Ảnh hỏng: không đọc được." in response.content.decode()
    assert not ScanImport.objects.exists()


def test_scan_import_of_another_user_is_not_found(editor_client):
    scan = _scan(UserFactory(), state=TextStatus.RECOGNISING, pages_done=1, pages=3)
    response = editor_client.get(reverse("documents_import_scan", args=(scan.pk,)))
    assert response.status_code == 404


def test_progress_page_names_the_page_being_read(client, archive):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    scan = _scan(user, state=TextStatus.RECOGNISING, pages_done=6, pages=40)
    response = client.get(reverse("documents_import_scan", args=(scan.pk,)))
    assert "Đang nhận dạng trang 7/40" in response.content.decode()
