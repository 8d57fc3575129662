"""The head of a document as issued (documents/letterhead.py)."""

import datetime

import pytest
from django.utils import translation

from documents.choices import BodyLevel, DocumentType
from documents.letterhead import Issuer, date_line, issuer_of, letterhead, place_name
from documents.models import IssuingBody, OfficialDocumentPage


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def test_department_prints_under_the_provincial_committee():
    assert issuer_of("Sở Nội vụ tỉnh Sông Xanh", BodyLevel.DEPARTMENT) == Issuer(
        "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH", ("SỞ NỘI VỤ",)
    )


def test_body_names_its_parent_after_a_comma():
    assert issuer_of("Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Sông Xanh") == Issuer(
        "SỞ NỘI VỤ TỈNH SÔNG XANH", ("BAN THI ĐUA – KHEN THƯỞNG",)
    )


def test_peoples_committee_prints_its_locality_under_its_name_without_parent():
    assert issuer_of("Ủy ban nhân dân thành phố Hà Nội", BodyLevel.PROVINCE) == Issuer(
        "", ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI")
    )


def test_national_body_prints_as_named():
    assert issuer_of("Ban Thi đua – Khen thưởng Trung ương", BodyLevel.NATIONAL) == Issuer(
        "", ("BAN THI ĐUA – KHEN THƯỞNG TRUNG ƯƠNG",)
    )


def test_date_line_pads_days_under_ten_and_the_first_two_months():
    assert date_line("Lạng Sơn", datetime.date(2024, 2, 5)) == "Lạng Sơn, ngày 05 tháng 02 năm 2024"


def test_date_line_leaves_later_months_unpadded():
    assert date_line("Lạng Sơn", datetime.date(2024, 3, 12)) == "Lạng Sơn, ngày 12 tháng 3 năm 2024"


def test_place_falls_back_to_the_issuing_bodys_province():
    assert place_name("", "Sở Nội vụ tỉnh Sông Xanh") == "Sông Xanh"


def _page(document_type, subject="Về việc đăng ký thi đua năm 2026"):
    # Unsaved rows (a page asks the database for its content type only).
    body = IssuingBody(pk=1, name="Sở Nội vụ tỉnh Sông Xanh", short_code="SNV", level="so-nganh")
    page = OfficialDocumentPage(
        number="120/SNV-BTĐKT",
        document_type=document_type,
        subject=subject,
        place_of_issue="Sông Xanh",
        issued_on=datetime.date(2026, 1, 10),
    )
    page.issuing_body = body
    return page


@pytest.mark.django_db
def test_decision_prints_its_type_and_subject():
    head = letterhead(_page(DocumentType.DECISION))
    assert (head.number_line, head.type_heading, head.subject, head.letter_subject) == (
        "Số: 120/SNV-BTĐKT",
        "QUYẾT ĐỊNH",
        "Về việc đăng ký thi đua năm 2026",
        "",
    )


@pytest.mark.django_db
def test_official_letter_puts_its_subject_under_the_number_without_a_type():
    head = letterhead(_page(DocumentType.OFFICIAL_LETTER))
    assert (head.type_heading, head.letter_subject) == ("", "V/v đăng ký thi đua năm 2026")
