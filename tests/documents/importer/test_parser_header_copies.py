"""Headers as copies print them: offices named apart from their body, columns
copied line by line, the type before the number (issue #22, point 2)."""

import datetime

from documents.importer import parse_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_type_printed_before_the_number_still_gives_the_number():
    document = parse_text(
        f"ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n{MOTTO}Nghị quyết số: 653/2019/UBTVQH14\n"
        "Hà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n"
    )
    assert document.number == "653/2019/UBTVQH14"


def test_type_and_number_inside_a_page_title_are_not_the_number_line():
    document = parse_text(
        "Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\nỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n"
        f"Số: 1961/QĐ-UBND\n{MOTTO}Kiên Giang, ngày 6 tháng 9 năm 2019\n\nQUYẾT ĐỊNH\n"
        "Về việc công bố thủ tục hành chính\n"
    )
    assert document.number == "1961/QĐ-UBND"


def test_standing_committee_over_two_lines_is_one_issuer():
    document = parse_text(
        f"ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n{MOTTO}Số: 653/2019/UBTVQH14\n"
        "Hà Nội, ngày 12 tháng 3 năm 2019\n\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH CHÍNH\n"
    )
    assert (document.issuing_parent, document.issuing_body) == (None, "ỦY BAN THƯỜNG VỤ QUỐC HỘI")


def test_prime_minister_over_two_lines_is_one_issuer():
    document = parse_text(
        f"THỦ TƯỚNG\nCHÍNH PHỦ\nSố: 345/QĐ-TTg\n{MOTTO}Hà Nội, ngày 3 tháng 4 năm 2008\n"
        "QUYẾT ĐỊNH\nVề việc tặng thưởng Cờ thi đua của Chính phủ\n"
    )
    assert (document.issuing_parent, document.issuing_body) == (None, "THỦ TƯỚNG CHÍNH PHỦ")


def test_standing_board_of_council_and_committee_is_read_whole():
    document = parse_text(
        f"THƯỜNG TRỰC\nHĐND - UBND TỈNH HÒA BÌNH\n-------\n{MOTTO}Số: 06/QC-TT.HĐND-UBND\n"
        "Hòa Bình, ngày 20 tháng 3 năm 2019\n\nQUY CHẾ\nPhối hợp công tác\n"
    )
    assert document.issuing_body == "THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH"


def test_number_copied_inside_the_issuer_column_leaves_the_issuer_whole():
    document = parse_text(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nSố: 26-CTr/TWĐTN-VP\nĐOÀN TNCS HỒ CHÍ MINH\n\n"
        "Hà Nội, ngày 19 tháng 5 năm 2021\n\nCHƯƠNG TRÌNH\nThực hiện Nghị quyết Đại hội\n"
    )
    assert document.issuing_body == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"


def test_programme_of_action_heading_gives_the_type_and_leaves_the_subject():
    document = parse_text(
        "TỈNH ĐOÀN NAM ĐỊNH\nSố: 26-CTr/TĐTN\nNam Định, ngày 19 tháng 5 năm 2021\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA TỈNH ĐOÀN\nthực hiện Nghị quyết Đại hội Đảng bộ tỉnh\n\n"
        "Ban Thường vụ Tỉnh đoàn ban hành Chương trình hành động như sau:\n"
    )
    assert document.document_type_code == "CTr"
    assert document.title == "CỦA TỈNH ĐOÀN thực hiện Nghị quyết Đại hội Đảng bộ tỉnh"


def test_date_cut_before_the_year_is_read_whole():
    document = parse_text(
        f"ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n{MOTTO}Số: 68/KH-UBND\n"
        "Sơn La, ngày 11 tháng 3\nnăm 2020\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 37-CT/TW\n"
    )
    assert (document.issuing_place, document.issued_on.isoformat()) == ("Sơn La", "2020-03-11")


def test_type_heading_cut_in_a_narrow_column_is_read_whole():
    document = parse_text(
        f"BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n{MOTTO}Số: 15/2011/TT-BTTTT\n"
        "Hà Nội, ngày 28 tháng 6 năm 2011\n\nTHÔNG\nTƯ\nQUY ĐỊNH VỀ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH\n"
        "\nCăn cứ Luật Bưu chính ngày 17 tháng 6 năm 2010;\n"
    )
    assert document.document_type_code == "TT"
    assert document.title == "QUY ĐỊNH VỀ CHẤT LƯỢNG DỊCH VỤ BƯU CHÍNH"


QUY_CHE = (
    "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\n"
    "Tự do - Hạnh phúc\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ\n"
    "(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân "
    "dân xã Xuân Phú)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n"
)


def test_heading_that_keeps_one_word_of_the_subject_gives_the_type():
    assert parse_text(QUY_CHE).document_type_code == "QC"


def test_note_of_the_decision_that_attaches_a_regulation_is_not_its_subject():
    assert parse_text(QUY_CHE).title == "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ"


