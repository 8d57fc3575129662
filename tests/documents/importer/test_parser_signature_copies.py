"""Signer blocks and recipients as copies print them (issue #22, point 2)."""

from documents.importer import parse_text

BODY = (
    "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 20/QĐ-UBND\nLai Châu, ngày 3 tháng 4 năm 2015\n\n"
    "QUYẾT ĐỊNH\nVề việc tặng Bằng khen\n\nĐiều 1. Tặng Bằng khen cho 5 tập thể./.\n"
)


def test_capacity_that_lost_its_dot_is_still_the_capacity():
    document = parse_text(BODY + "KT THỦ TƯỚNG PHÓ THỦ TƯỚNG\n(Đã ký)\nNguyễn Sinh Hùng\n")
    assert document.signer_capacity == "KT."


def test_body_name_cut_between_two_title_lines_is_joined():
    document = parse_text(BODY + "TM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\n\nĐỗ Ngọc An\n")
    assert document.signer_title == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"


def test_title_in_mixed_case_under_the_capacity_belongs_to_the_block():
    document = parse_text(BODY + "KT. THỦ TƯỚNG\n\nPhó Thủ tướng\n\n(Đã ký)\n\nNguyễn Sinh Hùng\n")
    assert document.signer_title == "KT. THỦ TƯỚNG\nPhó Thủ tướng"
    assert document.signer_name == "Nguyễn Sinh Hùng"


def test_name_glued_to_the_title_is_split_from_it():
    document = parse_text(BODY + "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNGThái Hữu Phép\n")
    assert document.signer_name == "Thái Hữu Phép"
    assert document.signer_title == "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"


def test_recipient_ending_with_a_comma_goes_on_on_the_next_line():
    document = parse_text(
        BODY + "Nơi nhận:\n- Như Điều 3;\n- Báo Lai Châu, Đài PT-TH tỉnh,\n"
        "Cổng thông tin điện tử tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Ngọc An\n"
    )
    assert document.recipients == [
        "Như Điều 3",
        "Báo Lai Châu, Đài PT-TH tỉnh, Cổng thông tin điện tử tỉnh",
        "Lưu: VT",
    ]


def test_recipients_that_lost_their_bullets_are_read():
    document = parse_text(
        BODY + "Nơi nhận\n\nNhư trên;\n\nBộ trưởng (để báo cáo);\n\nLưu: VT, Vụ GDTrH.\n\n"
        "TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ GIÁO DỤC TRUNG HỌC\nPHÓ VỤ TRƯỞNG\n\n(đã ký)\nĐỗ Đức Quế\n"
    )
    assert document.recipients == ["Như trên", "Bộ trưởng (để báo cáo)", "Lưu: VT, Vụ GDTrH"]
    assert document.signer_name == "Đỗ Đức Quế"


def test_heading_of_a_regulation_attached_after_the_signature_is_not_a_title():
    document = parse_text(
        BODY + "TM. ỦY BAN NHÂN DÂN\nCHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH\n"
        "(Ban hành kèm theo Quyết định số 41/2019/QĐ-UBND của Ủy ban nhân dân tỉnh)\n"
        "1. Quy định này quy định về chế độ báo cáo định kỳ.\n"
    )
    assert document.signer_title == "TM. ỦY BAN NHÂN DÂN"


def test_title_broken_after_a_comma_is_one_title_line():
    document = parse_text(BODY + "KT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Văn Sơn\n")
    assert document.signer_title == "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"


def test_last_word_of_a_title_on_its_own_line_is_joined():
    document = parse_text(BODY + "KT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nLê Văn Bình\n")
    assert document.signer_title == "KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH"


COPIES = (
    BODY + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.\nHuy (23 bản)\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Văn An\n"
)


def test_copies_under_the_filing_note_belong_to_it():
    assert parse_text(COPIES).recipients == ["Như Điều 3", "Lưu: VT, NC. Huy (23 bản)"]


def test_copies_under_the_filing_note_do_not_end_the_tail_before_the_signer():
    assert parse_text(COPIES).signer_name == "Võ Văn An"


def test_second_unit_of_a_recipient_in_capitals_stays_in_the_recipient():
    document = parse_text(
        BODY + "Nơi nhận:\n- Như Điều 8;\n- Các Bộ: TC; GD&ĐT;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn An\n"
    )
    assert document.recipients == ["Như Điều 8", "Các Bộ: TC; GD&ĐT", "Lưu: VT"]


def test_semicolon_inside_a_wrapped_recipient_stays_in_it():
    document = parse_text(
        BODY + "Nơi nhận:\n- VPCP: BTCN, Trợ lý TTg;\ncác Vụ: CN, NC;\n- Lưu: VT.\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn An\n"
    )
    assert document.recipients == ["VPCP: BTCN, Trợ lý TTg; các Vụ: CN, NC", "Lưu: VT"]
