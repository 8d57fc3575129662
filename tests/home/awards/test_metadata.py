"""What a file says about its decision: the "Kèm theo Quyết định số …" line, the
title's award and period, and a Word decision's own header."""

import datetime

from home.awards.importer.metadata import read_facts, sentence_case
from tests.home.awards import files

REFERENCE = "(Kèm theo Quyết định số 1187/QĐ-UBND ngày 12 tháng 3 năm 2024 của Chủ tịch UBND tỉnh)"
TITLE = "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2023"


def test_the_reference_line_gives_the_number():
    assert read_facts([REFERENCE]).parsed.number == "1187/QĐ-UBND"


def test_the_reference_line_gives_the_date():
    assert read_facts([REFERENCE]).parsed.issued_on == datetime.date(2024, 3, 12)


def test_the_reference_line_gives_the_issuer():
    assert read_facts([REFERENCE]).parsed.issuing_body == "UBND tỉnh"


def test_the_title_gives_the_award_in_sentence_case():
    assert read_facts([TITLE]).award_text == "Bằng khen của Chủ tịch UBND tỉnh"


def test_the_title_gives_the_period():
    assert read_facts([TITLE]).period == "2023"


def test_a_period_of_years_is_kept_whole():
    facts = read_facts(["DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN GIAI ĐOẠN 2020 - 2025"])
    assert (facts.award_text, facts.period) == ("Bằng khen", "2020 - 2025")


def test_a_title_in_mixed_case_is_kept_as_written():
    assert sentence_case("Cờ thi đua của UBND tỉnh") == "Cờ thi đua của UBND tỉnh"


def test_a_word_decision_gives_its_own_header_and_signer():
    data = files.docx_bytes(
        [
            "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 1436/QĐ-UBND",
            "Sông Xanh, ngày 12 tháng 5 năm 2024",
            "QUYẾT ĐỊNH",
            "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG XANH",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Lê Văn Thành",
        ],
        [["TT", "Họ và tên", "Chức vụ, đơn vị"], ["1", "Hà Thị Yến", "Xã Hòa An"]],
    )
    facts = read_facts([], data, "qd.docx")
    parsed = facts.parsed
    assert (parsed.number, parsed.issued_on, parsed.signer_name, facts.award_text) == (
        "1436/QĐ-UBND",
        datetime.date(2024, 5, 12),
        "Lê Văn Thành",
        "Bằng khen của Chủ tịch UBND tỉnh",
    )
