"""The signer block and recipients as real copies run them together (issue #22)."""

from documents.importer import parse_text
from tests.documents.importer.support import HEADER

BODY = HEADER + "Nội dung thông báo./.\n"


def test_recipients_heading_beside_the_capacity_gives_both():
    document = parse_text(
        BODY + "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên;\nCHỦ TỊCH\nHoàng Minh Khôi\n"
    )
    assert document.recipients == ["Như trên"]
    assert document.signer_title == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"


def test_signer_title_beside_a_recipient_is_not_a_recipient():
    document = parse_text(
        BODY + "Nơi nhận: KT. CHỦ TỊCH\n- Như Điều 2; PHÓ CHỦ TỊCH\n- Lưu: VT.\nTrần Văn Công\n"
    )
    assert document.recipients == ["Như Điều 2", "Lưu: VT"]
    assert document.signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_signature_block_on_one_line_gives_title_capacity_and_name():
    document = parse_text(BODY + "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Trần Văn Công\n")
    assert document.signer_name == "Trần Văn Công"
    assert document.signer_title == "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    assert document.signer_capacity == "KT."


def test_annex_heading_after_the_signature_is_not_a_signer_title():
    document = parse_text(
        BODY + "| KT. THỦ TƯỚNG |\nDANH SÁCH\nTẶNG CỜ THI ĐUA CỦA CHÍNH PHỦ\n1. Sở Nội vụ;\n"
    )
    assert document.signer_title == "KT. THỦ TƯỚNG"


def test_signer_named_in_the_page_metadata_is_the_signer_of_a_text_cut_short():
    document = parse_text(
        "Nơi ban hành: Tỉnh Sông Xanh Người ký: Nguyễn Ngọc Thiện\n"
        "Ngày ban hành: 11/08/2011 Tình trạng: Đã biết\n" + HEADER + "Nội dung đầu tiên\n"
    )
    assert document.signer_name == "Nguyễn Ngọc Thiện"


def test_signer_in_the_next_metadata_cell_is_read():
    document = parse_text("Người ký | Cao Thị Hòa An |\nLĩnh vực | Bộ máy |\n" + HEADER)
    assert document.signer_name == "Cao Thị Hòa An"


def test_signature_on_one_line_without_a_capacity_is_the_signer():
    document = parse_text(BODY + "CHỦ TỊCH Hoàng Minh Khôi\n")
    assert document.signer_name == "Hoàng Minh Khôi"
    assert document.signer_title == "CHỦ TỊCH"
