"""`import_awards`: files into decisions with rows, the options, one transaction per
file, and the JSON report."""

import json

import pytest
from django.core.management import CommandError, call_command

from documents.models import OfficialDocumentPage
from home.models import AwardDecisionPage, AwardRow
from tests.documents.factories import IssuingBodyFactory, OfficialDocumentPageFactory
from tests.home.awards import files

pytestmark = pytest.mark.django_db


@pytest.fixture
def list_file(tmp_path):
    path = tmp_path / "ds-1034.xlsx"
    path.write_bytes(files.award_list_xlsx())
    return path


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command("import_awards", *map(str, args), "--json", stdout=out)
    return json.loads(out.getvalue())


def test_a_list_becomes_a_draft_decision_under_the_archive(archive, list_file):
    [report] = run(list_file)
    decision = AwardDecisionPage.objects.get(pk=report["page_id"])
    assert (decision.get_parent().pk, decision.live, decision.number) == (
        archive.pk,
        False,
        "1034/QĐ-UBND",
    )


def test_the_json_report_has_one_object_per_file_with_the_agreed_keys(
    archive, list_file, chairman_award
):
    [report] = run(list_file)
    assert report == {
        "source": str(list_file),
        "decision": "1034/QĐ-UBND",
        "date": "2024-03-12",
        "award": "Bằng khen của Chủ tịch UBND tỉnh",
        "collective": 2,
        "individual": 3,
        "page_id": report["page_id"],
        "warnings": [
            "Đã bỏ các cột dữ liệu cá nhân: Ngày sinh, Số CCCD, Điện thoại.",
            "Cơ quan ban hành “UBND tỉnh” chưa có trong danh mục; hãy chọn khi duyệt bản nháp.",
        ],
    }


def test_rows_are_stored_with_names_without_honorifics(archive, list_file):
    run(list_file)
    assert list(AwardRow.objects.order_by("order").values_list("name", flat=True)) == [
        "Phòng Giáo dục và Đào tạo xã Hòa An",
        "Trường Trung học cơ sở Lê Lợi, phường Bắc Sơn",
        "Nguyễn Văn Bình",
        "Nguyễn Thị Thu Hường",
        "Lò Văn Páo",
    ]


def test_rows_carry_the_catalogue_award_and_the_year_of_the_title(
    archive, list_file, chairman_award
):
    run(list_file)
    assert set(AwardRow.objects.values_list("award", "year")) == {(chairman_award.pk, 2023)}


def test_rows_carry_a_folded_name_for_the_look_up(archive, list_file):
    run(list_file)
    assert AwardRow.objects.filter(name_folded="nguyen thi thu huong").count() == 1


def test_an_award_not_in_the_catalogue_is_kept_as_printed_with_a_warning(archive, list_file):
    [report] = run(list_file)
    row = AwardRow.objects.first()
    assert (row.award, row.award_text) == (None, "Bằng khen của Chủ tịch UBND tỉnh")
    assert any("chưa có trong danh mục: giữ nguyên chữ" in w for w in report["warnings"])


def test_an_issuer_in_the_catalogue_is_linked(archive, list_file):
    body = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Sông Xanh")
    run(list_file, "--issuer", "Ủy ban nhân dân tỉnh Sông Xanh")
    assert AwardDecisionPage.objects.get().issuing_body == body


def test_an_existing_decision_with_that_number_gets_the_rows(archive, list_file):
    first = run(list_file)[0]["page_id"]
    other = list_file.with_name("ds-bo-sung.xlsx")
    other.write_bytes(list_file.read_bytes())
    second = run(other)[0]["page_id"]
    assert (second, AwardDecisionPage.objects.count(), AwardRow.objects.count()) == (first, 1, 10)


def test_importing_the_same_file_again_replaces_its_rows(archive, list_file):
    run(list_file)
    run(list_file)
    assert AwardRow.objects.count() == 5


def test_a_plain_decision_with_that_number_becomes_the_award_decision(archive, list_file):
    document = OfficialDocumentPageFactory(parent=archive, number="1034/QĐ-UBND")
    url = document.url
    [report] = run(list_file)
    decision = AwardDecisionPage.objects.get()
    assert (report["page_id"], decision.url, OfficialDocumentPage.objects.count()) == (
        document.pk,
        url,
        1,
    )


def test_a_promoted_decision_keeps_its_metadata_and_revisions(archive, list_file):
    document = OfficialDocumentPageFactory(parent=archive, number="1034/QĐ-UBND")
    document.save_revision().publish()
    run(list_file)
    decision = AwardDecisionPage.objects.get()
    assert (decision.subject, decision.live, decision.rows.count()) == (document.subject, True, 5)
    assert decision.get_latest_revision().as_object().rows.count() == 5


def test_options_override_what_the_file_says(archive, list_file):
    [report] = run(
        list_file, "--decision", "99/QĐ-UBND", "--date", "2024-04-01", "--award", "Giấy khen"
    )
    assert (report["decision"], report["date"], report["award"]) == (
        "99/QĐ-UBND",
        "2024-04-01",
        "Giấy khen",
    )


def test_publish_publishes_the_new_decision(archive, list_file):
    call_command("import_awards", str(list_file), "--publish", stdout=None)
    assert AwardDecisionPage.objects.get().live


def test_a_dry_run_saves_nothing_and_still_reports(archive, list_file):
    call_command("import_awards", str(list_file), "--dry-run", "--json", stdout=None)
    [report] = run(list_file, "--dry-run")
    assert (report["collective"], report["individual"], report["page_id"]) == (2, 3, None)
    assert AwardDecisionPage.objects.count() == 0


def test_a_bad_file_stops_nothing_else(archive, list_file, tmp_path, capsys):
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CommandError):
        call_command("import_awards", str(broken), str(list_file), "--json")
    reports = json.loads(capsys.readouterr().out)
    assert [bool(report["page_id"]) for report in reports] == [False, True]
    assert AwardRow.objects.count() == 5


def test_a_list_without_a_decision_number_is_refused_with_a_message(archive, tmp_path, capsys):
    path = tmp_path / "ds.xlsx"
    path.write_bytes(files.xlsx_bytes([["STT", "Họ và tên", "Đơn vị"], [1, "Lò Thị Mai", "Xã A"]]))
    with pytest.raises(CommandError):
        call_command("import_awards", str(path), "--json")
    [report] = json.loads(capsys.readouterr().out)
    assert report["warnings"][-1] == "Không tìm thấy số quyết định trong tệp: dùng --decision."
    assert AwardDecisionPage.objects.count() == 0


def test_a_word_decision_with_its_list_table(archive, tmp_path):
    path = tmp_path / "qd.docx"
    path.write_bytes(
        files.docx_bytes(
            [
                "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
                "(Kèm theo Quyết định số 7/QĐ-SNV ngày 2/1/2025)",
            ],
            [["TT", "Họ và tên", "Chức vụ, đơn vị"], ["1", "Hà Thị Yến", "Chuyên viên"]],
        )
    )
    [report] = run(path)
    assert (report["decision"], report["date"], report["individual"]) == (
        "7/QĐ-SNV",
        "2025-01-02",
        1,
    )


def test_a_published_import_is_found_by_an_awardee_name(
    client, archive, list_file, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_awards", str(list_file), "--publish", stdout=None)
    answer = client.get("/api/search/", {"q": "lo van pao"}).json()
    assert [hit["id"] for hit in answer["results"]] == [AwardDecisionPage.objects.get().pk]
