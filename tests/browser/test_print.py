"""An official document printed to PDF in Chromium reads as issued: the decree's
header, italic date line, signature capacity lines and recipients, in the serif the
site serves, on A4 with the decree's margins (Nghị định 30/2020/NĐ-CP)."""

import io
import re
from dataclasses import dataclass

import pypdfium2
import pytest
from pypdf import PdfReader

from tests.browser.pages import PUBLIC_PAGES

pytestmark = pytest.mark.browser

# The demo's 2026 plan: UBND tỉnh Sông Xanh, signed "KT. Phó Chủ tịch".
PLAN_PRINT = PUBLIC_PAGES["plan-print"]
# The demo's 2024 rules: a decision signed "TM." by the chairman.
DECISION_PRINT = PUBLIC_PAGES["document"] + "ban-in/"
POINTS_PER_MM = 72 / 25.4


@dataclass
class Printed:
    pdf: bytes
    font_responses: list

    @property
    def reader(self):
        return PdfReader(io.BytesIO(self.pdf))

    def text(self):
        """The first page's text with spaces and line breaks made single spaces."""
        return " ".join(self.reader.pages[0].extract_text().split())

    def font_names(self):
        names = set()
        for page in self.reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            names.update(str(font.get_object()["/BaseFont"]) for font in fonts.values())
        return names

    def text_in_fonts(self, word):
        """First page text drawn in fonts whose name contains `word`, spaces removed."""
        parts = []

        def visit(text, _cm, _tm, font, _size):
            if font is not None and word in str(font.get("/BaseFont", "")):
                parts.append(text)

        self.reader.pages[0].extract_text(visitor_text=visit)
        return re.sub(r"\s+", "", "".join(parts))

    def text_box(self):
        """(left, right) edges in points of all the text on the first page."""
        document = pypdfium2.PdfDocument(self.pdf)
        text_page = document[0].get_textpage()
        boxes = [text_page.get_charbox(index) for index in range(text_page.count_chars())]
        boxes = [box for box in boxes if box[2] > box[0]]
        return min(box[0] for box in boxes), max(box[2] for box in boxes)


# One PDF per document for the module: printing is the slow part.
_PRINTED = {}


def _print(chromium, url):
    if url not in _PRINTED:
        context = chromium.new_context()
        page = context.new_page()
        responses = []
        page.on(
            "response",
            lambda response: responses.append((response.url, response.status))
            if "/fonts/" in response.url
            else None,
        )
        page.goto(url)
        page.evaluate("document.fonts.ready.then(() => true)")
        _PRINTED[url] = Printed(page.pdf(prefer_css_page_size=True), responses)
        context.close()
    return _PRINTED[url]


@pytest.fixture
def plan_pdf(chromium, live_url, transactional_db):
    return _print(chromium, live_url + PLAN_PRINT)


@pytest.fixture
def decision_pdf(chromium, live_url, transactional_db):
    return _print(chromium, live_url + DECISION_PRINT)


def test_pdf_is_one_a4_sheet_wide(plan_pdf):
    box = plan_pdf.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_text_keeps_the_decrees_left_and_right_margins(plan_pdf):
    left, right = plan_pdf.text_box()
    assert left >= 30 * POINTS_PER_MM - 1
    assert right <= (210 - 15) * POINTS_PER_MM + 1


def test_header_prints_issuer_number_national_title_and_motto(plan_pdf):
    text = plan_pdf.text()
    for line in (
        "ỦY BAN NHÂN DÂN",
        "TỈNH SÔNG XANH",
        "Số: 15/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "KẾ HOẠCH",
    ):
        assert line in text


def test_date_line_is_printed_in_italics(plan_pdf):
    assert "SôngXanh,ngày22tháng01năm2026" in plan_pdf.text_in_fonts("Italic")


def test_deputy_signs_under_the_heads_title(plan_pdf):
    text = " ".join(page.extract_text() for page in plan_pdf.reader.pages)
    assert re.search(r"KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH\s+Lê Thị Hồng", text)


def test_collective_signs_on_behalf_above_the_chairmans_title(decision_pdf):
    text = " ".join(page.extract_text() for page in decision_pdf.reader.pages)
    assert re.search(r"TM\. ỦY BAN NHÂN DÂN\s+CHỦ TỊCH\s+Phạm Quốc Hưng", text)


def test_recipients_heading_is_bold_italic(decision_pdf):
    assert "Nơinhận:" in decision_pdf.text_in_fonts("BoldItalic")


def test_every_font_in_the_pdf_is_the_served_liberation_serif(plan_pdf):
    names = plan_pdf.font_names()
    assert names
    assert all("LiberationSerif" in name for name in names), names


def test_the_serif_comes_from_the_site(plan_pdf):
    assert plan_pdf.font_responses
    assert all(status == 200 for _url, status in plan_pdf.font_responses)



@pytest.mark.parametrize("path", [PLAN_PRINT, DECISION_PRINT])
def test_print_view_has_no_wcag_21_aa_violations(new_page, axe, path):
    # As tests/browser/test_accessibility.py: the audit's context lets axe's inline
    # script past the site's Content-Security-Policy.
    page = new_page(bypass_csp=True)
    page.goto(path)
    assert axe(page) == []
