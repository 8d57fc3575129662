"""The print view (ban-in/) and the page's signature block, laid out as issued."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings

from documents.choices import BodyLevel, SignerCapacity
from tests.documents.factories import IssuingBodyFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db

FONTS = Path(settings.BASE_DIR) / "portal" / "static" / "fonts" / "liberation-serif"


@pytest.fixture
def decision(archive):
    body = IssuingBodyFactory(
        name="Sở Nội vụ tỉnh Lạng Sơn", short_code="SNV", level=BodyLevel.DEPARTMENT
    )
    return OfficialDocumentPageFactory(
        parent=archive,
        title="Quyết định khen thưởng",
        number="215/QĐ-SNV",
        subject="Về việc tặng Giấy khen",
        issuing_body=body,
        place_of_issue="Lạng Sơn",
        issued_on=datetime.date(2024, 3, 12),
        signer_capacity=SignerCapacity.DEPUTY,
        signer_title="Phó Giám đốc",
        signer_name="Lê Thị Hồng",
        legal_bases="Căn cứ Luật Thi đua, Khen thưởng;",
        recipients="Như Điều 3;\nLưu: VT.",
    )


def _text(html):
    """The text of an HTML fragment, words separated by single spaces."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_print_view_has_the_two_column_header(client, decision):
    html = client.get(decision.url + "ban-in/").content.decode()
    header = html[html.index('<header class="issued-header">') :]
    header = _text(header[: header.index("</header>")])
    assert header == (
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN SỞ NỘI VỤ Số: 215/QĐ-SNV "
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
        "Lạng Sơn, ngày 12 tháng 3 năm 2024"
    )


def test_print_view_titles_the_document_with_its_type_and_subject(client, decision):
    html = client.get(decision.url + "ban-in/").content.decode()
    title = re.search(r'<h1 class="issued-title">(.*?)</h1>', html).group(1)
    assert _text(title) == "QUYẾT ĐỊNH Về việc tặng Giấy khen"


def test_print_view_leaves_out_the_screen_furniture(client, decision):
    html = client.get(decision.url + "ban-in/").content.decode()
    assert "document-metadata" not in html
    assert "document-actions" not in html


def test_print_view_signs_with_capacity_lines_then_name(client, decision):
    html = client.get(decision.url + "ban-in/").content.decode()
    assert '<p class="document-signature__capacity">KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</p>' in html
    assert '<p class="document-signature__name">Lê Thị Hồng</p>' in html


def test_document_page_shows_the_signature_block_as_issued(client, decision):
    html = client.get(decision.url).content.decode()
    assert '<p class="document-signature__capacity">KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</p>' in html


def test_document_page_lists_recipients_under_their_heading(client, decision):
    html = client.get(decision.url).content.decode()
    recipients = html[html.index('<h2 id="recipients">') :]
    assert _text(recipients[: recipients.index("</section>")]) == "Nơi nhận: Như Điều 3; Lưu: VT."


def test_print_stylesheet_names_each_shipped_serif_file():
    css = (Path(settings.BASE_DIR) / "portal" / "static" / "css" / "print.css").read_text()
    named = re.findall(r'url\("\.\./fonts/liberation-serif/([^"]+)"\)', css)
    assert sorted(named) == sorted(path.name for path in FONTS.glob("*.ttf"))
    assert len(named) == 4


def test_print_stylesheet_sets_a4_with_the_decrees_margins():
    css = (Path(settings.BASE_DIR) / "portal" / "static" / "css" / "print.css").read_text()
    assert "@page { size: A4; margin: 20mm 15mm 20mm 30mm; }" in css


def test_font_licence_ships_with_the_fonts():
    licence = (FONTS / "OFL.txt").read_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_print_view_and_page_keep_their_own_cached_content(client, decision, fragment_cache):
    client.get(decision.url + "ban-in/")
    html = client.get(decision.url).content.decode()
    assert "document-metadata" in html
    assert "issued-header" not in html
