"""Layouts of the corpus's eleventh round (issue #22): web pages whose title or issuer
is printed in a form of its own (a CMS stamp glued under the headline, a document's
heading as the page's headline, a headline opening with a count, a body reporting its
own act, an abbreviated ministry, a header cut inside the issuer's name)."""

from documents.importer import parse_text


def test_a_cms_line_ending_in_the_pages_date_stamp_is_no_headline():
    document = parse_text(
        "Tìm kiếm\n"
        "Triển khai thông tư số 22/2018/TT-BTNMT\n"
        "False 9481Ngày cập nhật 21/12/2018\n\n"
        "Ngày 15/11/2018 Bộ Tài nguyên và Môi trường ban hành Thông tư số 22/2018/TT-BTNMT "
        " Ban hành định mức kinh tế - kỹ thuật đo vẽ bản đồ địa hình đáy biển tỷ lệ 1:5000.\n"
    )
    assert document.title == "Triển khai thông tư số 22/2018/TT-BTNMT"


def test_a_documents_heading_in_capitals_as_headline_loses_its_type_word():
    document = parse_text(
        "THÔNG BÁO VỀ VIỆC TREO CỜ TỔ QUỐC\n"
        "Thứ Hai, 28/04/2025\n"
        "Uỷ ban nhân dân xã Thiệu Vân thông báo đến toàn thể nhân dân treo cờ Tổ quốc.\n"
    )
    assert (document.title, document.document_type_code) == ("VỀ VIỆC TREO CỜ TỔ QUỐC", "TB")


def test_a_news_headline_keeps_its_type_word():
    document = parse_text(
        "Thông báo về việc tiếp công dân của Chủ tịch UBND tỉnh\n\n"
        "Văn phòng UBND tỉnh thông báo lịch tiếp công dân tháng 6.\n"
    )
    assert document.title == "Thông báo về việc tiếp công dân của Chủ tịch UBND tỉnh"


def test_a_headline_may_open_with_a_count():
    document = parse_text(
        "535 thủ tục hành chính được cắt giảm thời gian giải quyết\n"
        "UBND tỉnh vừa ban hành Quyết định về việc công bố danh mục tên các thủ tục hành "
        "chính cắt giảm thời gian giải quyết.\n"
    )
    assert document.title == "535 thủ tục hành chính được cắt giảm thời gian giải quyết"


def test_a_body_saying_it_has_just_issued_a_plan_is_the_issuer():
    document = parse_text(
        "UBND TP Hồ Chí Minh cho biết, vừa ban hành Kế hoạch tiếp công dân của Thường trực "
        "UBND thành phố.\n\nĐịa điểm tiếp công dân tại trụ sở Văn phòng Tiếp công dân "
        "hoặc tại một địa điểm khác do Lãnh đạo UBND thành phố quyết định.\n"
    )
    assert document.issuing_body == "UBND TP Hồ Chí Minh"


def test_an_abbreviated_ministry_is_named_as_the_text_spells_it():
    document = parse_text(
        "Bộ GTVT chỉ đạo tạo thuận lợi cho vận chuyển xăng dầu\n"
        "Bộ Giao thông vận tải cho biết vừa có công văn hỏa tốc gửi Sở Giao thông Vận tải "
        "các tỉnh về việc tổ chức giao thông.\n"
    )
    assert document.issuing_body == "Bộ Giao thông vận tải"


def test_a_header_cut_inside_the_issuers_name_takes_the_name_the_letter_gives_itself():
    document = parse_text(
        "BỘ TÀI NGUYÊN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 8974/BTNMT-KHTC | Hà Nội, ngày 23 tháng 10 năm 2023 |\n"
        "Kính gửi: Hội đồng thẩm định quy hoạch tỉnh\n"
        "Phúc đáp Công văn số 6968/CV-HĐTĐ, Bộ Tài nguyên và Môi trường có ý kiến như sau:\n"
        "1. Đề nghị cơ quan lập quy hoạch tiếp tục nghiên cứu.\n"
    )
    assert document.issuing_body == "Bộ Tài nguyên và Môi trường"


def test_a_headless_letter_that_guides_names_its_sender():
    document = parse_text(
        "Kính gửi: Cục Hải quan các tỉnh, thành phố\n"
        "Trong quá trình thực hiện thủ tục hải quan, các doanh nghiệp có vướng mắc. Về vấn "
        "đề này, Bộ Tài chính hướng dẫn như sau:\n"
        "1. Hồ sơ hải quan gồm tờ khai vận chuyển độc lập.\n"
    )
    assert document.issuing_body == "Bộ Tài chính"


def test_a_circulars_subject_opening_with_another_types_name_is_no_type_heading():
    document = parse_text(
        "BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 42/2020/TT-BCT | Hà Nội, ngày 30 tháng 11 năm 2020 |\n"
        "QUY ĐỊNH VIỆC KHAI BÁO, QUẢN LÝ VÀ SỬ DỤNG CƠ SỞ DỮ LIỆU MÔI TRƯỜNG NGÀNH CÔNG THƯƠNG\n"
        "Căn cứ Luật Bảo vệ môi trường số 55/2014/QH13 ngày 23 tháng 6 năm 2014;\n"
    )
    assert (document.document_type_code, document.title) == (
        "TT",
        "QUY ĐỊNH VIỆC KHAI BÁO, QUẢN LÝ VÀ SỬ DỤNG CƠ SỞ DỮ LIỆU MÔI TRƯỜNG NGÀNH CÔNG THƯƠNG",
    )


def test_a_lead_naming_the_notices_sender_gives_the_issuer_and_the_type():
    document = parse_text(
        "Chính phủ đồng ý nghỉ Tết Nguyên đán 2018 bảy ngày\n"
        "Thông báo từ Văn phòng Chính phủ truyền đạt ý kiến của Thủ tướng Chính phủ đồng ý "
        "với đề xuất của Bộ Lao động, Thương binh và Xã hội về việc nghỉ lễ, Tết năm 2018.\n"
    )
    assert (document.issuing_body, document.document_type_code) == ("Văn phòng Chính phủ", "TB")


def test_a_body_that_has_decided_to_set_up_teams_issued_a_decision():
    document = parse_text(
        "Thành lập 7 đoàn kiểm tra công tác phòng, chống sốt xuất huyết\n\n"
        "Trước thực tế số ca mắc sốt xuất huyết gia tăng, Bộ Y tế đã quyết định thành lập 7 "
        "đoàn công tác đi kiểm tra tại 14 tỉnh, thành phố trọng điểm.\n"
    )
    assert document.document_type_code == "QĐ"


def test_a_capitalised_subject_right_after_the_reported_number_is_the_title():
    document = parse_text(
        "Ngày 27/03/2020, Ban Chỉ huy Phòng chống thiên tai và tìm kiếm cứu nạn tỉnh đã ban "
        "hành Quyết định số 08/QĐ-TWPCTT Hướng dẫn xây dựng và củng cố Đội phòng chống "
        "thiên tai cấp xã.\n"
    )
    assert document.title == "Hướng dẫn xây dựng và củng cố Đội phòng chống thiên tai cấp xã"
