"""Layouts that copies of real official texts produce (issue #22): header cells
closed by "|", lines a narrow cell wrapped, issuers cut short, furniture above
the header, a document flattened onto one line."""

import datetime

from documents.importer import parse_text

CELLS = (
    "ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n15/2023/QĐ-UBND\n|\n"
    "Sông Xanh, ngày\n02 tháng 8 năm 2023\n|\nQUYẾT ĐỊNH\nBAN\nHÀNH QUY CHẾ THI ĐUA\n"
    "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH\nCăn\ncứ Luật Thi đua, khen thưởng ngày\n15/6/2022;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"
)


def test_number_wrapped_after_its_label_is_read():
    assert parse_text(CELLS).number == "15/2023/QĐ-UBND"


def test_date_wrapped_after_ngay_is_read():
    document = parse_text(CELLS)
    assert document.issued_on == datetime.date(2023, 8, 2)
    assert document.issuing_place == "Sông Xanh"


def test_motto_wrapped_over_two_lines_leaves_the_issuer_above_it():
    assert parse_text(CELLS).issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"


def test_authority_line_under_the_subject_is_not_part_of_the_subject():
    assert parse_text(CELLS).title == "BAN HÀNH QUY CHẾ THI ĐUA"


def test_paragraph_word_wrapped_alone_rejoins_its_line():
    assert parse_text(CELLS).legal_bases == ["Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022"]


def test_cell_closed_by_a_pipe_at_the_end_of_the_line_is_read_without_it():
    text = (
        "HỘI ĐỒNG NHÂN\nDÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 05/2025/NQ-HĐND |\n"
        "Sông Xanh, ngày 15 tháng 9 năm 2025 |\nNGHỊ QUYẾT\nBAN HÀNH QUY CHẾ LÀM VIỆC\n"
    )
    document = parse_text(text)
    assert document.issuing_body == "HỘI ĐỒNG NHÂN DÂN"
    assert document.number == "05/2025/NQ-HĐND"


def test_header_cut_to_the_council_is_completed_by_the_authority_line():
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 4440/QĐ-UBND | Sông Xanh, ngày 13 tháng 11 năm 2017 |\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG XANH\nCăn cứ Luật Thi đua, khen thưởng;\n"
    )
    assert parse_text(text).issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"


def test_joint_header_of_two_bodies_sharing_a_locality_is_one_issuer():
    text = (
        "ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH SÔNG XANH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 01/QCPH/UBND-UBMTTQ\n"
        "Sông Xanh, ngày 27 tháng 10 năm 2017\nQUY CHẾ\nPhối hợp công tác\n"
    )
    document = parse_text(text)
    assert document.issuing_body == "ỦY BAN NHÂN DÂN ỦY BAN MTTQ VIỆT NAM TỈNH SÔNG XANH"
    assert document.issuing_parent is None


def test_web_furniture_above_the_header_is_not_a_parent_body():
    text = (
        "Đang tải nội dung, vui lòng chờ giây lát...\nỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 594/KH-UBND\n"
        "Sông Xanh, ngày 21 tháng 10 năm 2021\n"
    )
    assert parse_text(text).issuing_parent is None


def test_metadata_line_above_a_header_in_capitals_is_not_an_issuer():
    text = (
        "Lĩnh vực\nBộ máy hành chính\nHỘI ĐỒNG NHÂN DÂN\nTỈNH SÔNG XANH\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 05/2025/NQ-HĐND\n"
    )
    document = parse_text(text)
    assert document.issuing_parent is None
    assert document.issuing_body == "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG XANH"


def test_issuer_run_into_the_number_is_split_from_it():
    text = (
        "UBND TỈNH SÔNG XANH Số: 172/2015/QĐ-UBND\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Sông Xanh, ngày 5 tháng 5 năm 2015\nQUYẾT ĐỊNH\nBan hành Quy định thi đua\n"
    )
    document = parse_text(text)
    assert document.issuing_body == "UBND TỈNH SÔNG XANH"
    assert document.number == "172/2015/QĐ-UBND"


def test_place_after_a_number_spread_by_column_spaces_is_only_the_place():
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
        "Số: 225 - KH/TWĐTN-CTTN                  Hà Nội, ngày 16 tháng 5 năm 2024\n"
        "KẾ HOẠCH\nTổ chức các hoạt động hè\n"
    )
    document = parse_text(text)
    assert document.number == "225-KH/TWĐTN-CTTN"
    assert document.issuing_place == "Hà Nội"


