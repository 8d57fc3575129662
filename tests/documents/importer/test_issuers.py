"""Issuers: a printed name matches the catalogue's spelling, and an unknown one can
be added to the catalogue from the preview in one step."""

import pytest
from django.test import Client

from documents.choices import BodyLevel
from documents.importer.issuers import catalogue_name, match_issuing_body
from documents.models import IssuingBody, OfficialDocumentPage
from tests.documents.factories import IssuingBodyFactory
from tests.documents.importer.admin_support import URL, log_in_as_importer, preview, preview_data

pytestmark = pytest.mark.django_db

LANG_SON = "Ủy ban nhân dân tỉnh Lạng Sơn"
# A decision of another province, its header in capitals with the old "UỶ" spelling.
DECISION = (
    "UỶ BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 412/QĐ-UBND\nLạng Sơn, ngày 05 tháng 3 năm 2025\n"
    "QUYẾT ĐỊNH\nVề việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
    "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;\nQUYẾT ĐỊNH:\n"
    "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể "
    "đã có thành tích xuất sắc./.\n"
    "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLương Trọng Quỳnh\n"
)


@pytest.mark.parametrize(
    "printed",
    [
        "UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN",
        "ỦY BAN NHÂN DÂN  TỈNH   LẠNG SƠN",
        "UBND tỉnh Lạng Sơn",
        "UBND TỈNH LẠNG SƠN",
        "Uỷ ban nhân dân tỉnh Lạng Sơn",
    ],
)
def test_printed_spellings_match_the_catalogue_entry(printed):
    body = IssuingBodyFactory(name=LANG_SON)
    assert match_issuing_body(printed) == body


def test_abbreviated_front_matches_the_full_name():
    body = IssuingBodyFactory(name="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn")
    assert match_issuing_body("UB MTTQ VIỆT NAM TỈNH LẠNG SƠN") == body


def test_council_abbreviation_matches():
    body = IssuingBodyFactory(name="Hội đồng nhân dân tỉnh Lạng Sơn")
    assert match_issuing_body("HĐND TỈNH LẠNG SƠN") == body


def test_another_province_does_not_match():
    IssuingBodyFactory(name=LANG_SON)
    assert match_issuing_body("UỶ BAN NHÂN DÂN TỈNH CAO BẰNG") is None


@pytest.mark.parametrize(
    ("printed", "catalogued"),
    [
        ("UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN", LANG_SON),
        ("SỞ NỘI VỤ TỈNH LẠNG SƠN", "Sở Nội vụ tỉnh Lạng Sơn"),
        ("BAN THI ĐUA - KHEN THƯỞNG TỈNH HOÀ BÌNH", "Ban Thi đua - Khen thưởng tỉnh Hòa Bình"),
        ("TỈNH UỶ LẠNG SƠN", "Tỉnh ủy Lạng Sơn"),
        ("HỘI ĐỒNG NHÂN DÂN HUYỆN CAO LỘC", "Hội đồng nhân dân huyện Cao Lộc"),
        ("UBND XÃ QUÝ HOÀ", "Ủy ban nhân dân xã Quý Hòa"),
        ("Sở Tư pháp", "Sở Tư pháp"),
    ],
)
def test_catalogue_spelling_is_sentence_case_with_names_capitalised(printed, catalogued):
    assert catalogue_name(printed) == catalogued


def _lang_son_preview(client):
    return preview(client, text=DECISION).content.decode()


def test_preview_offers_to_add_an_unknown_issuer_in_the_catalogues_spelling(admin_client, archive):
    html = _lang_son_preview(admin_client)
    assert 'id="import-add-issuer"' in html
    assert f"thêm “{LANG_SON}” vào danh mục" in html


def test_preview_does_not_offer_a_known_issuer(admin_client, archive):
    IssuingBodyFactory(name=LANG_SON)
    assert 'id="import-add-issuer"' not in _lang_son_preview(admin_client)


def test_add_to_catalogue_creates_the_body_and_the_draft_using_it_in_one_post(
    admin_client, archive
):
    data = preview_data(_lang_son_preview(admin_client)) | {"add_issuer": "1"}
    response = admin_client.post(URL, data)
    body = IssuingBody.objects.get()
    assert response.status_code == 302
    assert (body.name, body.short_code, body.level) == (LANG_SON, "UBND", BodyLevel.PROVINCE)
    assert OfficialDocumentPage.objects.get().issuing_body == body


def test_add_to_catalogue_needs_the_csrf_token(admin_client, admin_user, archive):
    data = preview_data(_lang_son_preview(admin_client)) | {"add_issuer": "1"}
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.post(URL, data).status_code == 403
    assert not IssuingBody.objects.exists()


@pytest.fixture
def importer_without_catalogue_rights(client, archive):
    log_in_as_importer(client, archive)
    return client


def test_add_to_catalogue_is_not_offered_without_the_right_to_add_issuers(
    importer_without_catalogue_rights,
):
    html = _lang_son_preview(importer_without_catalogue_rights)
    assert 'id="import-add-issuer"' not in html


def test_add_to_catalogue_is_refused_without_the_right_to_add_issuers(
    importer_without_catalogue_rights,
):
    client = importer_without_catalogue_rights
    data = preview_data(_lang_son_preview(client)) | {"add_issuer": "1"}
    html = client.post(URL, data).content.decode()
    assert "Bạn không có quyền thêm cơ quan ban hành vào danh mục." in html
    assert not IssuingBody.objects.exists()
    assert not OfficialDocumentPage.objects.exists()


def test_add_to_catalogue_without_a_name_gives_a_message(admin_client, archive):
    data = preview_data(_lang_son_preview(admin_client)) | {"add_issuer": "1", "issuing_body": ""}
    html = admin_client.post(URL, data).content.decode()
    assert "Hãy nhập tên cơ quan ban hành trước khi thêm vào danh mục." in html
    assert not OfficialDocumentPage.objects.exists()
