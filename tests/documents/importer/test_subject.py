"""The subject: the "V/v" line of a công văn and the type it implies."""

from documents.importer import parse_text


def test_cong_van_number_without_type_code_gives_cong_van():
    document = parse_text(
        "SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123/SNV-TĐKT\n"
        "V/v báo cáo số liệu khen thưởng\nKính gửi: Các phòng chuyên môn.\n"
    )
    assert (document.document_type_code, document.document_type_name) == ("CV", "Công văn")
    assert document.title == "V/v báo cáo số liệu khen thưởng"
