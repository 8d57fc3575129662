"""Layouts of the corpus's sixth round (issue #22): party headers, chairmen's own
decisions, comma-closed recipient lists, and letters whose copy lost the header."""

import datetime

from documents.importer import parse_text

PARTY_BOARD = (
    "|\n**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n**BAN TỔ CHỨC**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n"
    "---------------\n|\n|\nSố 12-HD/BTCTW\n|\n*Hà Nội, ngày 21 tháng 11 năm 2025*\n|\n\n"
    "**HƯỚNG DẪN**\nVỀ CÔNG TÁC CÁN BỘ\n-----\nThực hiện Quy định số 1-QĐ/TW, Ban Tổ chức "
    "Trung ương hướng dẫn như sau:\n\n1. Nội dung.\n\n|\n__Nơi nhận: __\n"
    "- Các tỉnh ủy, thành ủy,\n- Các đồng chí lãnh đạo\nVăn phòng Trung ương Đảng,\n"
    "- Lưu VP, Vụ CB.\n|\n**K/T CHÁNH\nVĂN PHÒNG**\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Văn An\n|\n"
)

PARTY_COMMITTEE = (
    "|\n**BAN CHẤP HÀNH\nTRUNG ƯƠNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n"
    "|\n|\nSố 38-QĐ/TW\n|\n*Hà Nội, ngày 19\ntháng 11 năm 2025 *\n|\n\n**QUY ĐỊNH**\n\nVỀ\n"
    "LƯU TRỮ\n\n-----\n\n- Căn cứ Điều lệ Đảng;\n\nBan Bí thư quy định như sau:\n\n"
    "**Điều 1.** Phạm vi.\n\n|\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng.\n|\n"
    "**T/M BAN BÍ THƯ**\nNguyễn Văn An\n|\n"
)


def test_party_motto_wrapped_over_two_cells_leaves_the_committee_as_issuer():
    document = parse_text(PARTY_COMMITTEE)
    assert document.issuing_body == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert document.number == "38-QĐ/TW"


def test_board_under_the_central_committee_is_the_body_and_the_committee_its_parent():
    document = parse_text(PARTY_BOARD)
    assert document.issuing_parent == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert document.issuing_body == "BAN TỔ CHỨC"


def test_recipient_keeps_the_comma_that_closes_it():
    assert parse_text(PARTY_COMMITTEE).recipients == ["Các tỉnh ủy, thành ủy,", "Lưu Văn phòng"]


def test_underlined_recipients_heading_is_read():
    assert parse_text(PARTY_BOARD).recipients[0] == "Các tỉnh ủy, thành ủy,"


def test_recipient_wrapped_before_its_closing_comma_is_one_recipient():
    assert parse_text(PARTY_BOARD).recipients[1] == (
        "Các đồng chí lãnh đạo Văn phòng Trung ương Đảng,"
    )


def test_capacity_cut_inside_the_office_it_names_is_one_title_line():
    document = parse_text(PARTY_BOARD)
    assert document.signer_title == "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG"
    assert document.signer_name == "Nguyễn Văn An"


CHAIRMAN = (
    "CHỦ TỊCH ỦY\nBAN NHÂN DÂN\nTỈNH SÔNG XANH\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố:\n14/2025/QĐ-CTUBND\n"
    "Thành phố Sông Xanh,\nngày 02 tháng 12 năm 2025\n\nQUYẾT ĐỊNH\n"
    "BAN HÀNH QUY CHẾ VỀ CHỮ KÝ SỐ\n\nCăn cứ Luật Giao dịch điện tử số 20/2023/QH15;\n\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n\n|\nNơi nhận:\n- Bộ Tài chính;\n"
    "- TT Tỉnh ủy; TT. HĐND tỉnh,\n- Lưu: VT, VP10, 11.\nHP_VP11_QĐ\n|\n"
    "CHỦ TỊCH\nTrần Văn Bình\n|\n"
)


def test_chairman_heading_his_own_decision_is_the_issuer():
    assert parse_text(CHAIRMAN).issuing_body == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"


def test_place_opening_with_a_common_noun_is_joined_to_its_wrapped_date():
    document = parse_text(CHAIRMAN)
    assert document.issuing_place == "Thành phố Sông Xanh"
    assert document.issued_on == datetime.date(2025, 12, 2)


def test_second_unit_closed_by_a_comma_stays_in_its_recipient():
    assert parse_text(CHAIRMAN).recipients[1] == "TT Tỉnh ủy; TT. HĐND tỉnh,"


