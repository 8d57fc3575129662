"""Layouts of the corpus's tenth round (issue #22): legal databases' pages kept as
Markdown with their furniture, 2025 issuers and a mass organisation's guidance."""

from documents.importer import parse_text

_MOTTO = (
    "|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
)


def test_a_bold_run_reopened_inside_a_word_leaves_the_word_whole():
    document = parse_text(
        "|\n**BỘ C****ÔNG THƯƠNG**\n**-------**\n" + _MOTTO + "Số: 54/2025/TT-BCT\n|\n"
        "*Hà Nội, ngày 21 tháng 11 năm 2025*\n|\n**THÔNG TƯ**\n"
        "SỬA ĐỔI MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 09/2025/TT-BCT\n"
        "*Căn cứ Luật Điện lực số 61/2024/QH15;*\n"
    )
    assert document.issuing_body == "BỘ CÔNG THƯƠNG"


def test_an_office_wrapped_before_its_owner_is_one_issuer():
    document = parse_text(
        "|\n**VĂN PHÒNG\nCHÍNH PHỦ**\n-------\n" + _MOTTO + "Số: 11520/VPCP-CN\n"
        "*V/v đẩy mạnh sản xuất nhiên liệu sinh học*\n|\n*Hà Nội, ngày 25 tháng 11 năm 2025*\n"
        "|\n**Kính gửi:** Bộ trưởng Bộ Công Thương\n"
    )
    assert document.issuing_body == "VĂN PHÒNG CHÍNH PHỦ"
    assert document.issuing_parent is None


def test_a_number_behind_the_rule_of_a_flattened_header_is_read():
    document = parse_text(
        "------------------ Số: 1661/NQ-UBTVQH15 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        "Độc lập - Tự do - Hạnh phúc------------------ |\n\n**NGHỊ QUYẾT**\n\n"
        "**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Điện Biên năm 2025**\n\n"
        "**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n"
    )
    assert document.number == "1661/NQ-UBTVQH15"


def test_a_basis_goes_on_with_a_further_instrument_on_its_own_line():
    document = parse_text(
        "BỘ TÀI CHÍNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 3891/QĐ-BTC\nHà Nội, ngày 19 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
        "VỀ VIỆC BỔ SUNG DANH SÁCH CÁC CỬA KHẨU\nBỘ TRƯỞNG BỘ TÀI CHÍNH\n"
        "Căn cứ Thông tư số 120/2015/TT-BTC ngày 14/8/2015 của Bộ trưởng Bộ Tài chính;\n"
        "Thông tư số 52/2017/TT-BTC ngày 19/5/2017 của Bộ trưởng Bộ Tài chính;\n"
        "Theo đề nghị của Cục trưởng Cục Hải quan.\nQUYẾT ĐỊNH:\n"
    )
    assert document.legal_bases == [
        "Căn cứ Thông tư số 120/2015/TT-BTC ngày 14/8/2015 của Bộ trưởng Bộ Tài chính; "
        "Thông tư số 52/2017/TT-BTC ngày 19/5/2017 của Bộ trưởng Bộ Tài chính"
    ]


def test_a_letters_conclusion_from_the_provisions_it_quoted_is_no_basis():
    document = parse_text(
        "BỘ TÀI CHÍNH\nCỤC THUẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\n"
        "Hà Nội, ngày 20 tháng 11 năm 2025\n\nKính gửi: Thuế tỉnh Quảng Trị.\n"
        "Căn cứ Điều 76 Luật Quản lý thuế số 38/2019/QH14 quy định về thẩm quyền hoàn thuế.\n"
        "Căn cứ quy định nêu trên, trường hợp cơ sở kinh doanh góp đủ vốn điều lệ thì được "
        "xem xét hoàn thuế.\n"
    )
    assert document.legal_bases == [
        "Căn cứ Điều 76 Luật Quản lý thuế số 38/2019/QH14 quy định về thẩm quyền hoàn thuế"
    ]


def test_a_recipient_cut_short_goes_on_in_capitals_closed_by_a_semicolon():
    document = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        "\n\nSố: 641/TB-VPCP\nHà Nội, ngày 25 tháng 11 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ "
        "THỦ TƯỚNG\n\nPhó Thủ tướng đã làm việc với thành phố./.\n\nNơi nhận:\n"
        "- Thủ tướng, các PTTgCP (để b/c);\n- VPCP: BTCN, các Vụ: QHĐP, KTTH, Cổng\nTTĐTCP;\n"
        "- Lưu: Văn thư, TCCV (02).\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n"
        "Trịnh Mạnh Linh\n"
    )
    assert document.recipients == [
        "Thủ tướng, các PTTgCP (để b/c)",
        "VPCP: BTCN, các Vụ: QHĐP, KTTH, Cổng TTĐTCP",
        "Lưu: Văn thư, TCCV (02)",
    ]
    assert document.signer_title == "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"


