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
