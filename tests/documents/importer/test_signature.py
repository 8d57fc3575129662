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
