"""The end of the body and the signer block."""

from documents.importer import parse_text
from tests.documents.importer.support import HEADER


def test_end_mark_inside_the_body_does_not_cut_off_the_signer():
    document = parse_text(
        HEADER + "1. Đợt một kết thúc./.\n2. Đợt hai bắt đầu.\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert [section.marker for section in document.sections] == ["1", "2"]
    assert document.signer_name == "Hoàng Minh Khôi"


def test_website_footer_after_the_signer_is_ignored():
    document = parse_text(
        HEADER + "Nội dung./.\nCHỦ TỊCH\nHoàng Minh Khôi\nLIÊN KẾT WEBSITE\n"
        "- Sở Nội vụ\nThống kê truy cập\n"
    )
    assert document.signer_title == "CHỦ TỊCH"
    assert document.recipients == []


def test_name_printed_in_capitals_after_blank_lines_is_the_signer():
    document = parse_text(
        HEADER + "Nội dung./.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n"
        "TRẦN VĂN NAM\n"
    )
    assert document.signer_name == "TRẦN VĂN NAM"
    assert document.signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_wrapped_line_of_a_body_named_after_a_person_stays_in_the_title():
    document = parse_text(
        HEADER + "Nội dung./.\nNơi nhận:\n- Như trên;\nTM. BAN THƯỜNG VỤ ĐOÀN TNCS\nHỒ CHÍ MINH\n"
        "BÍ THƯ\n\nNguyễn Văn An\n"
    )
    assert document.signer_name == "Nguyễn Văn An"


def test_signer_block_in_mixed_case_gives_title_capacity_and_name():
    document = parse_text(
        HEADER
        + "Nội dung./.\nNơi nhận:\n- Như trên;\nKT. Chủ tịch\nPhó Chủ tịch\n\nHoàng Minh Khôi\n"
    )
    assert (document.signer_capacity, document.signer_name) == ("KT.", "Hoàng Minh Khôi")


def test_name_opening_with_a_one_letter_word_is_kept_whole():
    document = parse_text(
        HEADER + "Nội dung./.\nNơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Y Thanh Hà Niê Kđăm\n"
    )
    assert document.signer_name == "Y Thanh Hà Niê Kđăm"


def test_capacity_printed_without_a_space_keeps_its_title_line_as_printed():
    document = parse_text(
        HEADER + "Nội dung./.\nNơi nhận:\n- Như trên;\nKT.TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n"
        "Hoàng Minh Khôi\n"
    )
    assert document.signer_title == "KT.TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"


def test_signer_label_glued_to_the_previous_value_of_a_database_table_is_read():
    document = parse_text(
        "Loại văn bản:Quyết địnhNgười ký:Nguyễn Xuân Phúc\n" + HEADER + "Nội dung đầu tiên.\n"
    )
    assert document.signer_name == "Nguyễn Xuân Phúc"
