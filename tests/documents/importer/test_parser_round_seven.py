"""Layouts of the corpus's seventh round (issue #22): web pages around a document,
news teasers without a headline, page stamps, and database copies whose header
cell was cut."""

import datetime

from documents.importer import parse_text

COUNCIL_STANDING_BODY = (
    "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 12/NQ-HĐND | Hòa Bình, ngày 13 tháng 10 năm 2016 |\n"
    "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế tiếp công dân.\n"
)

PLACE_WITH_DASH = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\n-------\n|\nCỘNG HÒA XÃ HỘI\n"
    "CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
    "Số: 08/KH-UBND\n|\nBà Rịa - Vũng\nTàu, ngày 08 tháng 01 năm 2023\n|\n"
    "KẾ HOẠCH\nTRUYỀN THÔNG CHÍNH SÁCH\n"
    "Thực hiện Chỉ thị số 07/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
)

# A portal's copy of a ministry's letter: its number alone on the first line, then a
# letter it answers cited with number and date.
NUMBERED_LETTER = (
    "3313/BVHTTDL-VHDT\n\nCông văn V/v Tham gia Ngày hội văn hóa các dân tộc\n\n"
    "Kính gửi: Sở Văn hóa tỉnh Phú Thọ\n \nBộ nhận được Công văn số 352/SVHTTDL-VP ngày "
    "18 tháng 5 năm 2016 của Sở về việc xin chủ trương.\n"
)


def test_the_government_office_issues_in_its_own_name():
    document = parse_text(
        "Văn phòng Chính phủ vừa có Văn bản số 3565/VPCP-KGVX ngày 25/4 truyền đạt ý "
        "kiến chỉ đạo của Phó Thủ tướng về việc xử lý ngộ độc thực phẩm.\n"
    )
    assert document.issuing_body == "Văn phòng Chính phủ"


def test_a_weekday_date_stamp_is_neither_place_nor_date_nor_headline():
    document = parse_text(
        "Thứ bảy, ngày 27/04/2024\n\nThông tin chung\n\n"
        "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ, Hội đồng Thi "
        "đua – Khen thưởng lấy ý kiến đề nghị khen thưởng theo quy định.\n"
    )
    assert document.issuing_place is None
    assert document.issued_on is None
    assert document.title is None


def test_an_update_stamp_under_the_headline_is_no_headline():
    document = parse_text(
        "Cờ Thi đua xuất sắc Khối xã, phường, thị trấn năm 2016\nNgày cập nhật 30/03/2017\n\n"
        "     Ngày 21 tháng 3 năm 2017 Chủ tịch Ủy ban nhân dân tỉnh đã ký ban hành Quyết "
        "định số 563/QĐ-UBND về việc tặng Cờ thi đua cho 10 tập thể, gồm:\n"
    )
    assert document.title == "Cờ Thi đua xuất sắc Khối xã, phường, thị trấn năm 2016"


def test_a_portal_marker_after_the_headline_is_dropped():
    document = parse_text(
        "VĂN BẢN MỚI\n\nCó 07 tập thể đạt Danh hiệu Tập thể Lao động xuất sắc Tin có hình\n"
        "(Quang Binh Portal) - Đó là thông tin tại Quyết định số 1632/QĐ-UBND ngày "
        "22/5/2020 của UBND tỉnh về việc khen thưởng thành tích công tác năm 2019.\n"
    )
    assert document.title == "Có 07 tập thể đạt Danh hiệu Tập thể Lao động xuất sắc"


def test_a_teaser_without_headline_takes_the_subject_after_the_addressees():
    document = parse_text(
        "Bộ Giáo dục và Đào tạo vừa ban hành công văn số 4726/BGDĐT-GDTC gửi UBND các "
        "tỉnh, thành phố về việc tổ chức hoạt động dạy học trực tiếp. Công văn này đã có "
        "ý kiến thống nhất của Bộ Y tế.\n"
    )
    assert document.title == "về việc tổ chức hoạt động dạy học trực tiếp"


def test_a_teaser_about_a_letter_without_number_takes_its_subject():
    document = parse_text(
        "Văn phòng Chính phủ vừa có văn bản truyền đạt ý kiến chỉ đạo của Thủ tướng về "
        "việc xử lý hậu quả vụ cháy tại công ty Rạng Đông.\n"
    )
    assert document.title == "về việc xử lý hậu quả vụ cháy tại công ty Rạng Đông"


def test_a_cited_subject_ends_with_its_sentence():
    document = parse_text(
        "Ban Bí thư vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược "
        "công tác kiểm tra, giám sát của Đảng đến năm 2030. Kết luận nêu rõ:\n"
    )
    assert document.title == "Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030"


def test_signing_on_behalf_of_a_body_names_the_body_and_the_signer():
    document = parse_text(
        "Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực "
        "Ban Bí thư, vừa ký ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược "
        "công tác kiểm tra, giám sát của Đảng đến năm 2030.\n"
    )
    assert document.issuing_body == "Bộ Chính trị"
    assert document.signer_name == "Võ Văn Thưởng"
    assert document.signer_capacity == "TM."


