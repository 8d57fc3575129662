"""Texts without an official header: news items and web pages (issue #22)."""

from documents.importer import parse_text

NEWS = (
    "Trang chủ\n\nThời sự\n\nTặng bằng khen cho 46 tập thể và cá nhân thực hiện tốt Chỉ thị 03\n\n"
    "BẢO NGUYÊN |\n\n(QNO) - Hôm qua 12.5, UBND tỉnh đã ban hành Quyết định số 1436/QĐ-UBND tặng "
    "bằng khen của Chủ tịch UBND tỉnh cho 23 tập thể và 23 cá nhân.\n"
)


def test_headline_of_a_news_item_is_its_title():
    assert (
        parse_text(NEWS).title
        == "Tặng bằng khen cho 46 tập thể và cá nhân thực hiện tốt Chỉ thị 03"
    )


def test_document_a_news_item_cites_by_number_gives_number_and_type():
    document = parse_text(NEWS)
    assert document.number == "1436/QĐ-UBND"
    assert document.document_type_code == "QĐ"


def test_body_that_issues_the_document_is_the_issuer_of_a_news_item():
    assert parse_text(NEWS).issuing_body == "UBND tỉnh"


def test_issuer_named_after_the_cited_number_is_the_issuer():
    document = parse_text(
        "Phát động phong trào thi đua\n\nĐó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch "
        "UBND tỉnh về việc phát động phong trào thi đua trong toàn tỉnh năm 2022.\n"
    )
    assert document.issuing_body == "Chủ tịch UBND tỉnh"
    assert document.document_type_code == "CT"


def test_issuer_with_its_locality_name_is_read_whole():
    document = parse_text(
        "UBND Thành phố Hà Nội vừa ban hành Kế hoạch số 74/KH-UBND về tổ chức hội nghị "
        "biểu dương kết quả phong trào thi đua năm 2022.\n"
    )
    assert document.issuing_body == "UBND Thành phố Hà Nội"


def test_subject_after_the_cited_number_is_the_title_of_a_news_item_without_headline():
    document = parse_text(
        "UBND Thành phố Hà Nội vừa ban hành Kế hoạch số 74/KH-UBND về tổ chức hội nghị "
        "biểu dương kết quả phong trào thi đua năm 2022.\n"
    )
    assert document.title == "tổ chức hội nghị biểu dương kết quả phong trào thi đua năm 2022"


def test_office_holder_named_after_the_office_is_not_part_of_the_issuer():
    document = parse_text(
        "Tặng bằng khen cho các tập thể\n\nChủ tịch UBND tỉnh Nguyễn Văn An đã ký Quyết định số "
        "12/QĐ-UBND tặng bằng khen cho các tập thể có thành tích xuất sắc.\n"
    )
    assert document.issuing_body == "Chủ tịch UBND tỉnh"


def test_type_named_by_the_headline_is_the_type_of_a_web_page():
    document = parse_text(
        "In bài viết\nGiấy mời dự Lễ phát động Tết trồng cây Xuân 2018\n\n"
        "Hưởng ứng phong trào, Ủy ban nhân dân tỉnh Hải Dương tổ chức Lễ phát động Tết trồng cây.\n"
    )
    assert document.document_type_code == "GM"
    assert document.issuing_body == "Ủy ban nhân dân tỉnh Hải Dương"


def test_type_named_by_the_enacting_sentence_is_the_type_of_a_news_item():
    document = parse_text(
        "Phường Lê Lợi chào mừng Đại hội Đảng Thành phố lần thứ XV\n\nĐể tạo không khí thi đua, "
        "Ủy ban nhân dân phường Lê Lợi xây dựng kế hoạch đề nghị các tổ dân phố thực hiện:\n"
    )
    assert document.document_type_code == "KH"
    assert document.issuing_body == "Ủy ban nhân dân phường Lê Lợi"


