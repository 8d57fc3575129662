"""The issuer found from independent evidence when the header is cut, reordered
or damaged by copying, and what news items say of the document they report
(issue #22, point 2), each rule on a small synthetic text."""

from documents.importer import parse_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
DATED = "Lạng Sơn, ngày 24 tháng 01 năm 2013\n"
BODY = (
    "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2024\nI. MỤC ĐÍCH\n"
    "Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n"
)
SIGNED = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"


def _plan(header: str, on_behalf: str = "TM. ỦY BAN NHÂN DÂN") -> str:
    return f"{header}{BODY}{on_behalf}\n{SIGNED}"


def test_signer_block_completes_a_header_cut_to_its_first_line():
    text = _plan(
        f"ỦY BAN NHÂN DÂN\n{MOTTO}Số: 18/KH-UBND\n{DATED}",
        on_behalf="TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
    )
    assert parse_text(text).issuing_body == "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"


def test_signer_block_names_the_issuer_when_the_header_has_none():
    text = _plan(f"{MOTTO}Số: 18/KH-UBND\n{DATED}", on_behalf="TM. ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
    assert parse_text(text).issuing_body == "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"


def test_signer_block_without_a_locality_does_not_replace_the_header():
    text = _plan(f"ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n{MOTTO}Số: 18/KH-UBND\n{DATED}")
    assert parse_text(text).issuing_body == "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"


def test_header_that_lost_its_capitals_keeps_its_locality_line():
    text = _plan(f"Ủy ban nhân dân\ntỉnh Lạng Sơn\n{MOTTO}Số: 18/KH-UBND\n{DATED}")
    assert parse_text(text).issuing_body == "Ủy ban nhân dân tỉnh Lạng Sơn"


def test_lower_case_line_above_the_motto_under_a_named_body_is_still_skipped():
    # The end of a "V/v" subject copied before the motto is not a locality line.
    text = _plan(
        f"SỞ NỘI VỤ\nSố: 18/SNV-VP\nV/v tổ chức phong trào thi đua\ntỉnh Lạng Sơn năm 2024\n"
        f"{MOTTO}{DATED}"
    )
    assert parse_text(text).issuing_body == "SỞ NỘI VỤ"


def test_department_copied_above_its_committee_is_the_body():
    text = _plan(f"SỞ NỘI VỤ\nUBND TỈNH LẠNG SƠN\n{MOTTO}Số: 18/KH-SNV\n{DATED}")
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == ("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ")


def test_committee_above_its_department_stays_the_parent():
    text = _plan(f"UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\n{MOTTO}Số: 18/KH-SNV\n{DATED}")
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == ("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ")


def test_abbreviated_parent_body_is_part_of_a_two_level_header():
    text = _plan(f"LĐLĐ TỈNH LẠNG SƠN\nCÔNG ĐOÀN VIÊN CHỨC TỈNH\n{MOTTO}Số: 18/KH-CĐVC\n{DATED}")
    assert parse_text(text).issuing_parent == "LĐLĐ TỈNH LẠNG SƠN"


def test_number_cell_of_an_attribute_table_is_not_the_issuer():
    text = _plan(f"| Số hiệu: | 18/KH-UBND |\n\n{MOTTO}Số: 18/KH-UBND\n{DATED}")
    assert parse_text(text).issuing_body != "18/KH-UBND"


def test_board_name_wrapped_over_two_lines_is_one_body_under_its_parent():
    text = _plan(
        "UBND TỈNH LẠNG SƠN\nBAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA\n"
        f"{MOTTO}Số: 18/KH-BCĐ\n{DATED}"
    )
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == (
        "UBND TỈNH LẠNG SƠN",
        "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
    )


def _news(lead: str) -> str:
    return f"Trang chủ\n\nThời sự\n\nTuyên truyền các ngày lễ lớn\n\n{lead}\n"


def test_party_committee_board_named_before_it_issues_is_the_issuer():
    text = _news(
        "Ban Tuyên giáo Tỉnh ủy Lạng Sơn vừa ban hành Công văn số 15-CV/BTGTU về việc "
        "tuyên truyền kỷ niệm ngày thành lập tỉnh."
    )
    assert parse_text(text).issuing_body == "Ban Tuyên giáo Tỉnh ủy Lạng Sơn"


def test_party_committee_of_an_office_is_the_issuer():
    text = _news(
        "Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 46 về việc hướng dẫn "
        "nội dung tuyên truyền."
    )
    assert parse_text(text).issuing_body == "Đảng ủy Văn phòng UBND tỉnh"


def test_city_named_after_a_person_is_not_read_as_an_office_holder():
    text = _news(
        "Ủy ban nhân dân (UBND) TP. Hồ Chí Minh vừa ban hành Kế hoạch sắp xếp đơn vị "
        "hành chính cấp xã."
    )
    assert parse_text(text).issuing_body == "Ủy ban nhân dân (UBND) TP. Hồ Chí Minh"


def test_office_and_council_cut_by_a_narrow_cell_are_one_issuer():
    text = (
        f"CHỦ TỊCH ỦY BAN\nNHÂN DÂN\n{MOTTO}Số: 44/2025/QĐ-CTUBND\n{DATED}"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert parse_text(text).issuing_body == "CHỦ TỊCH ỦY BAN NHÂN DÂN"


def test_joint_circular_names_its_issuers_side_by_side():
    text = (
        "BỘ NỘI VỤ\nBỘ TÀI CHÍNH\n"
        f"{MOTTO}Số: 02/2024/TTLT-BNV-BTC\nHà Nội, ngày 24 tháng 01 năm 2024\n"
        "THÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý quỹ thi đua, khen thưởng\n"
    )
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == (None, "BỘ NỘI VỤ - BỘ TÀI CHÍNH")


def test_two_offices_held_by_one_person_above_the_preamble_name_the_issuer():
    text = (
        "Trang chủ\n\nQUYẾT ĐỊNH\n\nPHÊ DUYỆT DANH SÁCH XÃ KHU VỰC III\n\n"
        "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC\n\n"
        "Căn cứ Nghị định số 13/2017/NĐ-CP của Chính phủ;\n"
    )
    assert parse_text(text).issuing_body == "BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC"


def test_ministry_name_wrapped_over_two_lines_is_one_body():
    text = _plan(f"BỘ LAO ĐỘNG – THƯƠNG\nBINH VÀ XÃ HỘI\n{MOTTO}Số: 23/2007/QĐ-BLĐTBXH\n{DATED}")
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == (
        None,
        "BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
    )


def test_academy_under_its_ministry_stays_a_body_of_its_own():
    text = _plan(f"BỘ CÔNG AN\nHỌC VIỆN CẢNH SÁT NHÂN DÂN\n{MOTTO}Số: 23/KH-HVCSND\n{DATED}")
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == (
        "BỘ CÔNG AN",
        "HỌC VIỆN CẢNH SÁT NHÂN DÂN",
    )


def test_office_holder_named_after_the_council_is_not_part_of_the_issuer():
    text = _news("Chủ tịch UBND tỉnh Võ Tấn Đức vừa ký Quyết định thành lập các cụm thi đua.")
    assert "Võ Tấn Đức" not in (parse_text(text).issuing_body or "")


def test_header_cell_printed_twice_before_a_blank_number_is_one_issuer():
    text = (
        "THANH TRA CHÍNH PHỦ THANH TRA CHÍNH PHỦ Số /TTr-TTCP (Dự thảo)\n"
        f"{MOTTO}Hà Nội, ngày tháng 10 năm 2018\nTỜ TRÌNH\nVề dự thảo Nghị định\n"
    )
    assert parse_text(text).issuing_body == "THANH TRA CHÍNH PHỦ"


def test_emulation_cluster_numbered_in_capitals_is_not_cut_at_its_number():
    text = _plan(f"CỤM THI ĐUA SỐ 2\n{MOTTO}Số: 18/KH-CTĐ\n{DATED}")
    assert parse_text(text).issuing_body == "CỤM THI ĐUA SỐ 2"


STANDING_NOTICE = _news(
    "Thường trực HĐND tỉnh không tổ chức tiếp công dân định kỳ tháng 4/2020.\n\n"
    "Tiếp tục thực hiện Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ và "
    "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về phòng, chống dịch, "
    "Thường trực HĐND tỉnh không tổ chức tiếp công dân định kỳ tháng 4/2020."
)


def test_texts_cited_after_a_continued_ground_are_not_the_reported_document():
    assert parse_text(STANDING_NOTICE).number is None


def test_council_level_after_its_abbreviation_is_part_of_the_issuer():
    assert parse_text(STANDING_NOTICE).issuing_body == "Thường trực HĐND tỉnh"


def test_document_issued_in_the_lead_may_be_cited_by_its_serial_alone():
    text = _news(
        "Ngày 27/8, Đảng ủy Văn phòng UBND tỉnh ban hành Công văn số 468 về việc hướng dẫn "
        "nội dung tuyên truyền."
    )
    document = parse_text(text)
    assert (document.number, document.document_type_code) == ("468", "CV")


def test_serial_at_the_end_of_a_sentence_is_still_the_number():
    text = _news("Ngày 12/9/2016, Ban Chỉ huy tỉnh đã có công điện khẩn số 13. Nội dung như sau:")
    assert parse_text(text).number == "13"


def test_serial_cited_without_an_issuing_verb_is_not_the_number():
    text = _news("Theo Công văn số 468, các đơn vị báo cáo trước ngày 15/9.")
    assert parse_text(text).number is None


def test_lead_without_its_full_stop_is_not_taken_for_the_headline():
    text = (
        "Tuyên truyền kỷ niệm ngày thành lập tỉnh Lạng Sơn\nLượt xem: 6783\n"
        "Ban Tuyên giáo Tỉnh ủy Lạng Sơn vừa ban hành Công văn số 15-CV/BTGTU, về việc "
        "tuyên truyền kỷ niệm ngày thành lập tỉnh\n\n"
        "Theo đó, Ban Tuyên giáo đề nghị các huyện tổ chức tuyên truyền.\n"
    )
    assert parse_text(text).title == "Tuyên truyền kỷ niệm ngày thành lập tỉnh Lạng Sơn"


def test_star_under_the_motto_copied_onto_the_place_line_is_not_part_of_the_place():
    text = _plan(f"SỞ NỘI VỤ\n{MOTTO}Số: 18/KH-SNV\n* Lạng Sơn, ngày 24 tháng 01 năm 2013\n")
    assert parse_text(text).issuing_place == "Lạng Sơn"
