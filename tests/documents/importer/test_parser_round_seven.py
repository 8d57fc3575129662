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
