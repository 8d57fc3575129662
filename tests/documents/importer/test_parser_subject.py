"""The subject lines as real copies print them (issue #22)."""

from documents.importer import parse_text

TOP = (
    "ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 135/KH-UBND\nSông Xanh, ngày 27 tháng 9 năm 2022\n"
)


def test_subject_in_capitals_keeps_its_year_on_the_last_line():
    document = parse_text(
        TOP + "KẾ HOẠCH\nRÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH\nNĂM 2022\nCăn cứ Luật;\n"
    )
    assert document.title == "RÀ SOÁT HỘ NGHÈO TRÊN ĐỊA BÀN TỈNH NĂM 2022"


def test_subject_keeps_a_bracketed_period_under_it():
    document = parse_text(
        TOP
        + "KẾ HOẠCH\nGIÁM SÁT DOANH NGHIỆP NHÀ NƯỚC\n(Giai đoạn: 2021- 2025)\nThực hiện Đề án,\n"
    )
    assert document.title == "GIÁM SÁT DOANH NGHIỆP NHÀ NƯỚC (Giai đoạn: 2021- 2025)"


def test_subject_in_capitals_may_run_over_more_than_four_lines():
    lines = [
        "VỀ VIỆC TRIỂN KHAI",
        "NGHỊ QUYẾT SỐ 41",
        "VỀ CƠ CHẾ LỒNG GHÉP",
        "NGUỒN VỐN",
        "TRÊN ĐỊA BÀN TỈNH",
    ]
    document = parse_text(TOP + "QUYẾT ĐỊNH\n" + "\n".join(lines) + "\nCăn cứ Luật;\n")
    assert document.title == " ".join(lines)


def test_subject_broken_over_two_paragraphs_goes_on_in_lower_case():
    document = parse_text(
        TOP + "THÔNG TƯ\n\nHướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP\n\n"
        "của Chính phủ về chế độ công chức dự bị\n\nCăn cứ Luật;\n"
    )
    assert document.title == (
        "Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP của Chính phủ về chế độ công chức dự bị"
    )


def test_long_subject_in_capitals_on_one_line_is_read():
    subject = "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG " + "VỀ VIỆC PHÁT ĐỘNG THI ĐUA " * 10
    document = parse_text(TOP + "KẾ HOẠCH\n\n" + subject.strip() + "\n\nThực hiện Chỉ thị,\n")
    assert document.title == subject.strip()


def test_type_and_subject_on_one_line_in_capitals_give_both():
    document = parse_text(
        TOP.replace("135/KH-UBND", "422/BNV-TĐKT")
        + "HƯỚNG DẪN CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2004\nKính gửi:\n"
    )
    assert document.document_type_code == "HD"
    assert document.title == "CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2004"


