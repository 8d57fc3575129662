"""Layouts of the corpus's eighth round (issue #22): news items and portal pages about
a document, with page stamps, abbreviated bodies and teasers without a headline."""

import datetime

from documents.importer import parse_text


def test_a_central_board_keeps_the_lower_case_half_of_its_name():
    document = parse_text(
        "Lấy ý kiến về việc phong tặng danh hiệu Anh hùng Lao động\n\n"
        "Ngày 18/1, Ban Thi đua - Khen thưởng Trung ương có Văn bản số 51/BTĐKT-P.1, về việc "
        "lấy ý kiến nhân dân đối với tập thể đề nghị phong tặng danh hiệu.\n"
    )
    assert document.issuing_body == "Ban Thi đua - Khen thưởng Trung ương"


def test_a_letter_reported_as_van_ban_so_is_a_cong_van_whatever_it_cites():
    document = parse_text(
        "Lấy ý kiến về việc phong tặng danh hiệu Anh hùng Lao động\n\n"
        "Ngày 18/1, Ban Thi đua - Khen thưởng Trung ương có Văn bản số 51/BTĐKT-P.1, về việc "
        "lấy ý kiến nhân dân đối với tập thể đề nghị phong tặng danh hiệu.\n\n"
        "Trước đó, Ngân hàng Nhà nước có Tờ trình số 06/TTr-NHNN ngày 17/1/2023 trình Thủ "
        "tướng Chính phủ xét.\n"
    )
    assert document.document_type_code == "CV"


def test_the_party_secretariat_issues_the_directive_the_item_cites():
    document = parse_text(
        "(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh đã ký ban hành Chỉ thị số "
        "02-CT/TW của Ban Bí thư về lãnh đạo đại hội Hội cựu chiến binh các cấp.\n"
    )
    assert document.issuing_body == "Ban Bí thư"


def test_the_fronts_standing_committee_issues_with_its_district():
    document = parse_text(
        "Tìm kiếm\nBan Thường trực UBMTTQ Việt Nam huyện Phong Điền ban hành Kế hoạch tổ "
        "chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018\nNgày cập nhật 29/10/2018\n\n"
        "Ngày 15/10/2018, UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT về việc tổ chức "
        "Ngày hội.\n"
    )
    assert document.issuing_body == "Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền"


def test_a_standing_committee_that_guides_issues_a_guidance():
    document = parse_text(
        "Vĩnh Phúc: Đảm bảo thiết thực trong tổ chức Ngày hội Đại đoàn kết\n\nV.Mạnh\n\n"
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc hướng dẫn việc tổ chức Ngày "
        "hội Đại đoàn kết toàn dân tộc năm 2018.\n"
    )
    assert (document.issuing_body, document.document_type_code) == (
        "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc",
        "HD",
    )


def test_a_city_abbreviated_without_a_space_is_part_of_the_issuer():
    document = parse_text(
        "Ngày 19/10, UBND TP.HCM đã ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước "
        "TP.HCM lần thứ I (2025 - 2030). Theo kế hoạch, Đại hội sẽ có chủ đề: “Đoàn kết”.\n"
    )
    assert document.issuing_body == "UBND TP.HCM"


def test_a_ministry_named_by_its_abbreviation_issues():
    document = parse_text(
        "Bộ VHTTDL ban hành văn bản hướng dẫn tổ chức các hoạt động TDTT mừng Xuân năm 2013\n"
        "Nhằm tạo không khí vui tươi, ngày 04/01, Bộ VHTTDL đã ban hành Văn bản số "
        "21/BVHTTDL-TCTDTT yêu cầu các Sở chủ động lập kế hoạch.\n"
    )
    assert document.issuing_body == "Bộ VHTTDL"


def test_a_headlines_posting_date_in_brackets_is_no_part_of_it():
    document = parse_text(
        "Xuất bản thông tin\n\nQuy định mới về thi đua, khen thưởng tỉnh Thái Nguyên "
        "(09/07/2018)\n        Ngày 11/6/2018, Ủy ban nhân dân tỉnh Thái Nguyên đã Ban hành "
        "Quyết định số 11/2018/QĐ-UBND Quy định về thi đua, khen thưởng.\n"
    )
    assert document.title == "Quy định mới về thi đua, khen thưởng tỉnh Thái Nguyên"


def test_a_date_stamp_and_section_label_are_no_headline():
    document = parse_text(
        " date 2025-10-06 Chính trị\n\nUBND TPHCM vừa ban hành kế hoạch thi đua cao điểm "
        "“quyết tâm tăng tốc” chào mừng Đại hội Đảng bộ TPHCM lần thứ I, của Đảng.\n\n"
        "Ảnh minh họa\n"
    )
    assert document.title == (
        "thi đua cao điểm “quyết tâm tăng tốc” chào mừng Đại hội Đảng bộ TPHCM lần thứ I, của Đảng"
    )


def test_a_plans_subject_without_ve_viec_stops_before_its_theme():
    document = parse_text(
        " date 2025-10-19 (VTC News) -\n\nUBND TP.HCM đã ban hành Kế hoạch tổ chức Đại hội "
        "Thi đua yêu nước TP.HCM lần thứ I (2025 - 2030) với chủ đề: “Đoàn kết, đổi mới”.\n"
    )
    assert document.title == "tổ chức Đại hội Thi đua yêu nước TP.HCM lần thứ I (2025 - 2030)"


def test_a_category_pages_bulleted_item_is_the_headline():
    document = parse_text(
        "• Hướng dẫn tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”\n\n"
        "    (BTĐKT)-Để triển khai thực hiện Nghị định số 56/2013/NĐ-CP, Ban Thi đua - Khen "
        "thưởng Trung ương đã có văn bản hướng dẫn việc xét.\n     12/09/2013    12181 lượt xem\n"
    )
    assert (document.title, document.document_type_code) == (
        "Hướng dẫn tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”",
        "HD",
    )


def test_a_body_that_has_a_letter_on_a_date_dates_it():
    document = parse_text(
        "Hướng dẫn tặng danh hiệu “Bà mẹ Việt Nam anh hùng”\n\n"
        "Ngày 05/9/2013, Ban Thi đua - Khen thưởng Trung ương đã có văn bản hướng dẫn việc "
        "xét tặng danh hiệu.\n"
    )
    assert document.issued_on == datetime.date(2013, 9, 5)


def test_a_basis_stops_before_the_dated_act_the_page_reports():
    document = parse_text(
        "Kế hoạch tổ chức Hội thi xe tuyên truyền lưu động\n\n"
        "Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm. Ngày "
        "02/11/2021, Sở Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL "
        "tổ chức Hội thi xe tuyên truyền lưu động./.\n"
    )
    assert document.legal_bases == [
        "Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm"
    ]
