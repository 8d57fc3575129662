"""The signature block as Nghị định 30/2020/NĐ-CP prints it (documents/signature.py)."""

from documents.signature import signature_block

PROVINCE = "Ủy ban nhân dân tỉnh Sông Xanh"
DEPARTMENT = "Sở Nội vụ tỉnh Sông Xanh"
NAME = "Lê Thị Hồng"


def lines(capacity, title, body=PROVINCE):
    return list(signature_block(capacity, title, NAME, body).capacity_lines)


def test_on_behalf_prints_the_collective_then_the_title():
    assert lines("TM.", "Chủ tịch") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_on_behalf_with_the_collective_as_title_adds_its_head():
    assert lines("TM.", "Ủy ban nhân dân", body="") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_on_behalf_takes_a_collective_named_before_the_dash():
    assert lines("TM.", "Hội đồng – Chủ tịch") == ["TM. HỘI ĐỒNG", "CHỦ TỊCH"]


def test_deputy_signs_for_the_head_above_the_own_title():
    assert lines("KT.", "Phó Chủ tịch") == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_deputy_of_a_department_head():
    assert lines("KT.", "Phó Giám đốc", body=DEPARTMENT) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


def test_deputy_with_a_collective_named_adds_the_on_behalf_line():
    assert lines("KT.", "Ủy ban nhân dân – Phó Chủ tịch") == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_acting_head_prints_one_line_without_the_word_quyen():
    assert lines("Q.", "Quyền Giám đốc", body=DEPARTMENT) == ["Q. GIÁM ĐỐC"]


def test_by_order_signs_for_the_head_of_the_issuing_body():
    assert lines("TL.", "Chánh Văn phòng") == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]


def test_by_order_of_a_board_under_its_parent_signs_for_its_own_head():
    body = "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Sông Xanh"
    assert lines("TL.", "Chánh Văn phòng", body=body) == ["TL. TRƯỞNG BAN", "CHÁNH VĂN PHÒNG"]


def test_by_authorisation_signs_for_the_head_of_the_issuing_body():
    assert lines("TUQ.", "Trưởng phòng Hành chính", body=DEPARTMENT) == [
        "TUQ. GIÁM ĐỐC",
        "TRƯỞNG PHÒNG HÀNH CHÍNH",
    ]


def test_head_named_before_the_dash_wins_over_the_issuing_body():
    assert lines("TUQ.", "Chủ tịch – Giám đốc Sở Nội vụ") == [
        "TUQ. CHỦ TỊCH",
        "GIÁM ĐỐC SỞ NỘI VỤ",
    ]


def test_plain_signature_prints_the_title_alone():
    assert lines("", "Giám đốc", body=DEPARTMENT) == ["GIÁM ĐỐC"]


def test_a_dash_inside_one_title_is_kept():
    assert lines("", "Trưởng Ban Thi đua – Khen thưởng", body="") == [
        "TRƯỞNG BAN THI ĐUA – KHEN THƯỞNG"
    ]


def test_without_a_head_to_name_the_capacity_stands_before_the_title():
    assert lines("TL.", "Chánh Văn phòng", body="") == ["TL. CHÁNH VĂN PHÒNG"]


def test_the_name_follows_the_capacity_lines_as_written():
    block = signature_block("KT.", "Phó Chủ tịch", "  Lê Thị Hồng ", PROVINCE)
    assert block.lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hồng"]


def test_no_signer_gives_an_empty_block():
    assert not signature_block("", "", "", PROVINCE)