def test_a_vv_subject_ends_on_an_abbreviation_wrapped_to_its_own_line():
    document = parse_text(
        "CỤC THUẾ\nTHUẾ TỈNH TÂY NINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 3257/TNI-QLDN1\nV/v thuế suất thuế\nGTGT\n|\n"
        "Tây Ninh, ngày 01 tháng 12 năm 2025\n\nKính gửi: Công ty TNHH Khuôn Mẫu.\n"
    )
    assert document.title == "V/v thuế suất thuế GTGT"


def test_a_mass_organisation_keeps_the_lower_case_words_of_its_name():
    document = parse_text(
        "Ban chấp hành Hội cấp tỉnh không quá 45 ủy viên\n"
        "Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam đã ban hành Hướng dẫn số "
        "13/HD-CCB ngày 25/7/2025, quy định việc tổ chức Đại hội Hội CCB cấp xã và cấp tỉnh.\n"
    )
    assert document.issuing_body == "Ban Chấp hành Trung ương Hội Cựu chiến binh (CCB) Việt Nam"


def test_the_signing_body_ends_before_an_office_glued_to_it():
    document = parse_text(
        "**NGHỊ QUYẾT**\n\n**Về việc sắp xếp các đơn vị hành chính cấp xã năm 2025**\n\n"
        "Điều 1. Nghị quyết này có hiệu lực từ ngày được thông qua.\n\n"
        "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘICHỦ TỊCH\nTrần Thanh Mẫn\n"
    )
    assert document.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"


def test_a_basis_goes_on_with_căn_cứ_in_small_letters():
    document = parse_text(
        "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 37413/CHQ-NVTHQ\nV/v kê khai trị giá hải quan\n"
        "Hà Nội, ngày 21 tháng 11 năm 2025\n\nKính gửi: Công ty TNHH Sunny.\n"
        "- Căn cứ điểm 6 Khoản 3 Điều 1 Thông tư số 60/2019/TT-BTC quy định trị giá khai báo. "
        "Trường hợp có\ncăn cứ xác định trị giá khai báo không phù hợp thì cơ quan hải quan "
        "xác định trị giá.\n"
    )
    assert document.legal_bases == [
        "Căn cứ điểm 6 Khoản 3 Điều 1 Thông tư số 60/2019/TT-BTC quy định trị giá khai báo. "
        "Trường hợp có căn cứ xác định trị giá khai báo không phù hợp thì cơ quan hải quan "
        "xác định trị giá"
    ]


def test_a_vv_subject_goes_on_with_a_line_in_small_letters_and_a_cited_number():
    document = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        "\n\nSố: 11306/VPCP-NN\nV/v\nđề xuất giải pháp tháo gỡ khó khăn trong việc triển khai "
        "Nghị định\n136/2025/NĐ-CP\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\n"
        "Kính gửi: Bộ Nông nghiệp và Môi trường.\n"
    )
    assert document.title == (
        "V/v đề xuất giải pháp tháo gỡ khó khăn trong việc triển khai Nghị định 136/2025/NĐ-CP"
    )
    assert document.issued_on.isoformat() == "2025-11-18"


def test_a_recipient_wrapped_after_nhu_goes_on_with_its_article():
    document = parse_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 2533/QĐ-UBND\nCần Thơ, ngày 20 tháng 11 năm 2025\n\n"
        "QUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH\n\nĐiều 1. Công bố kèm theo Quyết định "
        "này./.\n\nNơi nhận:\n- Như\nĐiều 3;\n- UBND thành phố;\n- Lưu: VT,PV.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Chí Hùng\n"
    )
    assert document.recipients == ["Như Điều 3", "UBND thành phố", "Lưu: VT,PV"]


def test_a_vv_subject_ends_on_a_cited_number_wrapped_to_its_own_line():
    document = parse_text(
        "VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        "\n\nSố: 11306/VPCP-NN\nV/v triển khai Nghị định\n136/2025/NĐ-CP\n|\n"
        "Hà Nội, ngày 18 tháng 11 năm 2025\n\nKính gửi: Bộ Nông nghiệp và Môi trường.\n"
    )
    assert document.title == "V/v triển khai Nghị định 136/2025/NĐ-CP"
