"""The header: issuer under its parent, number, place and date, the motto."""

import unicodedata

from documents.importer import parse_text
from tests.documents.importer.support import HEADER


def test_nfd_input_gives_the_same_fields_as_nfc():
    nfc = parse_text(HEADER)
    nfd = parse_text(unicodedata.normalize("NFD", HEADER))
    assert nfd.to_dict() == nfc.to_dict()


def test_motto_with_hoa_variant_and_en_dashes_is_recognised():
    text = HEADER.replace("CỘNG HÒA", "CỘNG HOÀ").replace("Tự do -", "Tự do –")
    document = parse_text(text)
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"
    assert document.number == "5/TB-UBND"


def test_impossible_date_is_left_empty_with_a_warning():
    document = parse_text(HEADER.replace("ngày 9 tháng 9", "ngày 31 tháng 02"))
    assert document.issued_on is None
    assert document.issuing_place == "Sông Xanh"
    assert any("31 tháng 02" in warning for warning in document.warnings)


def test_issuer_name_continued_on_a_second_line_is_one_body_under_its_parent():
    document = parse_text(
        "UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123 / SVHTTDL-VP\n"
    )
    assert document.issuing_parent == "UBND THÀNH PHỐ ĐÀ NẴNG"
    assert document.issuing_body == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert document.number == "123/SVHTTDL-VP"
