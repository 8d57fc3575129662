"""News items and web pages: the act they report (its date, signer, type) and
the texts they only cite as grounds (issue #22, point 2)."""

import datetime

from documents.importer import parse_text

NOTICE_PAGE = (
    "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Hòa Bình năm 2025\n"
    "Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013;\n"
    "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ; Thông tư số "
    "04/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ;\n"
    "Ủy ban nhân dân xã Hòa Bình thông báo lịch tiếp công dân năm 2025 như sau:\n"
    "1. Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần.\n"
)


def test_text_cited_as_a_legal_basis_is_not_the_reported_document():
    assert parse_text(NOTICE_PAGE).number is None


def test_later_text_in_a_legal_basis_paragraph_is_not_the_reported_document():
    document = parse_text(
        "Treo cờ Tổ quốc chào mừng Đại hội\n"
        "Căn cứ Kế hoạch số 01-KH/ĐU ngày 02/7/2025 của Đảng ủy xã; Kế hoạch số 03/KH-UBND "
        "ngày 11/7/2025 của UBND xã về tổ chức các hoạt động kỷ niệm.\n"
        "UBND xã thông báo thời gian treo cờ như sau:\n"
    )
    assert document.number is None


def test_body_that_announces_gives_the_type_of_a_notice():
    assert parse_text(NOTICE_PAGE).document_type_code == "TB"


def test_citation_an_enacting_verb_governs_is_the_reported_document():
    document = parse_text(
        "Thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành "
        "Kế hoạch số 594/KH-UBND về phòng, chống dịch.\n"
    )
    assert document.number == "594/KH-UBND"


def test_office_of_a_council_that_announces_is_the_issuer():
    document = parse_text(
        "Lịch tiếp công dân của đại biểu HĐND tỉnh quý III/2019\n\n"
        "Thực hiện Kế hoạch số 03/KH-HĐND ngày 15/01/2019 của Thường trực HĐND tỉnh; trên cơ "
        "sở đăng ký tiếp công dân của các Tổ đại biểu, Văn phòng HĐND tỉnh thông báo lịch "
        "tiếp công dân như sau:\n"
    )
    assert document.issuing_body == "Văn phòng HĐND tỉnh"


def test_date_that_opens_the_reported_act_is_the_issue_date():
    document = parse_text(
        "Công điện hỏa tốc về ứng phó bão số 9\n\n"
        "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban hành Công điện hỏa tốc về ứng phó bão.\n"
    )
    assert document.issued_on == datetime.date(2025, 9, 24)


def test_date_after_the_reported_number_is_the_issue_date():
    document = parse_text(
        "Đẩy mạnh phong trào thi đua\n\n"
        "UBND tỉnh vừa ban hành Kế hoạch số 42/KH-UBND ngày 18/3/2021 về phong trào thi đua.\n"
    )
    assert document.issued_on == datetime.date(2021, 3, 18)


def test_date_of_a_cited_ground_is_not_the_issue_date():
    document = parse_text(
        "Lịch tiếp công dân quý III\n\n"
        "Thực hiện Kế hoạch số 03/KH-HĐND ngày 15/01/2019 của Thường trực HĐND tỉnh; trên cơ "
        "sở đăng ký của các Tổ đại biểu, Văn phòng HĐND tỉnh thông báo lịch như sau:\n"
    )
    assert document.issued_on is None


def test_person_named_before_signed_is_the_signer_not_part_of_the_issuer():
    document = parse_text(
        "Chỉ định chủ tịch UBND các tỉnh mới\n\n"
        "Ngày 24/6/2025, Thủ tướng Chính phủ Phạm Minh Chính đã ký các quyết định chỉ định "
        "chủ tịch UBND tỉnh.\n"
    )
    assert document.signer_name == "Phạm Minh Chính"
    assert document.issuing_body == "Thủ tướng Chính phủ"


