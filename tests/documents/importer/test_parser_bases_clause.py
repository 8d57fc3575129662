"""A legal basis ends where the issuer's own sentence begins, after "." or ","
as well as after ";" (issue #22, point 2)."""

from documents.importer import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 28/HD-UBND\nYên Bái, ngày 5 tháng 3 năm 2007\n\n"
    "HƯỚNG DẪN\nCông tác thi đua, khen thưởng năm 2007\n\n"
)


def test_basis_ends_at_the_full_stop_before_the_issuer_acts():
    document = parse_text(
        HEAD + "Căn cứ Hướng dẫn số 56/HD-BTĐKTTW ngày 12/01/2006 của Ban Thi đua - Khen thưởng "
        "Trung ương. Ủy ban nhân dân tỉnh Yên Bái hướng dẫn tổ chức thực hiện như sau:\n"
        "I. PHÁT ĐỘNG THI ĐUA\n"
    )
    assert document.legal_bases == [
        "Căn cứ Hướng dẫn số 56/HD-BTĐKTTW ngày 12/01/2006 của Ban Thi đua - Khen thưởng "
        "Trung ương"
    ]


def test_basis_ends_at_the_comma_before_a_subcommittee_that_guides():
    document = parse_text(
        HEAD + "Căn cứ nội dung hướng dẫn tổ chức Đại hội (Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 "
        "của Ban Chỉ đạo), Tiểu ban Thi đua - Khen thưởng Đại hội hướng dẫn một số nội dung sau:\n"
        "I. KHEN THƯỞNG\n"
    )
    assert document.legal_bases == [
        "Căn cứ nội dung hướng dẫn tổ chức Đại hội (Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 "
        "của Ban Chỉ đạo)"
    ]


def test_abbreviated_city_inside_a_basis_does_not_end_it():
    basis = (
        "Căn cứ Quyết định số 12/2020/QĐ-UBND của UBND TP. Hồ Chí Minh hướng dẫn công tác "
        "thi đua, khen thưởng"
    )
    assert parse_text(HEAD + basis + ";\nI. PHÁT ĐỘNG THI ĐUA\n").legal_bases == [basis]
