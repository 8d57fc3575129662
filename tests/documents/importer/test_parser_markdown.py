"""Copies saved as Markdown (issue #22): legal databases' pages converted to
Markdown wrap bold and italic runs in asterisks anywhere in the printed text."""

from documents.importer import parse_text
from documents.importer.parser.markdown import strip_emphasis

MARKDOWN = (
    "|\n**ỦY BAN NHÂN DÂN\n**\nTỈNH SÔNG XANH\n-------\n|\n**CỘNG HÒA XÃ HỘI\n"
    "CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n|\n"
    "Số: 12/2025/QĐ-UBND\n|\n*Sông Xanh**, ngày 24 tháng 11 năm 2025*\n|\n"
    "**QUYẾT ĐỊNH**\nBAN HÀNH QUY CHẾ THI ĐUA\n\n"
    "*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*\n\n"
    "**QUYẾT ĐỊNH:**\n\nĐiều 1. Ban hành Quy chế.\n|\n*Nơi nhận:*\n- Như Điều 1;\n- Lưu: VT.\n|\n"
    "**TM. ỦY BAN NHÂN\nDÂN**\n**CHỦ TỊCH**\n**Nguyễn Văn An**\n|\n"
)


def test_markdown_markers_are_no_part_of_a_basis():
    assert parse_text(MARKDOWN).legal_bases == [
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"
    ]


def test_recipients_under_an_italic_label_are_read():
    assert parse_text(MARKDOWN).recipients == ["Như Điều 1", "Lưu: VT"]


def test_a_text_without_markdown_emphasis_keeps_its_stars():
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\n* Thời gian tiếp công dân: thứ Năm *\n"
    assert strip_emphasis(text) == text


def test_a_bullet_of_a_markdown_copy_keeps_its_star():
    text = "**A** và **B**\n* Thời gian tiếp **công dân**\n"
    assert strip_emphasis(text) == "A và B\n* Thời gian tiếp công dân\n"