def test_signing_by_order_gives_the_capacity_tl():
    document = parse_text(
        "Đề xuất của Sở\n\nNgày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng "
        "UBND tỉnh Trần Văn Bình đã ký ban hành văn bản số 3653/UBND-TNMT về đề xuất của Sở.\n"
    )
    assert document.signer_name == "Trần Văn Bình"
    assert document.signer_capacity == "TL."


def test_acting_chair_who_signs_gives_the_capacity_q():
    document = parse_text(
        "Củng cố cụm, khối thi đua\n\nTheo quyết định do Quyền Chủ tịch UBND tỉnh Võ Tấn Đức "
        "ký ban hành, toàn tỉnh có 2 cụm thi đua.\n"
    )
    assert document.signer_capacity == "Q."


def test_wrapped_paragraph_that_opens_with_a_ground_is_not_the_headline():
    document = parse_text(
        "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n"
        "4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa trong\n"
        "giải quyết thủ tục hành chính, Ủy ban nhân dân thành phố ban hành Kế hoạch triển\n"
        "khai như sau:\n"
    )
    assert document.title is None


def test_legal_bases_of_a_page_without_a_header_are_read():
    assert parse_text(NOTICE_PAGE).legal_bases == [
        "Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013",
        "Căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ; Thông tư số "
        "04/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ",
    ]


def test_committee_spelled_with_a_capital_ban_is_the_issuer():
    document = parse_text(NOTICE_PAGE.replace("Ủy ban nhân dân xã", "Ủy Ban nhân dân xã"))
    assert document.issuing_body == "Ủy Ban nhân dân xã Hòa Bình"


def test_body_that_announces_under_a_notice_heading_is_its_issuer():
    document = parse_text(
        "THÔNG BÁO\nLịch tiếp công dân của UBND xã Tân Hòa năm 2026\n"
        "Căn cứ Luật Tiếp công dân ngày 25/11/2013;\n"
        "Ủy ban nhân dân xã Tân Hòa thông báo lịch tiếp công dân như sau:\n"
        "1. Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần.\n"
    )
    assert document.issuing_body == "Ủy ban nhân dân xã Tân Hòa"


def test_party_executive_committee_is_read_with_its_term():
    document = parse_text(
        "Nghị quyết về huy động nguồn lực\n\nNgày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa "
        "XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực.\n"
    )
    assert document.issuing_body == "Ban Chấp hành Đảng bộ tỉnh khóa XIII"


def test_text_cited_for_its_rules_is_not_the_reported_document():
    document = parse_text(
        "Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:\n"
        "1. Thống nhất tiêu chí đánh giá, phù hợp với quy định tại Nghị định số 61/2018/NĐ-CP.\n"
    )
    assert document.number is None
    assert document.document_type_code == "KH"


TB_364 = (
    "UBND tỉnh Hà Tĩnh vừa có Thông báo số 364/TB-UBND về việc thay đổi ngày tiếp công dân "
    "định kỳ tháng 10 năm 2016.\n\n"
    "Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào ngày thứ bảy nên được chuyển sang thứ hai.\n"
)


def test_date_inside_a_sentence_does_not_open_a_header():
    document = parse_text(TB_364)
    assert (document.issuing_place, document.issued_on) == (None, None)
    assert document.number == "364/TB-UBND"


def test_about_the_matter_stays_in_the_subject_after_the_cited_number():
    assert (
        parse_text(TB_364).title == "về việc thay đổi ngày tiếp công dân định kỳ tháng 10 năm 2016"
    )


def test_urgent_dispatch_cited_by_number_gives_the_number():
    document = parse_text(
        "Vào lúc 10h00 ngày 21/7, Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số "
        "12/CĐ.UBND về khắc phục hậu quả mưa lũ.\n"
    )
    assert document.number == "12/CĐ.UBND"