def test_date_of_the_decision_that_attaches_a_regulation_is_not_its_date():
    assert parse_text(QUY_CHE).issued_on is None


def test_motto_cut_after_independence_is_not_read_as_the_issuer_or_subject():
    document = parse_text(QUY_CHE)
    assert (document.issuing_parent, document.issuing_body) == (None, "ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ")


def test_issuer_of_the_decision_that_attaches_a_regulation_is_its_issuer():
    document = parse_text(
        "QUY ĐỊNH\nVỀ TRÌNH TỰ SOẠN THẢO VĂN BẢN TRÊN ĐỊA BÀN TỈNH LONG AN\n"
        "(Ban hành kèm theo Quyết định số 01/2012/QĐ-UBND ngày 04/01/2012 của UBND tỉnh Long An)\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    assert document.issuing_body == "UBND tỉnh Long An"
    assert document.title == "VỀ TRÌNH TỰ SOẠN THẢO VĂN BẢN TRÊN ĐỊA BÀN TỈNH LONG AN"


def test_emulation_cluster_named_over_two_lines_is_one_issuer():
    document = parse_text(
        f"CỤM THI ĐUA CÁC TỈNH\nMIỀN NÚI PHÍA BẮC\n{MOTTO}Số: 02/KH-CTĐ\n"
        "Lào Cai, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n"
    )
    assert (document.issuing_parent, document.issuing_body) == (
        None,
        "CỤM THI ĐUA CÁC TỈNH MIỀN NÚI PHÍA BẮC",
    )


def test_vv_subject_run_into_the_number_line_is_the_subject():
    document = parse_text(
        "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH\nSố: 12/UBND-NC V/v khen thưởng tập thể\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Sông Xanh, ngày 05 tháng 3 năm 2024\nKính gửi: Sở Nội vụ\nNội dung.\n"
    )
    assert document.number == "12/UBND-NC"
    assert document.title == "V/v khen thưởng tập thể"


def test_type_heading_run_into_the_place_and_date_line_is_the_heading():
    document = parse_text(
        f"THANH TRA TỈNH SÔNG XANH\nSố: 7/TTr-TT\n{MOTTO}"
        "Sông Xanh, ngày 5 tháng 10 năm 2018 TỜ TRÌNH Về dự thảo quy chế thi đua\n"
        "Kính gửi: Ủy ban nhân dân tỉnh\n"
    )
    assert document.document_type_code == "TTr"
    assert document.title == "Về dự thảo quy chế thi đua"
    assert document.issued_on == datetime.date(2018, 10, 5)


def test_issuer_copied_under_the_motto_and_the_date_is_read():
    document = parse_text(
        f"{MOTTO}Sông Xanh, ngày 05 tháng 3 năm 2024\nỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\n"
        "Số: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc khen thưởng\n"
    )
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"


def test_number_printed_with_an_en_dash_keeps_its_whole_symbol():
    document = parse_text(
        f"SỞ GIÁO DỤC VÀ ĐÀO TẠO\n{MOTTO}Số: 2865/GDĐT –KT&KĐCL\n"
        "Sông Xanh, ngày 07 tháng 12 năm 2007\nKính gửi: Các trường\n"
    )
    assert document.number == "2865/GDĐT–KT&KĐCL"


def test_list_bullet_before_the_issuer_is_not_part_of_it():
    document = parse_text(
        f"• VĂN PHÒNG CHÍNH PHỦ\nSố: 2074/QĐ-VPCP\n{MOTTO}Hà Nội, ngày 20 tháng 12 năm 2010\n"
        "QUYẾT ĐỊNH\nBan hành quy chế mẫu\n"
    )
    assert document.issuing_body == "VĂN PHÒNG CHÍNH PHỦ"


def test_place_and_date_broken_after_the_comma_give_the_place():
    document = parse_text(
        f"BỘ TƯ PHÁP\n{MOTTO}Số: 08/2025/TT-BTP\nHà Nội,\nngày 12 tháng 6 năm 2025\n"
        "THÔNG TƯ\nQuy định về phân cấp\n"
    )
    assert document.issuing_place == "Hà Nội"


def test_number_label_alone_above_the_motto_does_not_hide_the_issuer():
    document = parse_text(
        f"VĂN PHÒNG CHÍNH PHỦ\nSố:\n\n{MOTTO}\n/TTr-VPCP\nHà Nội, ngày 5 tháng 8 năm 2016\n"
        "TỜ TRÌNH\nVề dự thảo quy chế làm việc\n"
    )
    assert document.issuing_body == "VĂN PHÒNG CHÍNH PHỦ"


def test_department_numeral_ending_the_number_line_belongs_to_the_number():
    document = parse_text(
        f"BAN THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG\n{MOTTO}Số: 1855/BTĐKT-Vụ II\n"
        "Hà Nội, ngày 20 tháng 11 năm 2007\nV/v khen thưởng\n"
    )
    assert document.number == "1855/BTĐKT-VụII"
