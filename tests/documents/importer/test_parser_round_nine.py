"""Layouts of the corpus's ninth round (issue #22): news items, teasers and portal
pages about a document, with its addressees, office holders and bracketed numbers."""

import datetime

from documents.importer import parse_text


def test_a_teasers_subject_stops_before_the_addressees():
    document = parse_text(
        "Mới đây, UBND TP đã có Công điện khẩn số 06/CĐ-UBND về tăng cường phòng chống "
        "dịch bệnh gửi các sở, ban, ngành, UBND quận, huyện yêu cầu thực hiện ngay.\n"
    )
    assert document.title == "tăng cường phòng chống dịch bệnh"


def test_a_headline_ending_in_the_letters_number_and_date_gives_the_number():
    document = parse_text(
        "Về việc báo cáo tình hình môi trường nông thôn (3585/VP-KTN, ngày 23/10/2017).\n\n"
        "Giao Sở Tài nguyên và Môi trường chủ trì thực hiện.\n"
    )
    assert (document.title, document.number) == (
        "Về việc báo cáo tình hình môi trường nông thôn",
        "3585/VP-KTN",
    )


def test_an_office_holder_named_before_signing_leaves_the_body_as_issuer():
    document = parse_text(
        "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực "
        "hiện chuyển đổi số giai đoạn 2024–2025.\n\nUBND tỉnh yêu cầu các sở rà soát.\n"
    )
    assert (document.issuing_body, document.signer_name) == ("UBND tỉnh", "Đặng Minh Thông")


def test_a_letter_reported_without_number_has_its_subject_after_the_act():
    document = parse_text(
        "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực "
        "hiện chuyển đổi số giai đoạn 2024–2025.\n\nUBND tỉnh yêu cầu các sở rà soát.\n"
    )
    assert (document.title, document.document_type_code) == (
        "triển khai thực hiện chuyển đổi số giai đoạn 2024–2025",
        "CV",
    )


def test_a_letter_that_asks_for_a_plan_is_a_letter_not_a_plan():
    document = parse_text(
        "Tiếp tục phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp\n\n"
        "Nhằm tiếp tục phong trào, Chủ tịch UBND thành phố vừa ban hành văn bản chỉ đạo các "
        "quận, huyện xây dựng kế hoạch thực hiện tại các khu vực ô nhiễm.\n"
    )
    assert document.document_type_code == "CV"


def test_this_afternoon_with_a_full_date_dates_the_act():
    document = parse_text(
        "(09/10/2020)\n(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị "
        "Hương đã ký văn bản hỏa tốc đề nghị các phòng cho học sinh nghỉ học.\n"
    )
    assert document.issued_on == datetime.date(2020, 10, 8)


def test_a_number_with_a_spaced_dash_before_its_issuer_is_closed_up():
    document = parse_text(
        "Quận Hoàn Kiếm tạm dừng các không gian đi bộ từ 30/4\n\n"
        "(LĐTĐ) Ngày 28/4, Uỷ ban nhân dân quận Hoàn Kiếm đã ban hành văn bản số 63/TB – UBND, "
        "thông báo tạm dừng việc tổ chức hoạt động của các không gian đi bộ.\n"
    )
    assert (document.number, document.document_type_code) == ("63/TB–UBND", "TB")


def test_a_directive_cited_after_the_reported_letter_is_not_the_document():
    document = parse_text(
        "Tham mưu đẩy mạnh công tác lập quy hoạch sử dụng đất\n\n"
        "Ngày 17-8, UBND tỉnh Khánh Hòa có văn bản gửi Sở Tài nguyên - Môi trường yêu cầu "
        "nghiên cứu Chỉ thị số 22 của Thủ tướng Chính phủ.\n\n"
        "Trước đó, ngày 11-8, Thủ tướng Chính phủ đã ban hành Chỉ thị số 22, yêu cầu các tỉnh "
        "đẩy mạnh lập quy hoạch.\n"
    )
    assert (document.number, document.document_type_code) == (None, "CV")