def test_file_code_under_the_filing_note_is_neither_recipient_nor_title():
    document = parse_text(CHAIRMAN)
    assert document.recipients[-1] == "Lưu: VT, VP10, 11"
    assert document.signer_title == "CHỦ TỊCH"


def test_units_in_capitals_wrapped_after_a_comma_stay_in_the_recipient():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 34/TB-VPCP\n"
        "Hà Nội, ngày 22 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG\n"
        "Ngày 08 tháng 11, Thủ tướng đã làm việc.\n\n|\nNơi nhận:\n- Các Tập đoàn: PVN, VNPT;\n"
        "- VPCP: BTCN, các PCN, các Vụ: CN,\nKTTH, NN, TCCV;\n- Lưu: VT, QHĐP.\n|\n"
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nLê Văn Cường\n|\n"
    )
    document = parse_text(text)
    assert document.recipients[1] == "VPCP: BTCN, các PCN, các Vụ: CN, KTTH, NN, TCCV"
    assert document.signer_title == "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"


def test_law_number_opening_a_wrapped_basis_is_not_the_document_number():
    text = (
        "**NGHỊ QUYẾT**\nVỀ TÁCH MỘT DỰ ÁN\n*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*\n"
        "*Căn cứ Luật Ban hành văn bản quy phạm pháp luật\nsố 64/2025/QH15;*\n\n"
        "**QUYẾT NGHỊ:**\n**Điều 1.** Tách dự án.\n"
    )
    document = parse_text(text)
    assert document.number is None
    assert document.document_type_code == "NQ"


LETTER = (
    "**Kính gửi:** Công ty Luật Sông Xanh.\nCục Thuế nhận được Công văn số 15/CV-SX ngày "
    "12/11/2025 của Công ty về chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:\n\n"
    "1. Về việc đăng ký thuế.\n\n|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT, CS.\n|\n"
    "**TL. CỤC TRƯỞNG**\nKT. TRƯỞNG BAN CHÍNH SÁCH\nPHÓ TRƯỞNG BAN\nPhạm Thị Dung\n|\n"
)


def test_letter_that_lost_its_header_takes_no_number_from_its_body():
    document = parse_text(LETTER)
    assert document.number is None
    assert document.document_type_code is None
    assert document.issued_on is None


def test_letter_that_lost_its_header_keeps_its_signer_and_recipients():
    document = parse_text(LETTER)
    assert document.signer_name == "Phạm Thị Dung"
    assert document.recipients == ["Như trên", "Lưu: VT, CS"]


def test_letter_that_lost_its_header_is_issued_by_the_body_its_text_names():
    assert parse_text(LETTER).issuing_body == "Cục Thuế"


def test_telegram_without_header_is_sent_by_the_authority_before_its_addressees():
    text = (
        "**CÔNG ĐIỆN**\nV/V ỨNG PHÓ MƯA LŨ\n**THỦ TƯỚNG CHÍNH PHỦ điện:**\n"
        "- Chủ tịch Ủy ban nhân dân tỉnh Sông Xanh;\n- Bộ trưởng các bộ.\n\n"
        "Mưa lớn kéo dài, Thủ tướng yêu cầu:\n\n1. Sơ tán dân.\n"
    )
    assert parse_text(text).issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"


def test_colon_inside_a_subject_in_capitals_does_not_end_it():
    text = (
        "BỘ VĂN HÓA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 42/QĐ-BVH\n"
        "Hà Nội, ngày 21 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ NHÓM THỦ TỤC\n"
        "LIÊN THÔNG GỒM: THỦ TỤC ĐĂNG KÝ; THỦ TỤC CẤP PHÉP\n\nBỘ TRƯỞNG BỘ VĂN HÓA\n"
        "Căn cứ Nghị định số 43/2025/NĐ-CP;\n"
    )
    assert parse_text(text).title == (
        "VỀ VIỆC CÔNG BỐ NHÓM THỦ TỤC LIÊN THÔNG GỒM: THỦ TỤC ĐĂNG KÝ; THỦ TỤC CẤP PHÉP"
    )


def test_signer_name_broken_after_the_family_name_is_one_name():
    text = (
        "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 31/QĐ-BCT\n"
        "Hà Nội, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC\n\n"
        "Điều 1. Công bố thủ tục.\n\n|\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, XNK.\n|\n"
        "**KT. BỘ TRƯỞNG**\nTHỨ TRƯỞNG\n**Phan\nThị Thắng**\n|\n"
    )
    assert parse_text(text).signer_name == "Phan Thị Thắng"
