import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from documents.models import DirectivePage, OfficialDocumentPage, PlanPage
from tests.documents.factories import DocumentArchivePageFactory, IssuingBodyFactory
from tests.documents.importer.support import SAMPLES_DIR

pytestmark = pytest.mark.django_db

PLAN = SAMPLES_DIR / "ke_hoach_quy_web.txt"
DIRECTIVE = SAMPLES_DIR / "chi_thi_pdf_phang.txt"
NO_DATE = SAMPLES_DIR / "thong_bao_web_khong_so_ngay.txt"


@pytest.fixture
def archive(home_page):
    return DocumentArchivePageFactory(parent=home_page)


def _run(*args):
    out = StringIO()
    call_command("import_documents", *map(str, args), "--json", stdout=out)
    return json.loads(out.getvalue())


def test_dry_run_reports_fields_and_creates_nothing(archive):
    [result] = _run(PLAN, "--dry-run")
    assert result["number"] == "18/KH-UBND"
    assert result["document_type"] == "KH"
    assert result["issued_on"] == "2025-01-06"
    assert result["page_id"] is None
    assert not OfficialDocumentPage.objects.exists()


def test_json_holds_every_documented_key(archive):
    [result] = _run(PLAN, "--dry-run")
    assert set(result) == {
        "source",
        "number",
        "document_type",
        "title",
        "issuing_body",
        "issuing_place",
        "issued_on",
        "signer_name",
        "signer_title",
        "legal_bases",
        "recipients",
        "page_id",
        "warnings",
        "status",
        "needs_review",
    }


def test_plan_becomes_a_draft_plan_page_with_its_task_table(archive):
    [result] = _run(PLAN)
    page = PlanPage.objects.get(pk=result["page_id"])
    assert not page.live
    assert page.get_parent().pk == archive.pk
    assert page.number == "18/KH-UBND"
    tasks = [task for group in page.task_schedule for task in group.value["tasks"]]
    assert len(tasks) >= 4
    assert all(task["units"] for task in tasks)


def test_directive_becomes_a_directive_page_with_items(archive):
    [result] = _run(DIRECTIVE)
    page = DirectivePage.objects.get(pk=result["page_id"])
    assert len(page.items) >= 2


def test_publish_makes_the_page_live(archive):
    [result] = _run(PLAN, "--publish")
    assert PlanPage.objects.get(pk=result["page_id"]).live


def test_issuing_body_matches_catalogue_entry_without_province(archive):
    body = IssuingBodyFactory(name="Sở Nội vụ tỉnh Sông Xanh", short_code="SNV")
    [result] = _run(SAMPLES_DIR / "quyet_dinh_nfd_crlf.txt")
    assert OfficialDocumentPage.objects.get(pk=result["page_id"]).issuing_body == body


def test_document_without_date_is_kept_as_a_draft_without_an_invented_date(archive):
    [result] = _run(NO_DATE)
    page = OfficialDocumentPage.objects.get(pk=result["page_id"])
    assert (page.live, page.issued_on) == (False, None)
    assert any("ngày ban hành" in warning for warning in result["warnings"])


def test_bad_file_is_skipped_and_the_others_are_imported(archive, tmp_path):
    binary = tmp_path / "hong.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    results = _run(binary, PLAN)
    assert results[0]["page_id"] is None
    assert results[0]["warnings"]
    assert results[1]["page_id"] is not None


def test_same_document_twice_gets_distinct_slugs(archive):
    first, second = _run(PLAN, PLAN)
    assert first["page_id"] != second["page_id"]


def test_parent_option_is_used(archive, home_page):
    other = DocumentArchivePageFactory(parent=home_page, slug="van-ban-cu", title="Lưu trữ")
    [result] = _run(PLAN, "--parent", other.pk)
    assert PlanPage.objects.get(pk=result["page_id"]).get_parent().pk == other.pk


def test_unknown_parent_is_a_clear_error(archive):
    with pytest.raises(CommandError, match="Không có trang nào có ID"):
        call_command("import_documents", str(PLAN), "--parent", "999999")


def test_imported_text_is_rendered_escaped(archive, tmp_path, client):
    source = PLAN.read_text(encoding="utf-8").replace(
        "Căn cứ", "<script>alert(1)</script> Căn cứ"
    )
    hostile = tmp_path / "ke_hoach.txt"
    hostile.write_text(source, encoding="utf-8")
    [result] = _run(hostile, "--publish")
    html = client.get(PlanPage.objects.get(pk=result["page_id"]).url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