def test_a_steering_committee_by_its_abbreviation_issues_its_telegram():
    document = parse_text(
        "Công điện ứng phó với 2 cơn áp thấp nhiệt đới nguy hiểm\n\n"
        "Hồi 16h30, BCĐ Trung ương về Phòng, chống thiên tai (PCTT) đã có Công điện số "
        "84/CĐ-TW gửi Ban chỉ huy PCTT các tỉnh ven biển.\n"
    )
    assert document.issuing_body == "BCĐ Trung ương về Phòng, chống thiên tai"


def test_an_acting_chairman_named_before_signing_leaves_the_body_as_issuer():
    document = parse_text(
        "Đồng Nai có 2 cụm, 16 khối thi đua\n\nTheo quyết định về việc củng cố tổ chức cụm, "
        "khối thi đua mới đây do Quyền Chủ tịch UBND tỉnh Võ Tấn Đức ký ban hành, toàn tỉnh "
        "hiện có 2 cụm.\n"
    )
    assert document.issuing_body == "UBND tỉnh"


def test_a_chairman_named_before_signing_his_directive_stays_the_issuer():
    document = parse_text(
        "(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT- "
        "UBND tăng cường kỷ cương, kỷ luật hành chính năm 2009.\n"
    )
    assert document.issuing_body == "Chủ tịch UBND TP"


def test_a_second_basis_in_the_same_paragraph_that_names_ban_hanh_is_kept():
    document = parse_text(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH SƠN LA\nSố: 70/2014/NQ-HĐND\nSơn La, ngày 03 tháng 4 năm 2014\n\n"
        "NGHỊ QUYẾT\nVỀ CÁC BIỆN PHÁP PHÒNG, CHỐNG HIV/AIDS\n\n"
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003; Căn cứ Luật ban hành văn "
        "bản quy phạm pháp luật của HĐND và UBND năm 2004;\n"
        "Xét Tờ trình số 39/TTr-UBND của UBND tỉnh,\nQUYẾT NGHỊ:\n"
    )
    assert document.legal_bases == [
        "Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003; Căn cứ Luật ban hành văn "
        "bản quy phạm pháp luật của HĐND và UBND năm 2004"
    ]


def test_a_ministry_abbreviated_with_a_hyphen_issues_its_letter():
    document = parse_text(
        "Đề nghị tăng cường ngăn chặn nạn nhập lậu gia cầm\n"
        "Trước tình trạng nhập lậu gia cầm, Bộ NN-PTNT có văn bản gửi Bộ Quốc phòng, Bộ Công "
        "an và các địa phương về việc tăng cường kiểm soát vận chuyển gia cầm.\n"
    )
    assert document.issuing_body == "Bộ NN-PTNT"


def test_a_committee_that_directs_is_the_issuer_not_a_meeting_it_cites():
    document = parse_text(
        "Tạm thời ngưng hoạt động các cơ sở dịch vụ không thiết yếu\n\n"
        "Thực hiện Thông báo số 262/TB-VPCP của Văn phòng Chính phủ về kết luận tại cuộc họp "
        "Thường trực Chính phủ về công tác phòng, chống dịch;\n\n"
        "Ủy ban nhân dân Thành phố chỉ đạo tạm dừng tổ chức các sự kiện đông người.\n"
    )
    assert document.issuing_body == "Ủy ban nhân dân Thành phố"


def test_a_headline_requesting_named_bodies_is_the_headline():
    document = parse_text(
        "Đề nghị Bộ Quốc phòng, Bộ Công an tăng cường ngăn chặn nạn nhập lậu gia cầm\n"
        "Trước tình trạng nhập lậu gia cầm, Bộ NN-PTNT có văn bản gửi Bộ Quốc phòng, Bộ Công "
        "an và các địa phương về việc tăng cường kiểm soát vận chuyển gia cầm.\n"
    )
    assert document.title == (
        "Đề nghị Bộ Quốc phòng, Bộ Công an tăng cường ngăn chặn nạn nhập lậu gia cầm"
    )


def test_a_teasers_subject_may_follow_the_issuer_named_after_the_number():
    document = parse_text(
        "(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh đã ký ban hành Chỉ thị số 02-CT/TW "
        "của Ban Bí thư về lãnh đạo đại hội Hội cựu chiến binh lần thứ VI. Chỉ thị yêu cầu "
        "chuẩn bị tốt nội dung đại hội.\n"
    )
    assert document.title == "lãnh đạo đại hội Hội cựu chiến binh lần thứ VI"