ONE_LINE = (
    "UBND TỈNH SÔNG XANH SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "Số: 424/SNV-TĐKT V/v hướng dẫn xét tặng danh hiệu thi đua năm 2023 Sông Xanh, ngày 05 tháng 3 "
    "năm 2023 Kính gửi: - Các sở, ban, ngành; - UBND các huyện. Thực hiện Luật Thi đua, khen "
    "thưởng, Sở Nội vụ hướng dẫn như sau: 1. Đối tượng: công chức. 2. Hồ sơ: gửi trước ngày "
    "30/3/2023. Đề nghị các đơn vị thực hiện./. Nơi nhận: - Như trên; - Lưu: VT, TĐKT. "
    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Hoa"
)


def test_document_flattened_onto_one_line_gives_its_header_fields():
    document = parse_text(ONE_LINE)
    assert (document.issuing_parent, document.issuing_body) == ("UBND TỈNH SÔNG XANH", "SỞ NỘI VỤ")
    assert document.number == "424/SNV-TĐKT"
    assert document.issued_on == datetime.date(2023, 3, 5)


def test_document_flattened_onto_one_line_gives_its_vv_subject():
    assert parse_text(ONE_LINE).title == "V/v hướng dẫn xét tặng danh hiệu thi đua năm 2023"


def test_document_flattened_onto_one_line_gives_its_recipients_and_signer():
    document = parse_text(ONE_LINE)
    assert document.recipients == ["Như trên", "Lưu: VT, TĐKT"]
    assert document.signer_name == "Trần Thị Hoa"
    assert document.signer_capacity == "KT."


def test_number_label_with_a_mark_misread_by_ocr_is_read():
    text = "ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSổ: 1961/QĐ-UBND\n"
    assert parse_text(text).number == "1961/QĐ-UBND"


def test_date_with_marks_misread_by_ocr_is_read():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 1961/QĐ-UBND\nSông Xanh, ngảy 12 thảng 8 năm 2019\n"
    )
    assert parse_text(text).issued_on == datetime.date(2019, 8, 12)


def test_authority_line_above_the_preamble_is_the_issuer_of_a_text_without_header():
    document = parse_text(
        "QUYẾT ĐỊNH\nVỀ VIỆC TẶNG CỜ THI ĐUA CỦA CHÍNH PHỦ\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Cờ thi đua.\n"
    )
    assert document.issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"
    assert document.title == "VỀ VIỆC TẶNG CỜ THI ĐUA CỦA CHÍNH PHỦ"


def test_office_is_left_out_of_an_authority_line_that_names_the_issuer():
    document = parse_text(
        "Số: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG XANH\nCăn cứ Luật Thi đua, khen thưởng;\n"
    )
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"


def test_issuer_and_place_broken_after_their_first_word_are_rejoined():
    text = (
        "ỦY\nBAN NHÂN DÂN\nTỈNH SÔNG XANH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 168/KH-UBND\nSông\nXanh, ngày 16 tháng 5 năm 2024\n"
    )
    document = parse_text(text)
    assert document.issuing_body == "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"
    assert document.issuing_place == "Sông Xanh"


def test_number_between_two_lines_of_the_issuer_leaves_both_lines_in_the_issuer():
    text = (
        "ĐẢNG BỘ TỈNH SÔNG XANH\nSố 26 - CTr/TU\nBAN CHẤP HÀNH\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Sông Xanh, ngày 5 tháng 3 năm 20 24\nCHƯƠNG TRÌNH\nHành động thực hiện Nghị quyết\n"
    )
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == (
        "ĐẢNG BỘ TỈNH SÔNG XANH",
        "BAN CHẤP HÀNH",
    )
    assert document.number == "26-CTr/TU"


def test_date_with_a_space_inside_its_year_is_read():
    text = "BỘ NỘI VỤ\nSố: 5/TT-BNV\nHà Nội, ngày 5 tháng 3 năm 20 24\n"
    assert parse_text(text).issued_on == datetime.date(2024, 3, 5)


def test_type_heading_split_by_ocr_is_read():
    text = "TỈNH ỦY SÔNG XANH\nSố 445-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nK ÉT LUẬN\nCủa Ban Thường vụ\n"
    document = parse_text(text)
    assert document.document_type_code == "KL"
    assert document.title == "Của Ban Thường vụ"


def test_page_marker_glued_to_the_first_line_is_dropped():
    text = "Trang 1THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 345/QĐ-TTg\n"
    assert parse_text(text).issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"


def test_council_term_run_into_the_authority_line_is_not_part_of_the_issuer():
    document = parse_text(
        "Tuyển tập nghị quyết năm 2020 NGHỊ QUYẾT VỀ VIỆC GIAO CHỈ TIÊU BIÊN CHẾ NĂM 2021 "
        "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG XANH KHÓA IX, KỲ HỌP THỨ 15 Căn cứ Luật Tổ chức chính "
        "quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Ngân sách nhà nước; QUYẾT NGHỊ: "
        "Điều 1. Giao chỉ tiêu. Nơi nhận: - UBTVQH; - Lưu: VT. CHỦ TỊCH Trần Văn Nam"
    )
    assert document.issuing_body == "HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG XANH"
    assert document.title == "VỀ VIỆC GIAO CHỈ TIÊU BIÊN CHẾ NĂM 2021"