def test_a_councils_standing_body_completes_a_header_cut_to_the_council():
    document = parse_text(COUNCIL_STANDING_BODY)
    assert document.issuing_body == "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH"
    assert document.title is None


def test_a_mass_organisation_issues_its_plan_in_a_news_item():
    document = parse_text(
        "Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội Câu lạc bộ "
        "doanh nhân lần thứ II.\n\nĐại hội sẽ bầu Ban Chấp hành Câu lạc bộ nhiệm kỳ mới.\n"
    )
    assert document.issuing_body == "Hội Cựu chiến binh tỉnh"


def test_a_place_with_a_dash_wrapped_before_its_date_is_one_place():
    document = parse_text(PLACE_WITH_DASH)
    assert document.issuing_place == "Bà Rịa - Vũng Tàu"
    assert document.issued_on == datetime.date(2023, 1, 8)


def test_a_type_printed_before_a_vv_subject_is_no_part_of_it():
    document = parse_text(
        "3313/BVHTTDL-VHDT\n\nCông văn V/v Tham gia Ngày hội văn hóa các dân tộc\n\n"
        "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ\n \nBộ có ý kiến như sau.\n"
    )
    assert document.title == "V/v Tham gia Ngày hội văn hóa các dân tộc"


def test_a_news_item_names_the_signer_before_the_office():
    document = parse_text(
        "Bộ Y tế yêu cầu bảo đảm tiến độ xếp cấp chuyên môn kỹ thuật\n"
        "Giáo sư, Tiến sĩ Trần Văn Thuấn, Thứ trưởng Y tế vừa ký văn bản gửi các bệnh viện "
        "về việc triển khai xếp cấp chuyên môn kỹ thuật.\n"
    )
    assert document.signer_name == "Trần Văn Thuấn"


def test_dao_is_a_family_name_of_a_reported_signer():
    document = parse_text(
        "Bộ trưởng Y tế Đào Hồng Lan vừa ký công văn gửi UBND các tỉnh về việc sắp xếp "
        "cơ sở y tế.\n"
    )
    assert document.signer_name == "Đào Hồng Lan"


def test_a_page_opening_with_a_number_alone_numbers_the_document():
    assert parse_text(NUMBERED_LETTER).number == "3313/BVHTTDL-VHDT"


def test_a_run_on_attribute_line_names_the_signer_and_the_issuer():
    document = parse_text(
        "02/TTr-BVHTTDL\n\nKTBT, TT Huỳnh Vĩnh Ái Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n"
        "Tờ Trình V/v đề nghị tặng thưởng Cờ Thi đua\n\nKính gửi: Thủ tướng Chính phủ\n \n"
        "Bộ Văn hóa, Thể thao và Du lịch trân trọng đề nghị.\n"
    )
    assert document.issuing_body == "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert document.signer_name == "Huỳnh Vĩnh Ái"


def test_a_page_numbered_on_its_first_line_takes_no_date_from_a_cited_letter():
    assert parse_text(NUMBERED_LETTER).issued_on is None


def test_a_teaser_reporting_a_signed_letter_names_a_cong_van():
    document = parse_text(
        "Bộ Y tế yêu cầu bảo đảm tiến độ xếp cấp chuyên môn kỹ thuật\n"
        "Thứ trưởng Y tế vừa ký văn bản gửi các bệnh viện về việc triển khai xếp cấp.\n"
    )
    assert document.document_type_code == "CV"


def test_a_print_view_keeping_only_its_headline_reads_it():
    document = parse_text(
        "Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc tiếp tục đổi mới công tác dân "
        "vận trong cơ quan hành chính nhà nước.\n"
    )
    assert document.document_type_code == "CT"
    assert document.title == (
        "Chỉ thị của Chủ tịch Uỷ ban nhân dân tỉnh về việc tiếp tục đổi mới công tác dân "
        "vận trong cơ quan hành chính nhà nước"
    )


def test_a_type_heading_with_a_colon_before_the_subject_names_the_type():
    document = parse_text(
        "HƯỚNG DẪN: Công tác phòng, chống tội phạm năm 2019\n\n"
        "    Năm 2019 tình hình an ninh diễn biến khó lường.\n\n"
        "Ban Chỉ đạo Trung ương Hội hướng dẫn như sau:\n"
    )
    assert document.document_type_code == "HD"


def test_an_emulation_bloc_named_after_its_members_keeps_them():
    document = parse_text(
        "Khối thi đua các cơ quan Đảng ký kết giao ước thi đua năm 2023\n"
        "Chiều 23/3, khối thi đua các cơ quan Đảng đã tổ chức hội nghị ký kết giao ước.\n"
    )
    assert document.issuing_body == "Khối thi đua các cơ quan Đảng"


def test_a_committee_abbreviated_and_spelled_out_is_named_in_full():
    document = parse_text(
        "Thông báo về việc hoãn tiếp công dân định kỳ tháng 6\n\n"
        "Hiện nay, tình hình dịch bệnh diễn biến phức tạp, UBND huyện thông báo các phiên "
        "tiếp công dân tháng 6 hoãn tổ chức.\n\n"
        "Ủy ban nhân dân huyện thông báo để các cơ quan và công dân biết.\n"
    )
    assert document.issuing_body == "Ủy ban nhân dân huyện"
