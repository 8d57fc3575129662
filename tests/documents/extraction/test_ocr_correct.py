"""Post-correction of recognised text, on its own (no Tesseract)."""

from documents.extraction.ocr.correct import correct


def test_the_number_line_gets_its_label_and_slash_back():
    assert correct("Sô:1044QĐ-UBND") == "Số: 1044/QĐ-UBND"


def test_spaced_separators_and_an_eth_in_the_number_are_repaired():
    assert correct("S6 : 12 / QÐ - UBND") == "Số: 12/QĐ-UBND"


def test_a_code_that_only_exists_with_d_bar_gets_it():
    assert correct("Căn cứ Quyết định số 205/QD-UBND ngày 13/3/2017") == (
        "Căn cứ Quyết định số 205/QĐ-UBND ngày 13/3/2017"
    )


def test_the_issuer_part_of_a_code_gets_its_d_bar():
    assert correct("Số: 34/2016/NQ-HDND") == "Số: 34/2016/NQ-HĐND"


def test_a_misread_date_of_issue_is_rewritten():
    assert correct("Quảng Ngãi, ngảy 29 thảng 12 nãm 2O17") == (
        "Quảng Ngãi, ngày 29 tháng 12 năm 2017"
    )


def test_marks_inside_a_set_phrase_follow_the_phrase():
    assert correct("của Ủy bản nhần dân tỉnh") == "của Ủy ban nhân dân tỉnh"


def test_d_becomes_d_bar_in_a_set_phrase():
    assert correct("dồng chí Nguyễn Văn A") == "đồng chí Nguyễn Văn A"


def test_a_lost_horn_is_restored_in_capitals():
    assert correct("NĂNG LỤC HOẠT ĐỘNG") == "NĂNG LỰC HOẠT ĐỘNG"


def test_old_tone_placement_is_kept_as_written():
    assert correct("UỶ BAN NHÂN DÂN, Cộng hoà") == "UỶ BAN NHÂN DÂN, Cộng hoà"


def test_a_phrase_does_not_span_a_comma():
    assert correct("Nhân, dân") == "Nhân, dân"


def test_words_outside_the_phrases_are_left_alone():
    assert correct("Nguyễn Văn Dũng, ông Đặng Văn Dương") == "Nguyễn Văn Dũng, ông Đặng Văn Dương"