def test_subject_in_capitals_without_a_type_heading_is_read_above_the_authority_line():
    document = parse_text(
        "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 06/2021/NQ-HĐND | Sông Xanh, ngày 29 tháng 6 năm 2021 |\n"
        "BAN HÀNH NỘI QUY KỲ HỌP\nHỘI ĐỒNG NHÂN DÂN TỈNH SÔNG XANH\nKHÓA X - KỲ HỌP THỨ NHẤT\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert document.title == "BAN HÀNH NỘI QUY KỲ HỌP"
    assert document.issuing_body == "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG XANH"


def test_joint_circular_heading_gives_its_own_type():
    document = parse_text(
        TOP.replace("135/KH-UBND", "02/2011/TTLT-VPCP-BNV")
        + "THÔNG TƯ LIÊN TỊCH\nHướng dẫn chức năng của Văn phòng\nCăn cứ Luật;\n"
    )
    assert document.document_type_code == "TTLT"
    assert document.document_type_name == "Thông tư liên tịch"


CV_TOP = (
    "SỞ NỘI VỤ\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 18/SNV-VP\nSông Xanh, ngày 27 tháng 9 năm 2022\n"
)


def test_vv_subject_goes_on_in_lower_case_after_a_blank_line():
    document = parse_text(
        CV_TOP + "V/v tổ chức tuyên dương\ncác điển hình tiên tiến\n \nnăm 2022\n"
        "Kính gửi: Các sở, ngành\n"
    )
    assert document.title == "V/v tổ chức tuyên dương các điển hình tiên tiến năm 2022"


def test_vv_subject_may_run_over_five_lines_of_its_column():
    document = parse_text(
        CV_TOP + "V/v tổ chức\ntuyên dương các\nđiển hình\ntiên tiến\ntrong năm 2022\n"
        "Kính gửi: Các sở, ngành\n"
    )
    assert document.title == "V/v tổ chức tuyên dương các điển hình tiên tiến trong năm 2022"


def test_subject_in_mixed_case_keeps_its_year_in_lower_case_on_the_next_line():
    document = parse_text(
        TOP + "KẾ HOẠCH\nTổ chức phong trào “Thi đua yêu nước”\nnăm 2022\nCăn cứ Luật;\n"
    )
    assert document.title == "Tổ chức phong trào “Thi đua yêu nước” năm 2022"


def test_subject_line_ending_on_of_goes_on_into_a_body_name_in_capitals():
    document = parse_text(
        TOP.replace("KH-", "QĐ-") + "QUYẾT ĐỊNH\nVỀ VIỆC TẶNG BẰNG KHEN CỦA\nỦY BAN NHÂN DÂN TỈNH\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG XANH\nCăn cứ Luật;\n"
    )
    assert document.title == "VỀ VIỆC TẶNG BẰNG KHEN CỦA ỦY BAN NHÂN DÂN TỈNH"


def test_part_heading_under_the_subject_opens_the_body():
    document = parse_text(
        TOP.replace("KH-", "BC-") + "BÁO CÁO\nKết quả công tác thi đua năm 2023\nPhần thứ nhất\n"
        "KẾT QUẢ THỰC HIỆN\n"
    )
    assert document.title == "Kết quả công tác thi đua năm 2023"


def test_subject_opened_by_about_and_a_colon_is_a_letters_subject():
    document = parse_text(
        CV_TOP + "Về: tham gia ý kiến về dự thảo quy chế thi đua.\nKính gửi: Các trường\n"
    )
    assert document.title == "Về: tham gia ý kiến về dự thảo quy chế thi đua"


def test_sentence_in_mixed_case_under_a_subject_in_capitals_opens_the_body():
    document = parse_text(
        TOP.replace("KH-", "TB-") + "THÔNG BÁO\nKẾT LUẬN CỦA CHỦ TỊCH TẠI PHIÊN HỌP\n"
        "Sáng ngày 09 tháng 4 năm 2022, tại trụ sở, Chủ tịch đã chủ trì phiên họp với\n"
        "các sở, ngành.\n"
    )
    assert document.title == "KẾT LUẬN CỦA CHỦ TỊCH TẠI PHIÊN HỌP"


def test_subject_in_capitals_goes_on_after_a_blank_line_with_a_joining_word():
    document = parse_text(
        TOP.replace("KH-", "QĐ-") + "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ VĂN BẢN\n\n"
        "TẠI VĂN PHÒNG SỞ\n\nGIÁM ĐỐC SỞ NỘI VỤ\nCăn cứ Luật;\n"
    )
    assert document.title == "BAN HÀNH QUY CHẾ QUẢN LÝ VĂN BẢN TẠI VĂN PHÒNG SỞ"


def test_vv_subject_makes_a_cong_van_whatever_code_its_number_spells():
    text = (
        "BỘ TÀI CHÍNH\nCỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5680/CT-CS\nV/v thuế thu nhập cá nhân.\n"
        "Hà Nội, ngày 01 tháng 12 năm 2025\nKính gửi: Sở Tài chính\n"
    )
    assert parse_text(text).document_type_code == "CV"
