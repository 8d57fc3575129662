"""No text is lost: a text without its subject or date becomes a draft flagged for
review, `--publish` leaves it a draft, and editors find it in the review report."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from documents.importer import parse_text
from documents.importer.pages import build_page
from documents.models import OfficialDocumentPage
from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.importer.support import SAMPLES_DIR
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

COMPLETE = SAMPLES_DIR / "quyet_dinh_khen_thuong.txt"
NO_DATE = SAMPLES_DIR / "thong_bao_web_khong_so_ngay.txt"
# A công văn copied without its "V/v" line: the subject is not in the text.
NO_SUBJECT = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 215/UBND-KGVX\nLạng Sơn, ngày 14 tháng 3 năm 2025\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    "Thực hiện Kế hoạch số 12/KH-UBND, UBND tỉnh đề nghị các cơ quan, đơn vị gửi báo cáo "
    "kết quả phong trào thi đua về Sở Nội vụ trước ngày 30/3/2025./.\n"
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐoàn Thu Hà\n"
)


def _run(tmp_path, *sources, publish=False):
    paths = []
    for index, source in enumerate(sources):
        if isinstance(source, str):
            path = tmp_path / f"van_ban_{index}.txt"
            path.write_text(source, encoding="utf-8")
            source = path
        paths.append(str(source))
    out = StringIO()
    options = ["--json", "--publish"] if publish else ["--json"]
    call_command("import_documents", *paths, *options, stdout=out)
    return json.loads(out.getvalue())


def test_text_without_a_date_is_saved_as_a_draft_naming_the_missing_date(archive, tmp_path):
    [result] = _run(tmp_path, NO_DATE)
    assert (result["status"], result["needs_review"]) == ("draft", ["issued_on"])


def test_text_without_a_subject_is_titled_from_its_best_line(archive, tmp_path):
    [result] = _run(tmp_path, NO_SUBJECT)
    page = OfficialDocumentPage.objects.get(pk=result["page_id"])
    assert result["needs_review"] == ["title"]
    assert page.title.startswith("Kính gửi: Các sở, ban, ngành tỉnh.")
    assert (page.subject, page.needs_review) == ("", "subject")


def test_no_word_of_the_body_is_lost_without_a_subject(archive, tmp_path):
    [result] = _run(tmp_path, NO_SUBJECT)
    page = OfficialDocumentPage.objects.get(pk=result["page_id"])
    assert "trước ngày 30/3/2025" in " ".join(str(block.value) for block in page.body)


def test_publish_publishes_complete_texts_and_keeps_the_others_as_drafts(archive, tmp_path):
    complete, incomplete = _run(tmp_path, COMPLETE, NO_DATE, publish=True)
    assert (complete["status"], incomplete["status"]) == ("published", "draft")
    assert not OfficialDocumentPage.objects.get(pk=incomplete["page_id"]).live


def test_complete_text_needs_no_review(archive, tmp_path):
    [result] = _run(tmp_path, COMPLETE)
    assert result["needs_review"] == []
    assert OfficialDocumentPage.objects.get(pk=result["page_id"]).needs_review == ""


def test_dry_run_names_the_missing_fields_and_has_no_status(archive):
    out = StringIO()
    call_command("import_documents", str(NO_DATE), "--dry-run", "--json", stdout=out)
    [result] = json.loads(out.getvalue())
    assert (result["status"], result["needs_review"]) == (None, ["issued_on"])


def test_plain_report_marks_the_draft_that_needs_review(archive):
    out = StringIO()
    call_command("import_documents", str(NO_DATE), "--publish", stdout=out)
    assert "(bản nháp)" in out.getvalue()
    assert "ngày ban hành" in out.getvalue()


def test_text_with_nothing_of_a_document_is_not_saved(archive, tmp_path):
    [result] = _run(tmp_path, "Trang chủ | Giới thiệu | Liên hệ\n")
    assert (result["page_id"], result["status"]) == (None, None)
    assert not OfficialDocumentPage.objects.exists()


def test_flag_clears_when_the_editor_fills_the_missing_date(archive, tmp_path):
    [result] = _run(tmp_path, NO_DATE)
    page = OfficialDocumentPage.objects.get(pk=result["page_id"])
    page.issued_on = "2025-07-01"
    page.save()
    page.refresh_from_db()
    assert page.needs_review == ""


def test_flag_naming_no_field_of_the_page_is_dropped_on_save(archive):
    page = OfficialDocumentPageFactory(parent=archive)
    page.needs_review, page.subject = "subject,<script>x</script>", ""
    page.save(clean=False)  # a draft without its subject, as the importer saves one
    page.refresh_from_db()
    assert page.needs_review == "subject"


def _report(client):
    return client.get(reverse("documents_needs_review")).content.decode()


def test_report_lists_each_draft_needing_review_with_its_missing_fields(
    admin_client, archive, tmp_path
):
    _run(tmp_path, NO_DATE, COMPLETE)
    html = _report(admin_client)
    assert "lịch họp sơ kết Khối thi đua số 3" in html
    assert "ngày ban hành" in html
    assert "khen thưởng thành tích" not in html


def test_report_forgets_a_draft_once_the_editor_has_filled_it_in(admin_client, archive, tmp_path):
    [result] = _run(tmp_path, NO_DATE)
    page = OfficialDocumentPage.objects.get(pk=result["page_id"])
    page.issued_on = "2025-07-01"
    page.save()
    assert "lịch họp sơ kết Khối thi đua số 3" not in _report(admin_client)


def test_report_is_in_the_reports_menu(admin_client, archive):
    html = admin_client.get("/admin/").content.decode()
    assert reverse("documents_needs_review") in html


def test_report_shows_nothing_to_a_user_who_may_change_no_document(client, archive, tmp_path):
    _run(tmp_path, NO_DATE)
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    html = _report(client)
    assert "lịch họp sơ kết Khối thi đua số 3" not in html
    assert "Không có bản nháp nào cần kiểm tra." in html


def test_draft_built_without_a_date_keeps_the_date_empty():
    page, warnings = build_page(parse_text(NO_DATE.read_text(encoding="utf-8")))
    assert page.issued_on is None
    assert any("cần kiểm tra" in warning for warning in warnings)


def test_saving_the_draft_in_wagtails_editor_with_the_date_clears_the_flag(
    admin_client, archive, tmp_path
):
    [result] = _run(tmp_path, NO_DATE)
    page = OfficialDocumentPage.objects.get(pk=result["page_id"])
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "subject": page.subject,
            "body": streamfield([]),
            "number": "",
            "document_type": page.document_type,
            "place_of_issue": "",
            "issued_on": "2025-07-01",
            "status": page.status,
            "signer_name": page.signer_name,
            "attachments": inline_formset([]),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    page.refresh_from_db()
    assert (page.issued_on.isoformat(), page.needs_review, page.live) == ("2025-07-01", "", False)