def test_issuer_a_news_item_only_cites_is_not_the_issuer():
    document = parse_text(
        "Thông báo kết quả\n\nThực hiện chỉ đạo của UBND tỉnh, Sở Nội vụ thông báo kết quả "
        "xét tặng danh hiệu thi đua năm 2023.\n"
    )
    assert document.issuing_body == "Sở Nội vụ"


def test_ministry_that_issues_the_cited_document_is_the_issuer():
    document = parse_text(
        "Hướng dẫn mới về thi đua, khen thưởng\nThứ Hai, 15/01/2024 10:30\n(Chinhphu.vn) - "
        "Bộ Nội vụ vừa ban hành Thông tư số 01/2024/TT-BNV quy định chi tiết Luật Thi đua.\n"
    )
    assert document.issuing_body == "Bộ Nội vụ"
    assert (document.number, document.document_type_code) == ("01/2024/TT-BNV", "TT")


def test_headline_in_capitals_is_the_title_when_no_other_headline_stands():
    document = parse_text(
        "Tin hoạt động\n\nTẶNG BẰNG KHEN CHO CÁC TẬP THỂ CÓ THÀNH TÍCH\n\n"
        "UBND tỉnh vừa ban hành Quyết định số 25/QĐ-UBND tặng Bằng khen cho 12 tập thể.\n"
    )
    assert document.title == "TẶNG BẰNG KHEN CHO CÁC TẬP THỂ CÓ THÀNH TÍCH"


def test_document_cited_as_the_ground_of_another_is_not_the_one_reported():
    document = parse_text(
        "Thi đua thực hiện thắng lợi nhiệm vụ năm 2021\n\nThực hiện Chỉ thị số 19/CT-TTg của "
        "Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch số 594/KH-UBND phát động thi đua.\n"
    )
    assert (document.number, document.document_type_code) == ("594/KH-UBND", "KH")
    assert document.issuing_body == "UBND tỉnh"


def test_party_committee_standing_board_is_read_whole():
    document = parse_text(
        "Nghị quyết về phát triển du lịch\n\nBan Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số "
        "05-NQ/TU về phát triển du lịch đến năm 2030.\n"
    )
    assert document.issuing_body == "Ban Thường vụ Tỉnh ủy"


DATABASE_PAGE = (
    "Căn cứ Luật Thi đua, Khen thưởng; Hướng dẫn số 48/HD-MTTW-BTT của Ủy ban Trung ương "
    "MTTQ Việt Nam về tiêu chí thi đua năm 2016\nSố hiệu: 16/HD-MT\nLoại văn bản: Hướng dẫn\n"
    "Cơ quan ban hành: Ủy ban MTTQ Việt Nam tỉnh Sông Xanh\nNgày ban hành: 23/08/2016\n"
)


def test_attribute_block_of_a_database_page_gives_number_and_type():
    document = parse_text(DATABASE_PAGE)
    assert (document.number, document.document_type_code) == ("16/HD-MT", "HD")


def test_attribute_block_of_a_database_page_gives_the_issuer():
    assert parse_text(DATABASE_PAGE).issuing_body == "Ủy ban MTTQ Việt Nam tỉnh Sông Xanh"


def test_attribute_block_in_table_cells_is_read_label_then_value():
    document = parse_text(
        "Tin văn bản mới\nSố hiệu | 05/2025/NQ-HĐND |\nLoại văn bản | Nghị quyết |\n"
    )
    assert (document.number, document.document_type_code) == ("05/2025/NQ-HĐND", "NQ")


def test_subject_after_the_cited_number_and_its_date_is_the_title():
    document = parse_text(
        "Print Thứ Ba, 29/06/2021 10:51\n\nUBND thành phố vừa ban hành Thông báo số 245/TB-UBND "
        "ngày 29/6/2021 về việc hoãn tổ chức tiếp công dân định kỳ tháng 6/2021.\n"
    )
    assert document.title == "về việc hoãn tổ chức tiếp công dân định kỳ tháng 6/2021"