FLAT_DECISION = (
    "Hệ thống pháp luật THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc --------------- Số: 722/QĐ-TTg Hà Nội, ngày 06 tháng 6 năm 2008 "
    "QUYẾT ĐỊNH Về việc tặng thưởng Cờ thi đua của Chính phủ THỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật Tổ "
    "chức Chính phủ ngày 25 tháng 12 năm 2001; Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 "
    "năm 2003; QUYẾT ĐỊNH: Điều 1. Tặng Cờ thi đua của Chính phủ. Điều 2. Quyết định này có hiệu "
    "lực./. Nơi nhận: - Như Điều 2; - Lưu: VT. KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trương Vĩnh Trọng"
)


def test_flattened_header_leaves_out_furniture_and_rules_from_the_issuer():
    assert parse_text(FLAT_DECISION).issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"


def test_flattened_subject_in_lower_case_stops_at_the_authority_line():
    document = parse_text(FLAT_DECISION)
    assert document.document_type_code == "QĐ"
    assert document.title == "Về việc tặng thưởng Cờ thi đua của Chính phủ"


def test_flattened_legal_bases_are_read_one_by_one():
    assert parse_text(FLAT_DECISION).legal_bases == [
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001",
        "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003",
    ]


def test_flattened_subject_in_capitals_stops_at_a_ministers_long_authority_line():
    document = parse_text(
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
        "Tự do - Hạnh phúc Số: 23/2007/QĐ-BNN Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH "
        "BAN HÀNH QUY CHẾ THI ĐUA CỦA NGÀNH BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN "
        "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; QUYẾT ĐỊNH: Điều 1. Ban "
        "hành Quy chế. Nơi nhận: - Như Điều 1; - Lưu: VT. BỘ TRƯỞNG Trần Văn Nam"
    )
    assert document.title == "BAN HÀNH QUY CHẾ THI ĐUA CỦA NGÀNH"


def test_blank_line_after_every_line_does_not_cut_a_subject_short():
    lines = [
        "ỦY BAN NHÂN DÂN", "TỈNH SÔNG XANH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 70/KH-UBND", "Sông Xanh, ngày 26 tháng 4 năm 2024",
        "KẾ HOẠCH", "TRIỂN KHAI TỔNG KIỂM KÊ TÀI SẢN CÔNG", "TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ",
        "Thực hiện Quyết định số 213/QĐ-TTg;", "I. MỤC ĐÍCH", "1. Mục đích",
    ]  # fmt: skip
    document = parse_text("\n\n".join(lines))
    assert document.title == "TRIỂN KHAI TỔNG KIỂM KÊ TÀI SẢN CÔNG TẠI CƠ QUAN, TỔ CHỨC, ĐƠN VỊ"


def test_header_cell_broken_inside_the_councils_name_is_one_issuer():
    text = (
        "HỘI\nĐỒNG NHÂN DÂN\nTHÀNH PHỐ SÔNG XANH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 36/2025/NQ-HĐND\n|\n"
        "Sông Xanh, ngày 18 tháng 11 năm 2025\n|\nNGHỊ QUYẾT\nQUY ĐỊNH VỀ HỌC PHÍ\n"
    )
    assert parse_text(text).issuing_body == "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ SÔNG XANH"


def test_place_of_several_words_wrapped_before_its_last_word_is_whole():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ SÔNG XANH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n|\nSố: 172/KH-UBND\n|\nThành phố Sông\n"
        "Xanh, ngày 18 tháng 11 năm 2025\n|\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM\n"
    )
    assert parse_text(text).issuing_place == "Thành phố Sông Xanh"


def test_web_page_bullet_in_front_of_the_issuer_is_no_part_of_it():
    text = (
        "Thuộc tính văn bản\n • ỦY BAN NHÂN DÂN\n  THÀNH PHỐ SÔNG XANH\n  ___________\n\n"
        "  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  Độc lập - Tự do - Hạnh phúc\n\n"
        "  Số: 217/KH-UBND\n\n  Sông Xanh, ngày 23 tháng 8 năm 2023\n\n  KẾ HOẠCH\n\n"
        "  Thực hiện sắp xếp đơn vị hành chính\n"
    )
    assert parse_text(text).issuing_body == "ỦY BAN NHÂN DÂN THÀNH PHỐ SÔNG XANH"
