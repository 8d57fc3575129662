"""The recipients ("Nơi nhận")."""

from documents.importer import parse_text
from tests.documents.importer.support import HEADER


def test_body_sentence_starting_like_the_recipients_heading_stays_in_the_body():
    document = parse_text(
        HEADER + "Nơi nhận hồ sơ: Ban Thi đua - Khen thưởng.\nNơi nhận:\n- Như trên;\n"
        "CHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert document.sections[0].paragraphs == ["Nơi nhận hồ sơ: Ban Thi đua - Khen thưởng."]
    assert document.recipients == ["Như trên"]


def test_recipients_run_together_in_one_table_cell_are_read_one_by_one():
    document = parse_text(
        HEADER + "Nội dung.\n| Nơi nhận: - Như Điều 3; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH "
        "Hoàng Minh Khôi |\n"
    )
    assert document.recipients == ["Như Điều 3", "Lưu: VT"]


def test_recipient_items_run_together_after_a_bullet_are_read_one_by_one():
    document = parse_text(
        HEADER
        + "Nội dung.\nNơi nhận:\n- Như trên; - Sở Nội vụ;\n- Lưu: VT.\nCHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert document.recipients == ["Như trên", "Sở Nội vụ", "Lưu: VT"]


def test_recipients_run_on_after_their_heading_are_read_one_by_one():
    document = parse_text(
        HEADER + "Nội dung.\nNơi nhận: Như Điều 3; Sở Nội vụ; Lưu: VT.\nCHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert document.recipients == ["Như Điều 3", "Sở Nội vụ", "Lưu: VT"]


def test_semicolon_inside_brackets_of_a_recipient_cuts_nothing():
    document = parse_text(
        HEADER + "Nội dung.\nNơi nhận:\n- Như trên;\n- Lưu (VP ; KT&KĐCL).\nKT. GIÁM ĐỐC\n"
        "PHÓ GIÁM ĐỐC\nHoàng Minh Khôi\n"
    )
    assert document.recipients == ["Như trên", "Lưu (VP ; KT&KĐCL)"]
