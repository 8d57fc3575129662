"""Whether a PDF page's text layer is usable or the page must be recognised."""

from documents.extraction.ocr.quality import usable

GOOD = "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022 của Quốc hội khóa XV;"


def test_a_vietnamese_paragraph_is_usable():
    assert usable(GOOD)


def test_a_page_number_alone_is_not_usable():
    assert not usable("  12  ")


def test_tcvn3_text_read_without_its_font_is_not_usable():
    assert not usable("Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc " * 2)


def test_symbols_from_a_broken_font_are_not_usable():
    assert not usable("\ue001\ue002\ue003 ¤¤¤ ### ... " * 5)


def test_replacement_characters_make_a_layer_unusable():
    assert not usable(GOOD + "\ufffd" * 5)
