"""The admin "Nhập văn bản" view: paste or upload, preview, create the draft."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.choices import DocumentType
from documents.extraction import MAX_FILE_BYTES
from documents.models import OfficialDocumentPage, PlanPage
from tests.documents.factories import IssuingBodyFactory
from tests.documents.files import docx_bytes
from tests.documents.importer.admin_support import (
    URL,
    field_value,
    log_in_as_importer,
    preview,
    preview_data,
    selected_value,
)
from tests.documents.importer.support import SAMPLES_DIR
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PLAN_TEXT = (SAMPLES_DIR / "ke_hoach_quy_web.txt").read_text(encoding="utf-8")
DECISION_TEXT = (SAMPLES_DIR / "quyet_dinh_khen_thuong.txt").read_text(encoding="utf-8")


@pytest.fixture
def editor_client(client, archive):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_get_shows_the_source_form(editor_client):
    response = editor_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="document-import-source-form"' in html
    assert 'id="id_text"' in html
    assert 'id="id_source_file"' in html


def test_url_name_resolves_to_the_view():
    assert reverse("documents_import") == URL


def test_menu_item_is_shown_to_importers(editor_client):
    assert URL in editor_client.get("/admin/").content.decode()


def test_pasted_text_fills_thepreview(editor_client):
    html = preview(editor_client, text=PLAN_TEXT).content.decode()
    assert 'id="document-import-preview-form"' in html
    assert field_value(html, "id_number") == "18/KH-UBND"
    assert selected_value(html, "id_document_type") == DocumentType.PLAN
    assert field_value(html, "id_title") == "Công tác thi đua, khen thưởng năm 2025"
    assert field_value(html, "id_issued_on") == "2025-01-06"
    assert field_value(html, "id_issuing_place") == "Sông Xanh"
    assert field_value(html, "id_signer_name") == "Hoàng Minh Khôi"
    assert field_value(html, "id_signer_title") == "CHỦ TỊCH"
    assert selected_value(html, "id_signer_capacity") == "TM."


def test_preview_of_a_plan_summarises_its_task_table(editor_client):
    html = preview(editor_client, text=PLAN_TEXT).content.decode()
    summary = html[html.index('id="import-task-summary"') :]
    assert "QUÝ IV" in summary
    assert "Khen thưởng học sinh đạt giải" in summary


def test_preview_of_a_decision_has_no_task_summary(editor_client):
    html = preview(editor_client, text=DECISION_TEXT).content.decode()
    assert field_value(html, "id_number") == "07/2025/QĐ-UBND"
    assert 'id="import-task-summary"' not in html


def test_uploaded_docx_fills_thepreview(editor_client):
    upload = SimpleUploadedFile(
        "quyet-dinh.docx",
        docx_bytes(*DECISION_TEXT.splitlines()),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    html = preview(editor_client, source_file=upload).content.decode()
    assert field_value(html, "id_number") == "07/2025/QĐ-UBND"
    assert field_value(html, "id_issued_on") == "2025-04-21"


def test_uploaded_text_file_fills_thepreview(editor_client):
    upload = SimpleUploadedFile("ke-hoach.txt", PLAN_TEXT.encode("utf-8"))
    html = preview(editor_client, source_file=upload).content.decode()
    assert field_value(html, "id_number") == "18/KH-UBND"


def test_create_saves_a_draft_plan_with_its_fields_and_tasks(editor_client, archive):
    html = preview(editor_client, text=PLAN_TEXT).content.decode()
    response = editor_client.post(URL, preview_data(html))
    page = PlanPage.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live
    assert page.get_parent().pk == archive.pk
    assert page.number == "18/KH-UBND"
    assert page.issued_on.isoformat() == "2025-01-06"
    assert page.signer_name == "Hoàng Minh Khôi"
    assert page.legal_bases.startswith("Căn cứ Luật Thi đua, Khen thưởng")
    assert "Lưu: VT, NC" in page.recipients
    assert sum(len(rows) for _period, rows in page.task_groups()) == 7


def test_create_keeps_the_editors_corrections(editor_client):
    body = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Sông Xanh")
    html = preview(editor_client, text=DECISION_TEXT).content.decode()
    data = preview_data(html) | {"number": "08/2025/QĐ-UBND", "signer_name": "Lê Văn Sửa"}
    editor_client.post(URL, data)
    page = OfficialDocumentPage.objects.get()
    assert page.number == "08/2025/QĐ-UBND"
    assert page.signer_name == "Lê Văn Sửa"
    assert page.issuing_body == body
    assert page.document_type == DocumentType.DECISION


def test_create_redirect_carries_a_success_message(editor_client):
    html = preview(editor_client, text=DECISION_TEXT).content.decode()
    response = editor_client.post(URL, preview_data(html), follow=True)
    assert "Đã tạo bản nháp" in response.content.decode()


def test_user_without_add_permission_is_refused(client, archive):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
    assert client.get(URL).url == "/admin/"
    assert preview(client, text=PLAN_TEXT).url == "/admin/"


def test_user_with_add_permission_on_the_archive_may_import(client, archive):
    log_in_as_importer(client, archive)
    assert client.get(URL).status_code == 200


def test_empty_submission_asks_for_text_or_file(editor_client):
    html = preview(editor_client, text="   ").content.decode()
    assert "Hãy dán nội dung văn bản hoặc chọn một tệp." in html


def test_binary_file_gives_a_clear_message(editor_client):
    upload = SimpleUploadedFile("anh.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    response = preview(editor_client, source_file=upload)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tệp là tệp nhị phân, không phải văn bản." in html
    assert 'id="document-import-source-form"' in html


def test_corrupt_docx_gives_a_clear_message(editor_client):
    upload = SimpleUploadedFile("hong.docx", b"PK\x03\x04 not really a zip file")
    html = preview(editor_client, source_file=upload).content.decode()
    assert "Tệp nén không phải tài liệu Word (.docx) hợp lệ." in html


def test_oversized_file_is_refused_with_a_message(editor_client):
    upload = SimpleUploadedFile("lon.txt", b"a" * (MAX_FILE_BYTES + 1))
    html = preview(editor_client, source_file=upload).content.decode()
    assert "Tệp lớn hơn 20 MB: không đọc." in html


def test_missing_date_creates_a_draft_flagged_for_review(editor_client):
    html = preview(editor_client, text=DECISION_TEXT).content.decode()
    editor_client.post(URL, preview_data(html) | {"issued_on": ""})
    page = OfficialDocumentPage.objects.get()
    assert (page.live, page.issued_on, page.needs_review) == (False, None, "issued_on")


def test_invalid_date_gives_a_message(editor_client):
    html = preview(editor_client, text=DECISION_TEXT).content.decode()
    response = editor_client.post(URL, preview_data(html) | {"issued_on": "31/02/2025"})
    assert "Ngày ban hành không hợp lệ" in response.content.decode()


def test_tampered_structure_is_refused_with_a_message(editor_client):
    html = preview(editor_client, text=PLAN_TEXT).content.decode()
    response = editor_client.post(URL, preview_data(html) | {"structure": "gia-mao"})
    assert response.status_code == 200
    assert "hãy nhập lại từ đầu" in response.content.decode()
    assert not PlanPage.objects.exists()


def test_unknown_parent_is_refused_with_a_message(editor_client):
    html = preview(editor_client, text=DECISION_TEXT).content.decode()
    response = editor_client.post(URL, preview_data(html) | {"parent": "999999"})
    assert "Bạn không được thêm văn bản vào trang đã chọn." in response.content.decode()


def test_menu_item_is_hidden_without_add_permission(client, archive):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert URL not in client.get("/admin/").content.decode()