def test_a_signed_acts_subject_right_after_its_number():
    document = parse_text(
        "(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT- "
        "UBND tăng cường kỷ cương, kỷ luật hành chính năm 2009.\n"
    )
    assert document.title == "tăng cường kỷ cương, kỷ luật hành chính năm 2009"


def test_a_decision_reported_as_signed_without_number_has_its_subject():
    document = parse_text(
        "Ngày 24/6/2025, Thủ tướng Chính phủ Phạm Minh Chính đã ký quyết định chỉ định 23 chủ "
        "tịch UBND tỉnh, thành phố mới sau khi sáp nhập. Quyết định có hiệu lực từ ngày "
        "1/7/2025.\n"
    )
    assert document.title == "chỉ định 23 chủ tịch UBND tỉnh, thành phố mới sau khi sáp nhập"


def test_a_joint_office_that_announces_is_named_with_its_city_as_the_page_closes():
    document = parse_text(
        "Lịch tiếp công dân tháng 7 năm 2019\n\n"
        "Văn phòng HĐND và UBND thành phố thông báo lịch tiếp công dân của Chủ tịch UBND thành "
        "phố như sau:\n\nNgày 04/7/2019: tiếp công dân định kỳ.\n\n"
        "Văn phòng HĐND và UBND thành phố Long Xuyên thông báo để nhân dân biết./.\n"
    )
    assert document.issuing_body == "Văn phòng HĐND và UBND thành phố Long Xuyên"


def test_the_prime_minister_named_without_the_government_signs_the_decision():
    document = parse_text(
        "Lập Ban chỉ đạo trung ương do Thủ tướng đứng đầu\n\n"
        "Thủ tướng vừa ký quyết định thành lập Ban chỉ đạo trung ương thực hiện thí điểm không "
        "tổ chức HĐND huyện, quận, phường.\n"
    )
    assert document.issuing_body == "Thủ tướng"


def test_a_dialogue_page_takes_the_letter_from_its_closing_source_note():
    document = parse_text(
        "THÔNG TIN Ý KIẾN\nQuảng Trị\n\n"
        "V/v Chuyển đổi mục đích sử dụng rừng thực hiện dự án mỏ sét\n\n"
        "THÔNG TIN PHẢN HỒI\n\nUBND tỉnh có ý kiến như sau:\n\n"
        "Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, tham mưu UBND tỉnh giải quyết.\n\n"
        "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)\n"
    )
    assert (document.number, document.title, document.issuing_body) == (
        "6012/UBND-KT",
        "V/v Chuyển đổi mục đích sử dụng rừng thực hiện dự án mỏ sét",
        "UBND tỉnh",
    )


def test_a_text_named_as_where_the_contents_are_is_cited_not_reported():
    document = parse_text(
        "Kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\n\n03/03/2023 17:11\n\n"
        "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương tuyên truyền về sự kiện theo các nội "
        "dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy.\n"
    )
    assert (document.number, document.issued_on) == (None, None)


def test_a_paragraph_opening_nghiem_tuc_thuc_hien_cites_its_grounds():
    document = parse_text(
        "Thông tin văn bản\n\n"
        "Nghiêm túc thực hiện chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 31/TB-VPCP ngày "
        "25/2/2021 về phòng, chống dịch Covid-19, Chủ tịch UBND huyện vừa có công văn yêu cầu "
        "các cơ quan, đơn vị nâng cao mức cảnh báo.\n"
    )
    assert (document.number, document.document_type_code) == (None, "CV")


def test_a_body_that_asks_others_to_act_writes_a_letter():
    document = parse_text(
        "Kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\n\n03/03/2023 17:11\n\n"
        "Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự "
        "kiện trong năm 2023.\n"
    )
    assert document.document_type_code == "CV"


