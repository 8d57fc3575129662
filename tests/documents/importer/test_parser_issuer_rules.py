"""Issuer rules a clerk would state (issue #22, point 2), each on a small
synthetic text."""

from documents.importer import parse_text

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
REST = "Số: 07/KH-HĐTĐKT\nHà Nội, ngày 03 tháng 6 năm 2024\nKẾ HOẠCH\nTổ chức Đại hội thi đua\n"


def _news(lead: str) -> str:
    return f"Trang chủ\n\nThời sự\n\nHướng dẫn mới về công tác cán bộ\n\n{lead}\n"


def test_body_named_before_it_issues_a_typed_document_is_the_issuer():
    text = _news(
        "(LSVN) - Ban Tổ chức Trung ương đã ban hành Hướng dẫn số 31-HD/BTCTW "
        "về việc thành lập tổ chức đảng."
    )
    assert parse_text(text).issuing_body == "Ban Tổ chức Trung ương"


def test_office_before_the_body_is_not_part_of_the_issuer():
    text = _news(
        "Ngày 15/3/2024, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc ban hành Thông tư "
        "quy định chi tiết một số điều."
    )
    assert parse_text(text).issuing_body == "Ủy ban Dân tộc"


def test_abbreviation_with_a_full_stop_stays_inside_the_issuer():
    text = _news("Ban Bí thư T.Ư Đoàn ban hành kế hoạch tổ chức các hoạt động kỷ niệm.")
    assert parse_text(text).issuing_body == "Ban Bí thư T.Ư Đoàn"


def test_issuer_wrapped_around_a_dash_keeps_all_its_lines():
    text = f"HỘI ĐỒNG THI\nĐUA -\nKHEN THƯỞNG TRUNG ƯƠNG\n\n{MOTTO}{REST}"
    assert parse_text(text).issuing_body == "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TRUNG ƯƠNG"


# A header flattened onto one line, a tone mark OCR left apart from its letter.
FLATTENED = (
    "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO "
    "Độc lập - Tự do - Hạnh phúc Số: 2917/SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 "
    "năm 2010 V/v báo cáo nhanh tình hình thiệt hai ̀ do lũ lụt của ngành Giáo dục "
    "Kính gửi: Ủy ban nhân dân tỉnh Ninh Thuận. Sở Giáo dục và Đào tạo báo cáo nhanh "
    "tình hình thiệt hại do lũ lụt gây ra cho các trường học trên địa bàn tỉnh."
)


def test_flattened_header_with_a_stray_mark_is_still_cut_into_lines():
    document = parse_text(FLATTENED)
    assert (document.issuing_parent, document.issuing_body) == (
        "UBND TỈNH NINH THUẬN",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    )


def test_place_joined_by_a_hyphen_is_kept_whole_in_a_flattened_header():
    text = FLATTENED.replace("hai ̀", "hại")
    assert parse_text(text).issuing_place == "Phan Rang-Tháp Chàm"


def test_list_number_before_the_header_is_not_part_of_the_issuer():
    assert parse_text(f"1. {FLATTENED}").issuing_parent == "UBND TỈNH NINH THUẬN"


def test_issuer_stands_above_a_motto_whose_first_line_is_garbled():
    text = (
        "BỘ CƠNG THƯƠNG\nCỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
        "Số: 22/2011/TT-BCT\nHà Nội, ngày 31 tháng 5 năm 2011\n"
        "THÔNG TƯ\nQuy định về việc xây dựng\n"
    )
    assert parse_text(text).issuing_body == "BỘ CƠNG THƯƠNG"


def test_stray_marks_after_the_subject_are_not_part_of_the_title():
    text = (
        f"SỞ NỘI VỤ\n{MOTTO}Số: 12/SNV-VP\nHà Nội, ngày 05 tháng 11 năm 2010\n"
        "V/v báo cáo nhanh. ̉ ̀ ́\n"
    )
    assert parse_text(text).title == "V/v báo cáo nhanh"


def test_issuer_beside_the_second_motto_when_a_page_prints_the_header_twice():
    summary = "UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO Số 424/SGDĐT TĐKT V/v hướng dẫn " * 2
    text = (
        f"{summary}\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập Tự do Hạnh p[.]\n\n"
        "UBND TỈNH SƠN LA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 424/SGDĐT-TĐKT\nSơn La, ngày 05 tháng 5 năm 2018\nV/v hướng dẫn tổng kết\nKính gửi:\n"
    )
    document = parse_text(text)
    assert (document.issuing_parent, document.issuing_body) == (
        "UBND TỈNH SƠN LA",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
    )


def test_line_opening_with_a_bare_figure_is_not_the_issuer():
    text = (
        "456 CÁC NGHỊ QUYẾT THÔNG QUA TẠI KỲ HỌP\n"
        f"{MOTTO}Số: 76/2016/NQ-HĐND\nLào Cai, ngày 15 tháng 12 năm 2016\nNGHỊ QUYẾT\n"
        "Ban hành quy chế hoạt động\nHỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nKHOÁ XV - KỲ HỌP THỨ 3\n"
        "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    )
    assert parse_text(text).issuing_body == "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI"
