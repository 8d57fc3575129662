"""The DOCX export laid out as issued: A4 with the decree's margins, Times New Roman,
the two-column header, the signature and the recipients."""

import datetime
import io

import docx
import pytest
from docx.shared import Pt

from documents.choices import BodyLevel, SignerCapacity
from tests.documents.factories import IssuingBodyFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def exported(client, archive):
    body = IssuingBodyFactory(
        name="Ủy ban nhân dân tỉnh Lạng Sơn", short_code="UBND", level=BodyLevel.PROVINCE
    )
    page = OfficialDocumentPageFactory(
        parent=archive,
        number="215/QĐ-UBND",
        subject="Về việc tặng Bằng khen",
        issuing_body=body,
        place_of_issue="Lạng Sơn",
        issued_on=datetime.date(2024, 3, 12),
        signer_capacity=SignerCapacity.DEPUTY,
        signer_title="Phó Chủ tịch",
        signer_name="Lê Thị Hồng",
        legal_bases="Căn cứ Luật Thi đua, Khen thưởng;",
        recipients="Như Điều 3;\nLưu: VT.",
        body=[("paragraph", "<p>Tặng Bằng khen cho 25 tập thể.</p>")],
    )
    return docx.Document(io.BytesIO(client.get(page.url + "tai-ve-docx/").content))


def _lines(cell):
    return [paragraph.text for paragraph in cell.paragraphs if paragraph.text]


def _mm(length):
    # Word stores lengths in twentieths of a point: compare to a tenth of a millimetre.
    return round(length.mm, 1)


def test_page_is_a4_with_the_decrees_margins(exported):
    section = exported.sections[0]
    sides = ("page_width", "page_height", "top_margin", "bottom_margin", "left_margin")
    sizes = [_mm(getattr(section, side)) for side in (*sides, "right_margin")]
    assert sizes == [210, 297, 20, 20, 30, 15]


def test_text_is_times_new_roman_14_pt(exported):
    normal = exported.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Times New Roman", Pt(14))


def test_header_left_column_holds_the_issuing_body_and_number(exported):
    left = exported.tables[0].rows[0].cells[0]
    assert _lines(left) == ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "Số: 215/QĐ-UBND"]
    assert all(run.bold for paragraph in left.paragraphs[:2] for run in paragraph.runs)


def test_header_right_column_holds_national_title_motto_and_italic_date(exported):
    right = exported.tables[0].rows[0].cells[1]
    assert _lines(right) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Lạng Sơn, ngày 12 tháng 3 năm 2024",
    ]
    assert right.paragraphs[-1].runs[0].italic


def test_header_table_has_no_borders(exported):
    assert exported.tables[0].style.name == "Normal Table"


def test_type_and_subject_follow_the_header_in_bold(exported):
    titles = [paragraph for paragraph in exported.paragraphs if paragraph.text][:2]
    assert [paragraph.text for paragraph in titles] == ["QUYẾT ĐỊNH", "Về việc tặng Bằng khen"]
    assert all(paragraph.runs[0].bold for paragraph in titles)


def test_signature_prints_capacity_lines_then_the_name_in_bold(exported):
    signature = exported.tables[-1].rows[0].cells[1]
    assert _lines(signature) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hồng"]
    assert all(run.bold for paragraph in signature.paragraphs for run in paragraph.runs)


def test_recipients_sit_bottom_left_in_small_type(exported):
    recipients = exported.tables[-1].rows[0].cells[0]
    assert _lines(recipients) == ["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."]
    heading = recipients.paragraphs[0].runs[0]
    assert (heading.bold, heading.italic) == (True, True)
    assert recipients.paragraphs[1].runs[0].font.size == Pt(11)