def test_decision_an_office_holder_signs_gives_the_type():
    document = parse_text(
        "Chỉ định chủ tịch UBND các tỉnh mới\n\n"
        "Ngày 24/6/2025, Thủ tướng Chính phủ Phạm Minh Chính đã ký quyết định chỉ định "
        "23 chủ tịch UBND tỉnh.\n"
    )
    assert document.document_type_code == "QĐ"


DISPATCH = (
    "hỏa hoạn\n\nThanh Hóa: Hoãn các cuộc họp không cấp bách để ứng phó bão số 4\n"
    "Chủ tịch UBND tỉnh Thanh Hóa vừa ban hành công điện 10/CĐ-UBND về việc tập trung "
    "ứng phó bão số 4.\n"
)


def test_document_cited_without_the_word_so_gives_the_number():
    assert parse_text(DISPATCH).number == "10/CĐ-UBND"


def test_headline_led_by_its_place_under_a_tag_in_lower_case_is_the_title():
    assert (
        parse_text(DISPATCH).title
        == "Thanh Hóa: Hoãn các cuộc họp không cấp bách để ứng phó bão số 4"
    )


def test_date_after_a_type_name_is_not_a_cited_number():
    document = parse_text(
        "Quy định mới về thi đua\n\nQuyết định 1/7/2025 có hiệu lực, UBND tỉnh cho biết.\n"
    )
    assert document.number is None


def test_date_opening_a_sentence_where_a_body_has_a_notice_is_the_date_of_the_act():
    document = parse_text(
        "Tạm hoãn tiếp công dân định kỳ\n\nNgày 14-7-2021, do dịch bệnh diễn biến phức tạp, "
        "UBND tỉnh vừa có thông báo tạm hoãn lịch tiếp công dân định kỳ.\n"
    )
    assert document.issued_on == datetime.date(2021, 7, 14)


def test_body_with_a_long_name_that_has_a_dispatch_is_its_issuer():
    document = parse_text(
        "Chủ động ứng phó với bão số 4\n\nNgày 12/9/2016, Ban Chỉ huy phòng chống thiên tai và "
        "tìm kiếm cứu nạn tỉnh Sông Xanh đã có công điện khẩn số 13.\n"
    )
    assert document.issuing_body == (
        "Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Sông Xanh"
    )


def test_steering_committee_named_by_its_abbreviation_is_the_issuer():
    document = parse_text(
        "Chủ động ứng phó với bão số 4\n\nNgày 12/9/2016, BCH phòng chống thiên tai và TKCN "
        "tỉnh Sông Xanh đã ban hành Công điện số 13/CĐ-BCH.\n"
    )
    assert document.issuing_body == "BCH phòng chống thiên tai và TKCN tỉnh Sông Xanh"


def test_number_cited_with_a_spaced_dash_is_the_whole_number():
    document = parse_text(
        "Hướng dẫn thành lập đảng bộ xã\n\nBan Tổ chức Trung ương đã ban hành Hướng dẫn số "
        "31 - HD/BTCTW ngày 23/4/2025 về việc thành lập tổ chức đảng.\n"
    )
    assert document.number == "31-HD/BTCTW"
    assert document.issued_on == datetime.date(2025, 4, 23)


def test_date_of_signing_a_pledge_is_not_the_date_of_the_act():
    document = parse_text(
        "Khối thi đua góp ý dự thảo kế hoạch năm 2021\n\nCác đơn vị trong khối đã góp ý cho dự "
        "thảo kế hoạch. Ngày 23/4/2021 các đơn vị sẽ ký kết giao ước thi đua năm 2021.\n"
    )
    assert document.issued_on is None


def test_number_a_space_broke_after_its_dash_is_read_whole():
    text = (
        "(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Văn An đã ký ban hành Chỉ thị 11/CT- UBND"
        " tăng cường kỷ cương, kỷ luật hành chính năm 2009."
    )
    assert parse_text(text).number == "11/CT-UBND"
