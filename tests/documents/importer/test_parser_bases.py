"""Legal bases ("Căn cứ …") as real copies break and run them on (issue #22)."""

from documents.importer import parse_text
from tests.documents.importer.support import HEADER


def _bases(body: str) -> list[str]:
    return parse_text(HEADER + body + "QUYẾT ĐỊNH:\nĐiều 1. Nội dung.\n").legal_bases


def test_basis_broken_before_its_date_is_one_basis():
    assert _bases("Căn cứ Luật Tổ chức chính quyền địa phương ngày\n19/6/2015;\n") == [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015"
    ]


def test_basis_broken_before_a_capitalised_word_is_one_basis():
    assert _bases("Căn cứ Quyết định số 217-QĐ/TW của\nBộ Chính trị ban hành Quy chế;\n") == [
        "Căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị ban hành Quy chế"
    ]


def test_closed_basis_does_not_take_the_next_paragraph():
    assert _bases("Căn cứ Luật Thi đua, khen thưởng;\nTheo đề nghị của Giám đốc Sở Nội vụ,\n") == [
        "Căn cứ Luật Thi đua, khen thưởng"
    ]


def test_further_instrument_after_a_semicolon_belongs_to_the_basis():
    assert _bases(
        "Căn cứ Nghị định 42/2010/NĐ-CP; Nghị định số 65/2014/NĐ-CP của Chính phủ;\n"
    ) == ["Căn cứ Nghị định 42/2010/NĐ-CP; Nghị định số 65/2014/NĐ-CP của Chính phủ"]


def test_description_going_on_after_a_semicolon_belongs_to_the_basis():
    assert _bases(
        "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH hướng dẫn rà soát; xác định thu nhập;\n"
    ) == ["Căn cứ Thông tư số 07/2021/TT-BLĐTBXH hướng dẫn rà soát; xác định thu nhập"]


def test_enacting_clause_run_on_after_a_semicolon_is_cut_off():
    assert _bases("Căn cứ Điều lệ Đoàn; Ban Chấp hành Thành đoàn ban hành Kế hoạch như sau:\n") == [
        "Căn cứ Điều lệ Đoàn"
    ]


def test_clause_of_implementation_run_on_after_a_semicolon_is_cut_off():
    assert _bases("Căn cứ Hướng dẫn số 915/HD-BTĐKT; thực hiện Quyết định số 95/QĐ-BCĐ,\n") == [
        "Căn cứ Hướng dẫn số 915/HD-BTĐKT"
    ]


def test_basis_broken_after_a_comma_runs_on_into_a_capitalised_line():
    assert _bases(
        "Căn cứ Nghị định số 65/2014/NĐ-CP quy định chi tiết Luật Thi đua,\n"
        "Khen thưởng năm 2013;\nXét đề nghị của Sở Nội vụ,\n"
    ) == ["Căn cứ Nghị định số 65/2014/NĐ-CP quy định chi tiết Luật Thi đua, Khen thưởng năm 2013"]


def test_basis_stops_where_the_issuer_asks_something_after_a_comma():
    assert _bases(
        "Căn cứ Quyết định số 4228/QĐ-BNN-KTHT về việc tuyên dương các điển hình, "
        "Ban Thường vụ Trung ương Hội đề nghị các tỉnh lựa chọn điển hình.\n"
    ) == ["Căn cứ Quyết định số 4228/QĐ-BNN-KTHT về việc tuyên dương các điển hình"]


def test_basis_printed_as_a_list_item_keeps_its_text_without_the_dash():
    assert _bases("- Căn cứ Luật Thi đua, khen thưởng;\n- Căn cứ Điều lệ Đoàn;\n") == [
        "Căn cứ Luật Thi đua, khen thưởng",
        "Căn cứ Điều lệ Đoàn",
    ]


def test_basis_stops_where_a_body_asks_for_opinions_after_a_comma():
    assert _bases(
        "Căn cứ Nghị định 91/2017 của Chính phủ, Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến "
        "nhân dân về việc khen thưởng:\n"
    ) == ["Căn cứ Nghị định 91/2017 của Chính phủ"]


def test_basis_broken_before_a_law_number_in_capitals_is_one_basis():
    assert _bases("Căn cứ Luật Tổ chức chính quyền địa phương số\n72/2025/QH15;\n") == [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    ]


def test_basis_broken_before_a_dotted_date_is_one_basis():
    assert _bases("Căn cứ Luật Tổ chức HĐND và UBND ngày\n26.11.2003;\n") == [
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26.11.2003"
    ]


def test_decisions_listed_by_number_after_a_semicolon_belong_to_the_basis():
    assert _bases(
        "Căn cứ các Quyết định của UBND tỉnh: Số 64/2009/QĐ-UBND về chế độ trách nhiệm;"
        " Số 34/2012/QĐ-UBND về việc ban hành quy định đánh giá;\n"
    ) == [
        "Căn cứ các Quyết định của UBND tỉnh: Số 64/2009/QĐ-UBND về chế độ trách nhiệm;"
        " Số 34/2012/QĐ-UBND về việc ban hành quy định đánh giá"
    ]
