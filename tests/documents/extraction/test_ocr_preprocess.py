"""Pre-processing of page images (Pillow only): skew, rules, threshold."""

from PIL import Image, ImageDraw

from documents.extraction.ocr import preprocess
from tests.documents.extraction import scans
from tests.documents.extraction.ocr_support import BODY


def _page():
    return scans.render_pages(BODY * 6, dpi=150, skew=0, blur=0, speckle=0)[0]


def test_a_page_turned_by_two_degrees_is_measured_so():
    turned = _page().rotate(2, resample=Image.BICUBIC, fillcolor=255)
    assert abs(preprocess.skew(turned) + 2) <= 0.3


def test_a_straight_page_has_no_skew():
    assert preprocess.skew(_page()) == 0.0


def test_a_printed_rule_is_removed_and_the_text_kept():
    page = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(page)
    draw.line((300, 100, 600, 100), fill=0, width=3)
    draw.text((100, 200), "Số: 12/QĐ-UBND", fill=0, font_size=40)
    cleaned = preprocess.remove_rules(page, 150)
    assert cleaned.crop((290, 90, 610, 110)).getextrema() == (255, 255)
    assert cleaned.crop((100, 190, 500, 260)).getextrema()[0] == 0


def test_otsu_splits_two_grey_levels_between_them():
    histogram = [0] * 256
    histogram[40], histogram[220] = 100, 900
    assert 40 <= preprocess.otsu(histogram) < 220
