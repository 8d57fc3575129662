"""The authority line above the legal bases ends the subject (issue #22, point 2)."""

from documents.importer import parse_text


def test_authority_over_two_lines_above_the_bases_is_not_part_of_the_subject():
    document = parse_text(
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 15/2011/TT-BTTTT\n"
        "Hà Nội, ngày 28 tháng 6 năm 2011\n\nTHÔNG TƯ\n"
        "QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH\n"
        "BỘ TRƯỞNG BỘ THÔNG\nTIN VÀ TRUYỀN THÔNG\n"
        "Căn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010;\n"
    )
    assert document.title == "QUY ĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH"


def test_chair_authority_line_after_a_wrapped_subject_is_not_part_of_it():
    document = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 471/QĐ-UBND\nCà Mau, ngày 1 tháng 4 năm 2010\n\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH CÀ\nMAU\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003;\n"
    )
    assert document.title == "BAN HÀNH QUY CHẾ THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH CÀ MAU"


def test_full_stop_a_copy_adds_after_the_subject_is_dropped():
    document = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 54/2009/QĐ-UBND\nTân An, ngày 5 tháng 10 năm 2009\n\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ TỔ CHỨC TRUNG TÂM VĂN HÓA XÃ.\n\n"
        "ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
    )
    assert document.title == "BAN HÀNH QUY CHẾ TỔ CHỨC TRUNG TÂM VĂN HÓA XÃ"


def test_subject_in_capitals_goes_on_over_a_line_that_opens_like_the_body():
    document = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 20/KH-UBND\nNghệ An, ngày 10 tháng 1 năm 2025\n\n"
        "KẾ HOẠCH\nTỔ CHỨC PHONG TRÀO THI ĐUA\nTHỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI\n"
        "NĂM 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert document.title == (
        "TỔ CHỨC PHONG TRÀO THI ĐUA THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2025"
    )