def test_a_numbered_notice_of_another_body_below_the_lead_is_not_the_document():
    document = parse_text(
        "Tạm dừng các hoạt động tại không gian đi bộ ở quận Hoàn Kiếm\n\n21/08/2020\n\n"
        "(Chinhphu.vn) - Hôm nay 21/8, UBND quận Hoàn Kiếm ra thông báo yêu cầu tạm dừng "
        "các hoạt động tại không gian đi bộ.\n\n"
        "Ngày 20/8, Ban chỉ đạo công tác phòng, chống dịch thành phố Hà Nội ban hành Thông báo "
        "số 15/TB-BCĐ về kết luận của Trưởng ban.\n"
    )
    assert (document.number, document.document_type_code) == (None, "TB")


def test_a_signer_named_with_several_offices_before_signing():
    document = parse_text(
        "(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực "
        "Ban Bí thư đã ký ban hành Chỉ thị số 02-CT/TW của Ban Bí thư về lãnh đạo đại hội.\n"
    )
    assert document.signer_name == "Đinh Thế Huynh"


def test_a_cited_decrees_date_does_not_hide_the_date_of_the_act():
    document = parse_text(
        "• Hướng dẫn tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”\n\n"
        "(BTĐKT)-Để triển khai thực hiện Nghị định số 56/2013/NĐ-CP ngày 22/5/2013 của Chính "
        "phủ quy định chi tiết Pháp lệnh, ngày 05/9/2013, Ban Thi đua - Khen thưởng Trung ương "
        "đã có văn bản hướng dẫn việc xét tặng danh hiệu.\n"
    )
    assert document.issued_on == datetime.date(2013, 9, 5)


def test_a_letters_subject_right_after_its_number_and_a_date_without_year():
    document = parse_text(
        "Văn phòng Chính phủ vừa có Văn bản số 3565/VPCP-KGVX ngày 25/4 truyền đạt ý kiến chỉ "
        "đạo của Phó Thủ tướng yêu cầu xử lý thông tin phản ánh về việc gia tăng các vụ ngộ "
        "độc thực phẩm.\n"
    )
    assert document.title == (
        "truyền đạt ý kiến chỉ đạo của Phó Thủ tướng yêu cầu xử lý thông tin phản ánh về "
        "việc gia tăng các vụ ngộ độc thực phẩm"
    )


def test_a_letters_subject_is_the_request_after_its_addressees():
    document = parse_text(
        "Bộ Y tế vừa có Công văn khẩn số 5995 gửi Chủ tịch ủy ban nhân dân các tỉnh, thành phố "
        "đề nghị tăng cường công tác phòng, chống cúm gia cầm.\n"
    )
    assert document.title == "tăng cường công tác phòng, chống cúm gia cầm"


def test_a_plans_subject_stops_before_when_it_is_expected_to_take_place():
    document = parse_text(
        "Ngày 28/7, UBND tỉnh ban hành Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ "
        "VIII, dự kiến diễn ra trong tháng 9/2025 tại Trung tâm Văn hóa tỉnh.\n"
    )
    assert document.title == "tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VIII"


def test_a_council_calling_for_the_peoples_comment_issues_a_notice():
    document = parse_text(
        "Lấy ý kiến nhân dân trình khen thưởng cấp Nhà nước\n\n"
        "Căn cứ Nghị định 91/2017 của Chính phủ, Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến "
        "nhân dân trước khi xét trình Chủ tịch nước tặng Huân chương Lao động:\n"
    )
    assert document.document_type_code == "TB"


def test_a_type_about_a_matter_signed_by_a_named_officer_is_the_reported_type():
    document = parse_text(
        "Đồng Nai có 2 cụm, 16 khối thi đua\n\nTheo quyết định về việc củng cố tổ chức cụm, "
        "khối thi đua mới đây do Quyền Chủ tịch UBND tỉnh Võ Tấn Đức ký ban hành, toàn tỉnh "
        "hiện có 2 cụm.\n"
    )
    assert document.document_type_code == "QĐ"


def test_a_minister_named_by_the_ministrys_field_signs_in_his_office():
    document = parse_text(
        "Bộ trưởng Y tế Đào Hồng Lan vừa ký công văn gửi UBND các tỉnh, thành phố về việc "
        "hướng dẫn sắp xếp cơ sở y tế.\n"
    )
    assert (document.issuing_body, document.signer_name) == ("Bộ trưởng Y tế", "Đào Hồng Lan")
